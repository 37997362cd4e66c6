package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code HELM_DRIVER} checked before any command runs, as Helm 4.3.2's {@code cobra.OnInitialize} does, next to the
 * real Helm 4 (skipped when it is not installed): the memory driver without {@code HELM_MEMORY_DRIVER_DATA}, with a
 * file that is not there or not a list of releases, and an unknown driver fail every command that runs (even
 * {@code version} and {@code template}) with Helm's {@code log.Fatal} line and exit 1; {@code --help} still prints
 * help. No cluster is needed: Helm fails before it would talk to one.
 */
class DriverInitDifferentialTest {
    private static final List<String> COMMANDS = List.of("version", "version --short", "env", "template r CHART",
            "show chart CHART", "lint CHART", "list", "install r CHART", "status r", "repo list", "help",
            "plugin list", "dependency list CHART");

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path chart = dir.resolve("ch");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: ch\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/cm.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: {{ .Release.Name }}}\n");
        return chart;
    }

    private void assertSameAsHelm4(Map<String, String> env) throws Exception {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed: differential test skipped");
        Helm4Cli.assertSameTranscripts(dir, env, chart(), COMMANDS, 1);
        Map<String, String> ours = new HashMap<>(env);
        ours.put("HOME", dir.resolve("home").toString());
        CliBasicsTest.Result help = CliBasicsTest.run(ours, "list", "--help");
        assertThat(help.code()).as("help is printed before Helm's initialization").isZero();
        assertThat(help.out()).contains("list [flags]");
    }

    @Test
    void theMemoryDriverWithoutDataFailsEveryCommandAsHelm() throws Exception {
        assertSameAsHelm4(Map.of("HELM_DRIVER", "memory"));
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of("HELM_DRIVER", "memory"), "template", "r", chart().toString());
        assertThat(r.err()).isEqualTo(
                "level=INFO msg=\"Unable to read memory driver dataopen : no such file or directory\"\n");
    }

    @Test
    void memoryDriverDataThatCannotBeReadFailsEveryCommandAsHelm() throws Exception {
        assertSameAsHelm4(Map.of("HELM_DRIVER", "memory", "HELM_MEMORY_DRIVER_DATA", dir.resolve("none.yaml") + ":x"));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "releases: [\n");
        assertSameAsHelm4(Map.of("HELM_DRIVER", "memory", "HELM_MEMORY_DRIVER_DATA", bad.toString()));
    }

    @Test
    void anUnknownDriverFailsEveryCommandAsHelm() throws Exception {
        assertSameAsHelm4(Map.of("HELM_DRIVER", "bogus"));
    }
}
