package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void createsHelmsScaffoldWithTheNameFilledIn() throws IOException {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "create", tmp.resolve("web").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Creating " + tmp.resolve("web") + "\n");
        Path chart = tmp.resolve("web");
        List<String> files;
        try (Stream<Path> s = Files.walk(chart)) {
            files = s.filter(Files::isRegularFile).map(p -> chart.relativize(p).toString()).sorted().toList();
        }
        assertThat(files).containsExactly(".helmignore", "Chart.yaml", "templates/NOTES.txt",
                "templates/_helpers.tpl", "templates/deployment.yaml", "templates/hpa.yaml",
                "templates/httproute.yaml", "templates/ingress.yaml", "templates/service.yaml",
                "templates/serviceaccount.yaml", "templates/tests/test-connection.yaml", "values.yaml");
        assertThat(Files.isDirectory(chart.resolve("charts"))).isTrue();
        assertThat(Files.readString(chart.resolve("Chart.yaml"))).startsWith("apiVersion: v2\nname: web\n");
        assertThat(Files.readString(chart.resolve("templates/_helpers.tpl"))).contains("define \"web.fullname\"")
                .doesNotContain("<CHARTNAME>");
    }

    @Test
    void matchesTheReferenceScaffoldWhenTheOracleIsAvailable() throws Exception {
        Path oracle = Path.of(System.getProperty("helm4j.shared", "../../shared"), "oracle", "helm-oracle");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(oracle), "no oracle");
        Path ref = tmp.resolve("ref");
        Files.createDirectories(ref);
        Process p = new ProcessBuilder(oracle.toString(), "create", "demo").directory(ref.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "oracle failed");
        Files.createDirectories(tmp.resolve("mine"));
        assertThat(CliBasicsTest.run(Map.of(), "create", tmp.resolve("mine/demo").toString()).code()).isZero();
        Path a = ref.resolve("demo");
        Path b = tmp.resolve("mine/demo");
        List<Path> refFiles;
        try (Stream<Path> s = Files.walk(a)) {
            refFiles = s.filter(Files::isRegularFile).toList();
        }
        assertThat(refFiles).hasSize(12);
        for (Path f : refFiles) {
            Path mine = b.resolve(a.relativize(f).toString());
            assertThat(Files.readString(mine)).as(a.relativize(f).toString()).isEqualTo(Files.readString(f));
        }
    }

    @Test
    void rejectsBadNamesWithHelmsMessage() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "create", tmp.resolve("bad$name").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("chart name must match the regular expression \"^[a-zA-Z0-9._-]+$\"");
    }

    @Test
    void refusesAFileWhereTheChartDirectoryWouldGo() throws IOException {
        Files.writeString(tmp.resolve("taken"), "x");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "create", tmp.resolve("taken").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already exists and is not a directory");
    }
}
