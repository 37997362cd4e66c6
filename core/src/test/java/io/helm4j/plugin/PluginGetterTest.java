package io.helm4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.getter.Getters;
import io.helm4j.getter.HttpOptions;
import io.helm4j.getter.SchemeGetters;
import io.helm4j.settings.HelmSettings;
import io.helm4j.yaml.GoYaml;
import java.io.OutputStream;
import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subprocess getter plugins (legacy {@code downloaders} and v1 {@code protocolCommands}) serve their schemes. */
class PluginGetterTest {
    @TempDir
    Path plugins;

    private void plugin(String name, String yaml, String script) throws Exception {
        Path dir = plugins.resolve(name);
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("plugin.yaml"), yaml);
        Files.writeString(dir.resolve("bin/get"), "#!/bin/sh\n" + script);
        dir.resolve("bin/get").toFile().setExecutable(true);
    }

    @Test
    void eachSchemeIsServedByItsPluginWithHelmsArguments() throws Exception {
        plugin("s3get", "name: s3get\nversion: 0.1.0\ndownloaders:\n  - command: bin/get\n    protocols: [s3]\n",
                "printf '%s|' \"$@\"; echo \"$HELM_PLUGIN_NAME $HELM_NAMESPACE\"; echo note >&2\n");
        plugin("fail", "apiVersion: v1\nname: fail\ntype: getter/v1\nruntime: subprocess\nversion: 0.1.0\n"
                + "config:\n  protocols: [bad]\nruntimeConfig:\n  protocolCommands:\n    - protocols: [bad]\n"
                + "      platformCommand:\n        - command: bin/get\n", "exit 5\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Getters g = PluginGetter.with(Getters.defaults(), plugins.toString(), Map.of("PATH", "/usr/bin:/bin"),
                Map.of("HELM_NAMESPACE", "ns"), e -> { }, err);
        assertThat(g.byScheme("http")).isPresent();
        byte[] got = g.byScheme("s3").orElseThrow().get("s3://bucket/chart.tgz");
        assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("|||s3://bucket/chart.tgz|s3get ns\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("note\n");
        assertThatThrownBy(() -> g.byScheme("bad").orElseThrow().get("bad://x")).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"fail\" failed to invoke: plugin \"fail\" exited with error (exit status 5)");
    }

    @Test
    void theRepositorysCredentialsAndTlsFilesReachTheSubprocess() throws Exception {
        plugin("s3get", "name: s3get\nversion: 0.1.0\ndownloaders:\n  - command: bin/get\n    protocols: [s3]\n",
                "printf '%s|' \"$@\" \"$HELM_PLUGIN_USERNAME\" \"$HELM_PLUGIN_PASSWORD\" \"$HELM_PLUGIN_PASS_CREDENTIALS_ALL\"\n");
        SchemeGetters g = PluginGetter.schemeGetters(HelmSettings.fromEnvironment(Map.of("HELM_PLUGINS",
                plugins.toString()), plugins), Map.of("PATH", "/usr/bin:/bin"), "helm", e -> { }, OutputStream.nullOutputStream());
        HttpOptions o = new HttpOptions("s3://b", "u", "p", true, "ca.pem", "c.pem", "k.pem", false, Duration.ofSeconds(5));
        assertThat(new String(g.apply(o).get("s3://b/c.tgz"), StandardCharsets.UTF_8))
                .isEqualTo("c.pem|k.pem|ca.pem|s3://b/c.tgz|u|p|true|");
        assertThatThrownBy(() -> g.apply(o).get("gs://b/c.tgz")).hasMessage("scheme \"gs\" not supported");
        assertThat(g.supports("S3")).isTrue();
        assertThat(g.supports("gs")).isFalse();
    }

    /** Helm's {@code InputMessageGetterV1} as Go's encoding/json writes it (GetterOptionsV1 has no JSON tags). */
    @Test
    void aWasmGetterIsGivenHelmsInputMessage() throws Exception {
        plugin("s3get", "name: s3get\nversion: 0.1.0\ndownloaders:\n  - command: bin/get\n    protocols: [s3]\n", "");
        PluginGetter g = new PluginGetter(Plugins.load(plugins.resolve("s3get")), Map.of(), OutputStream.nullOutputStream(),
                new HttpOptions("s3://b", "u", "p<&>", false, "", "c.pem", "k.pem", true, Duration.ofSeconds(120)));
        assertThat(GoYaml.toJson(g.input("s3://b/x.tgz", "s3"))).isEqualTo("{\"href\":\"s3://b/x.tgz\",\"protocol\":"
                + "\"s3\",\"options\":{\"URL\":\"s3://b\",\"CertFile\":\"c.pem\",\"KeyFile\":\"k.pem\",\"CAFile\":\"\","
                + "\"UNTar\":false,\"InsecureSkipVerifyTLS\":true,\"PlainHTTP\":false,\"AcceptHeader\":\"\",\"Username\":"
                + "\"u\",\"Password\":\"p\\u003c\\u0026\\u003e\",\"PassCredentialsAll\":false,\"UserAgent\":\"\","
                + "\"Version\":\"\",\"Timeout\":120000000000}}");
    }
}
