package io.helm4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.getter.Getters;
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
                .hasMessage("plugin \"fail\" exited with error");
    }
}
