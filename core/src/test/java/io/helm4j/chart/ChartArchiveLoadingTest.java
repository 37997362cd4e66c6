package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartArchiveLoadingTest {
    private static final String CHART = Fixtures.chartYaml("evil", "1.0.0");

    @Test
    void loadsArchiveStrippingTopDirectoryInEntryOrder() {
        byte[] tgz = Fixtures.tgz("app/Chart.yaml", Fixtures.chartYaml("app", "0.1.0"),
                "app/templates/z.yaml", "z: 1\n", "app/templates/a.yaml", "a: 1\n", "app/values.yaml", "k: v\n",
                "app/charts/child-1.0.0.tgz", Fixtures.tgz("child/Chart.yaml", Fixtures.chartYaml("child", "1.0.0"),
                        "child/templates/c.yaml", "c: 1\n"));
        Chart c = ChartLoader.create().loadArchive(new ByteArrayInputStream(tgz), "app-0.1.0.tgz");
        assertThat(c.name()).isEqualTo("app");
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/z.yaml", "templates/a.yaml");
        assertThat(c.values()).containsEntry("k", "v");
        assertThat(c.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("child");
            assertThat(d.templates()).extracting(ChartFile::name).containsExactly("templates/c.yaml");
        });
    }

    @Test
    void backslashSeparatedArchiveIsNormalized() {
        byte[] tgz = Fixtures.tgz("app\\Chart.yaml", Fixtures.chartYaml("app", "0.1.0"), "app\\templates\\a.yaml", "a");
        Chart c = ChartLoader.create().loadArchive(new ByteArrayInputStream(tgz), "win.tgz");
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/a.yaml");
    }

    @Test
    void loadsArchiveFileFromDisk(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("app-0.1.0.tar.gz");
        Files.write(file, Fixtures.tgz("app/Chart.yaml", Fixtures.chartYaml("app", "0.1.0")));
        assertThat(ChartLoader.loadChart(file).name()).isEqualTo("app");
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("zip-slip", new Object[] {"evil/Chart.yaml", CHART, "evil/../../etc/passwd", "x"},
                        "chart illegally references parent directory"),
                Arguments.of("absolute", new Object[] {"evil/Chart.yaml", CHART, "evil//etc/passwd", "x"},
                        "chart illegally contains absolute paths"),
                Arguments.of("drive", new Object[] {"evil/Chart.yaml", CHART, "evil/c:/windows/x", "x"},
                        "chart contains illegally named files"),
                Arguments.of("top-level file", new Object[] {"Chart.yaml", CHART},
                        "chart illegally contains content outside the base directory: \"Chart.yaml\""),
                Arguments.of("empty", new Object[] {}, "no files in chart archive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void hostileArchiveIsRefusedNamingItAndWritesNothing(String name, Object[] entries, String message,
            @TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("work/in"));
        Path file = dir.resolve("evil-1.0.0.tgz");
        Files.write(file, Fixtures.tgz(entries));
        List<Path> before = listAll(tmp);
        assertThatThrownBy(() -> ChartLoader.loadChart(file)).isInstanceOf(ChartException.class).hasMessage(message)
                .extracting(e -> ((ChartException) e).file()).isEqualTo(file.toString());
        assertThat(listAll(tmp)).isEqualTo(before);
        assertThat(Files.exists(tmp.resolve("etc"))).isFalse();
    }

    @Test
    void truncatedArchiveIsRefusedNamingIt(@TempDir Path tmp) throws IOException {
        byte[] full = Fixtures.tgz("app/Chart.yaml", Fixtures.chartYaml("app", "0.1.0"), "app/README.md",
                "x".repeat(5000));
        Path file = tmp.resolve("app.tgz");
        Files.write(file, Arrays.copyOf(full, full.length / 2));
        // Helm 4.3.2 on such a file: `show chart` "Error: unexpected EOF", `template`/`install` "Error: unable to
        // load chart archive" (the reader's error dropped)
        assertThatThrownBy(() -> ChartLoader.loadChart(file)).isInstanceOf(ChartException.class)
                .hasMessage("unexpected EOF")
                .extracting(e -> ((ChartException) e).file()).isEqualTo(file.toString());
        assertThatThrownBy(() -> ChartLoader.create().loadDetecting(file)).isInstanceOf(ChartException.class)
                .hasMessage("unable to load chart archive")
                .extracting(e -> ((ChartException) e).file()).isEqualTo(file.toString());
    }

    @Test
    void corruptGzipStreamIsRefusedNamingIt() {
        byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5};
        assertThatThrownBy(() -> ChartLoader.create().loadArchive(new ByteArrayInputStream(bad), "stream.tgz"))
                .isInstanceOf(ChartException.class)
                .hasMessage("flate: corrupt input before offset 5"); // Helm 4.3.2 show chart of these bytes
    }

    @Test
    void gzipOfSomethingNotATarIsRefused() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write("this is not a tar archive, just text that is long enough to fill a header block".repeat(10)
                    .getBytes());
        }
        assertThatThrownBy(() -> ChartLoader.create().loadArchive(new ByteArrayInputStream(out.toByteArray()),
                "text.tgz")).isInstanceOf(ChartException.class)
                .hasMessage("archive/tar: invalid tar header"); // Helm 4.3.2's `show chart` of the same file
    }

    @Test
    void notGzipGetsHelmsHints(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("values.yaml");
        Files.writeString(yaml, "a: b\n");
        assertThatThrownBy(() -> ChartLoader.loadChart(yaml))
                .hasMessage("file '" + yaml + "' seems to be a YAML file, but expected a gzipped archive");
        Path junk = tmp.resolve("junk.tgz");
        Files.writeString(junk, "not gzip\n");
        assertThatThrownBy(() -> ChartLoader.loadChart(junk))
                .hasMessage("file '" + junk + "' does not appear to be a gzipped archive; got 'application/octet-stream'");
    }

    @Test
    void decompressedSizeIsLimited() {
        byte[] tgz = Fixtures.tgz("app/Chart.yaml", Fixtures.chartYaml("app", "0.1.0"), "app/big", new byte[4096]);
        ChartLoader small = ChartLoader.withOptions(LoadOptions.defaults().withSizeLimits(2048, 100_000));
        assertThatThrownBy(() -> small.loadArchive(new ByteArrayInputStream(tgz), "big.tgz"))
                .hasMessage("decompressed chart is larger than the maximum size 2048 bytes");
        ChartLoader smallFiles = ChartLoader.withOptions(LoadOptions.defaults().withSizeLimits(100_000, 1000));
        assertThatThrownBy(() -> smallFiles.loadArchive(new ByteArrayInputStream(tgz), "big.tgz"))
                .hasMessage("decompressed chart file \"app/big\" is larger than the maximum file size 1000 bytes");
    }

    @Test
    void subchartArchiveErrorsNameTheSubchart() {
        byte[] tgz = Fixtures.tgz("app/Chart.yaml", Fixtures.chartYaml("app", "0.1.0"),
                "app/charts/bad.tgz", Fixtures.tgz("bad/../../x", "x"));
        assertThatThrownBy(() -> ChartLoader.create().loadArchive(new ByteArrayInputStream(tgz), "app.tgz"))
                .hasMessage("error unpacking subchart bad.tgz in app: chart illegally references parent directory");
    }

    @Test
    void fileInsideSubchartArchivePathIsRefused() {
        List<ChartFile> files = List.of(new ChartFile("Chart.yaml", CHART.getBytes()),
                new ChartFile("charts/x.tgz/inner", "x".getBytes()));
        assertThatThrownBy(() -> ChartLoader.create().loadFiles(files))
                .hasMessage("error unpacking subchart tar in evil: expected x.tgz, got x.tgz/inner");
    }

    private static List<Path> listAll(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.sorted().toList();
        }
    }
}
