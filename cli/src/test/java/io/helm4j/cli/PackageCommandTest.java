package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {
    @TempDir
    Path tmp;

    static CliBasicsTest.Result run(Map<String, String> env, String... args) {
        return CliBasicsTest.run(env, args);
    }

    private Path subchart() {
        assumeTrue(HelmTestData.corpusPresent(), HelmTestData.NO_CORPUS);
        return HelmTestData.TESTCHARTS.resolve("subchart");
    }

    @Test
    void packagesUnderTheChartNameAndSaysWhere() throws IOException {
        Path out = tmp.resolve("out");
        CliBasicsTest.Result r = run(Map.of(), "package", subchart().toString(), "-d", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        Path archive = out.resolve("subchart-0.1.0.tgz");
        assertThat(r.out()).isEqualTo("Successfully packaged chart and saved it to: " + archive + "\n");
        List<String> names = entries(archive).stream().map(TarArchiveEntry::getName).toList();
        assertThat(names).startsWith("subchart/Chart.yaml", "subchart/values.yaml");
        assertThat(names).allMatch(n -> n.startsWith("subchart/"));
        assertThat(names).contains("subchart/charts/subcharta/Chart.yaml", "subchart/charts/subchartb/values.yaml");
        assertThat(Files.list(out).toList()).containsExactly(archive);
    }

    @Test
    void packagingTwiceGivesIdenticalBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        run(Map.of(), "package", subchart().toString(), "-d", a.toString());
        run(Map.of(), "package", subchart().toString(), "-d", b.toString());
        assertThat(Files.readAllBytes(a.resolve("subchart-0.1.0.tgz")))
                .isEqualTo(Files.readAllBytes(b.resolve("subchart-0.1.0.tgz")));
    }

    @Test
    void entriesAreDatedSourceDateEpochWithFixedOwnerAndMode() throws IOException {
        run(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "package", subchart().toString(), "-d", tmp.toString());
        for (TarArchiveEntry e : entries(tmp.resolve("subchart-0.1.0.tgz"))) {
            assertThat(e.getModTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1700000000));
            assertThat(e.getMode() & 0777).isEqualTo(0644);
            assertThat(e.getLongUserId()).isZero();
            assertThat(e.getUserName()).isEmpty();
        }
        byte[] gz = Files.readAllBytes(tmp.resolve("subchart-0.1.0.tgz"));
        assertThat(new byte[] {gz[4], gz[5], gz[6], gz[7]}).containsOnly(0);
    }

    @Test
    void theArchiveLoadsBackAsTheSameChart() throws IOException {
        run(Map.of(), "package", subchart().toString(), "-d", tmp.toString());
        Chart dir = ChartLoader.loadChart(subchart());
        Chart tgz = ChartLoader.loadChart(tmp.resolve("subchart-0.1.0.tgz"));
        assertSameChart(tgz, dir);
    }

    private static void assertSameChart(Chart actual, Chart expected) {
        // As Helm's Save, an apiVersion v1 Chart.yaml is written without dependencies (they belong in
        // requirements.yaml, which is copied as is).
        var metadata = assertThat(actual.metadata()).usingRecursiveComparison();
        if ("v1".equals(expected.metadata().apiVersion())) {
            metadata = metadata.ignoringFields("dependencies");
        }
        metadata.isEqualTo(expected.metadata());
        assertThat(actual.values()).isEqualTo(expected.values());
        assertThat(texts(actual.templates())).isEqualTo(texts(expected.templates()));
        assertThat(texts(actual.files())).isEqualTo(texts(expected.files()));
        assertThat(actual.dependencies()).hasSameSizeAs(expected.dependencies());
        for (int i = 0; i < expected.dependencies().size(); i++) {
            assertSameChart(actual.dependencies().get(i), expected.dependencies().get(i));
        }
    }

    private static List<String> texts(List<ChartFile> files) {
        return files.stream().map(f -> f.name() + "\n" + f.text()).sorted().toList();
    }

    @Test
    void versionAndAppVersionFlagsRewriteChartYaml() throws IOException {
        CliBasicsTest.Result r = run(Map.of(), "package", subchart().toString(), "-d", tmp.toString(),
                "--version", "2.3.4", "--app-version", "9.9");
        assertThat(r.code()).isZero();
        Chart c = ChartLoader.loadChart(tmp.resolve("subchart-2.3.4.tgz"));
        assertThat(c.metadata().version()).isEqualTo("2.3.4");
        assertThat(c.metadata().appVersion()).isEqualTo("9.9");
        CliBasicsTest.Result bad = run(Map.of(), "package", subchart().toString(), "-d", tmp.toString(),
                "--version", "not-a-version");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("Error: invalid semantic version");
    }

    @Test
    void aMissingChartIsAnErrorAndNothingIsWritten() throws IOException {
        Path missing = tmp.resolve("nosuch");
        Path out = tmp.resolve("out");
        CliBasicsTest.Result r = run(Map.of(), "package", missing.toString(), "-d", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: stat " + missing + ": no such file or directory\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInvalidChartYamlIsAnErrorAndLeavesNoPartialArchive() throws IOException {
        Path chart = tmp.resolve("bad");
        Files.createDirectories(chart);
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: bad\n");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        CliBasicsTest.Result r = run(Map.of(), "package", chart.toString(), "-d", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: validation: chart.metadata.version is required");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void aDeclaredDependencyMissingFromChartsIsAnError() throws IOException {
        Path chart = tmp.resolve("parent");
        Files.createDirectories(chart);
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 1.0.0\n"
                + "dependencies:\n- name: child\n  version: 1.0.0\n  repository: https://example.com\n");
        CliBasicsTest.Result r = run(Map.of(), "package", chart.toString(), "-d", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: found in Chart.yaml, but missing in charts/ directory: child\n");
        assertThat(tmp.resolve("parent-1.0.0.tgz")).doesNotExist();
    }

    @Test
    void anArchiveIsNotAChartDirectory() throws IOException {
        run(Map.of(), "package", subchart().toString(), "-d", tmp.toString());
        CliBasicsTest.Result r = run(Map.of(), "package", tmp.resolve("subchart-0.1.0.tgz").toString(),
                "-d", tmp.resolve("again").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: Chart.yaml file is missing\n");
    }

    @Test
    void needsAChartArgument() {
        CliBasicsTest.Result r = run(Map.of(), "package");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Error: need at least one argument, the path to the chart\n");
    }

    /** helm4j renders the archive exactly as it renders the directory. */
    @Test
    void theArchiveRendersAsTheDirectory() {
        Path chart = subchart();
        run(Map.of(), "package", chart.toString(), "-d", tmp.toString());
        String[] flags = {"--set", "configmap.enabled=true", "--include-crds", "--kube-version", "1.20.0"};
        CliBasicsTest.Result fromDir = run(Map.of(), concat(new String[] {"template", "rel", chart.toString()}, flags));
        CliBasicsTest.Result fromArchive = run(Map.of(),
                concat(new String[] {"template", "rel", tmp.resolve("subchart-0.1.0.tgz").toString()}, flags));
        assertThat(fromDir.code()).as(fromDir.err()).isZero();
        assertThat(fromArchive.err()).isEqualTo(fromDir.err());
        assertThat(fromArchive.out()).isNotEmpty().isEqualTo(fromDir.out());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** The reference Helm loads the archive and renders it as it renders the directory. */
    @Test
    void theReferenceHelmRendersTheArchiveAsTheDirectory() throws Exception {
        Path chart = subchart();
        assumeTrue(HelmTestData.oraclePresent(), HelmTestData.NO_ORACLE);
        run(Map.of(), "package", chart.toString(), "-d", tmp.toString());
        String fromArchive = oracle("template", "subchart", tmp.resolve("subchart-0.1.0.tgz").toString());
        String fromDir = oracle("template", "subchart", chart.toString());
        assertThat(fromArchive).isNotEmpty().isEqualTo(fromDir);
    }

    /** Entry for entry (names, order, bytes) the archive holds what the reference Helm's holds. */
    @Test
    void holdsWhatTheReferenceHelmsArchiveHolds() throws Exception {
        assumeTrue(HelmTestData.corpusPresent() && HelmTestData.oraclePresent(), HelmTestData.NO_CORPUS + "; or " + HelmTestData.NO_ORACLE);
        Path chart = HelmTestData.CORPUS.resolve("charts/bitnami__apache");
        assumeTrue(Files.isDirectory(chart), "corpus chart absent");
        run(Map.of(), "package", chart.toString(), "-d", tmp.resolve("ours").toString());
        oracle("package", chart.toString(), "-d", tmp.resolve("helm").toString());
        Path ours;
        Path helm;
        try (Stream<Path> a = Files.list(tmp.resolve("ours")); Stream<Path> b = Files.list(tmp.resolve("helm"))) {
            ours = a.findFirst().orElseThrow();
            helm = b.findFirst().orElseThrow();
        }
        assertThat(ours.getFileName()).isEqualTo(helm.getFileName());
        assertThat(contents(ours)).containsExactlyElementsOf(contents(helm));
    }

    private static List<String> contents(Path archive) throws IOException {
        List<String> out = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                out.add(e.getName() + "\n" + new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String oracle(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(HelmTestData.ORACLE.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("reference Helm timed out");
        }
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    static List<TarArchiveEntry> entries(Path archive) throws IOException {
        List<TarArchiveEntry> out = new ArrayList<>();
        try (InputStream in = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
            TarArchiveInputStream tar = (TarArchiveInputStream) in;
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                out.add(e);
            }
        }
        return out;
    }
}
