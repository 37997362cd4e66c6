package io.helm4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading plugin.yaml into Helm 4's one form, and the subprocess runtime's command preparation. The messages of
 * invalid manifests are checked against the real Helm 4 by the cli's {@code PluginDifferentialTest} on the fixtures
 * under {@code io/helm4j/plugin/manifests}; here, what converts and how.
 */
class PluginManifestTest {
    static final Path MANIFESTS = Path.of("src/test/resources/io/helm4j/plugin/manifests");

    @Test
    void aLegacyManifestBecomesACliV1SubprocessPlugin() {
        Plugin p = Plugins.load(MANIFESTS.resolve("legacy-cli"));
        PluginMetadata m = p.metadata();
        assertThat(m.apiVersion()).isEqualTo("legacy");
        assertThat(m.type()).isEqualTo("cli/v1");
        assertThat(m.runtime()).isEqualTo("subprocess");
        assertThat(m.config()).isEqualTo(new PluginConfig.Cli("", "legacy usage", "legacy\ndescription", true));
        RuntimeConfig.Subprocess rc = (RuntimeConfig.Subprocess) m.runtimeConfig();
        assertThat(rc.platformCommand()).containsExactly(PlatformCommand.of("$HELM_PLUGIN_DIR/run.sh"));
        assertThat(rc.platformHooks()).containsEntry("install", List.of(PlatformCommand.of("sh", "-c", "echo installing")));
        assertThat(rc.expandHookArgs()).isFalse();
    }

    @Test
    void aLegacyManifestWithDownloadersIsAGetter() {
        PluginMetadata m = Plugins.load(MANIFESTS.resolve("legacy-getter")).metadata();
        assertThat(m.type()).isEqualTo("getter/v1");
        assertThat(m.config()).isEqualTo(new PluginConfig.Getter(List.of("s3", "gs")));
        assertThat(((RuntimeConfig.Subprocess) m.runtimeConfig()).protocolCommands()).containsExactly(
                new RuntimeConfig.ProtocolCommand(List.of("s3", "gs"), List.of(PlatformCommand.of("bin/get"))));
    }

    @Test
    void extismRuntimeConfigIsReadWithItsDefaults() {
        PluginMetadata m = PluginManifest.parse("apiVersion: v1\nname: w\ntype: postrenderer/v1\nruntime: extism/v1\n"
                + "version: 1.0.0\nruntimeConfig:\n  allowedHosts: [a.example]\n  timeout: 5000\n  config: {k: v}\n");
        RuntimeConfig.Extism rc = (RuntimeConfig.Extism) m.runtimeConfig();
        assertThat(rc.effectiveMaxPages()).isEqualTo(4);
        assertThat(rc.effectiveMaxHttpResponseBytes()).isEqualTo(4096);
        assertThat(rc.effectiveEntry()).isEqualTo("helm_plugin_main");
        assertThat(rc.allowedHosts()).containsExactly("a.example");
        assertThat(rc.timeoutMillis()).isEqualTo(5000);
        assertThat(rc.config()).containsEntry("k", "v");
    }

    @Test
    void anExtismPluginWithoutItsModuleDoesNotLoad() {
        assertThatThrownBy(() -> Plugins.load(MANIFESTS.resolve("v1-extism"))).isInstanceOf(PluginException.class)
                .hasMessage("wasm binary missing for extism/v1 plugin: \"" + MANIFESTS.resolve("v1-extism/plugin.wasm")
                        + "\"");
    }

    @Test
    void commandsAreChosenPerPlatformAndExpandedAsGoDoes() {
        List<PlatformCommand> cmds = List.of(new PlatformCommand("linux", "", "echo linux", List.of("$A")),
                new PlatformCommand("", "", "echo any", List.of()),
                new PlatformCommand("linux", "arm64", "echo exact", List.of()));
        assertThat(SubprocessRuntime.platformCommand(cmds, "linux", "arm64").command()).isEqualTo("echo exact");
        assertThat(SubprocessRuntime.platformCommand(cmds, "linux", "amd64").command()).isEqualTo("echo linux");
        assertThat(SubprocessRuntime.platformCommand(cmds, "darwin", "amd64").command()).isEqualTo("echo any");
        assertThat(SubprocessRuntime.command(List.of(new PlatformCommand("", "", "$D/run x$A", List.of("${A}", "$@",
                "a$", "${}", "$1b"))), true, List.of("extra"), Map.of("D", "/p", "A", "v")))
                .containsExactly("/p/run", "xv", "v", "", "a$", "", "b", "extra");
        assertThat(SubprocessRuntime.command(List.of(PlatformCommand.of("sh", "-c", "$A")), false, List.of(),
                Map.of("A", "v"))).containsExactly("sh", "-c", "$A");
        assertThatThrownBy(() -> SubprocessRuntime.command(List.of(), true, List.of(), Map.of()))
                .hasMessage("no plugin command is applicable");
    }

    @Test
    void archiveNamesLoseTheirVersion() {
        assertThat(PluginArchives.stripPluginName("hello-0.1.0.tgz")).isEqualTo("hello");
        assertThat(PluginArchives.stripPluginName("my-plugin-1.2.3-rc.1.tar.gz")).isEqualTo("my-plugin");
        assertThat(PluginArchives.stripPluginName("plain.tgz")).isEqualTo("plain");
    }
}
