package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.events.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartDirectoryLoadingTest {

    private static List<String> names(List<ChartFile> files) {
        return files.stream().map(ChartFile::name).toList();
    }

    @Test
    void sortsFilesIntoHelmsParts() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("basic"));
        assertThat(c.name()).isEqualTo("basic");
        assertThat(c.metadata().apiVersion()).isEqualTo("v2");
        assertThat(c.metadata().appVersion()).isEqualTo("2.3");
        assertThat(names(c.templates())).containsExactly("templates/NOTES.txt", "templates/_helpers.tpl",
                "templates/a/b.yaml", "templates/a-b.yaml", "templates/deployment.yaml", "templates/sub/.kept.yaml");
        assertThat(names(c.files())).containsExactly("README.md", "charts/sub-0.1.0.tgz.prov", "crds/crd.yaml");
        assertThat(c.values()).containsEntry("replicaCount", 1.0).containsKey("image");
        assertThat(new String(c.schema())).contains("\"object\"");
        assertThat(new String(c.lock())).contains("digest: sha256:abc");
        assertThat(c.rawFile("values.yaml")).isNotNull();
        assertThat(names(c.raw())).contains("Chart.yaml", "values.yaml", "charts/sub/Chart.yaml");
    }

    @Test
    void loadsSubchartsRecursivelyAndSkipsUnderscoreAndDotNames() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("basic"));
        assertThat(c.dependencies()).extracting(Chart::name).containsExactly("sub");
        Chart sub = c.dependencies().get(0);
        assertThat(names(sub.templates())).containsExactly("templates/cm.yaml");
        assertThat(sub.values()).containsKey("data");
        assertThat(sub.dependencies()).extracting(Chart::name).containsExactly("deep");
        assertThat(names(sub.dependencies().get(0).templates())).containsExactly("templates/d.yaml");
    }

    @Test
    void decodesDependenciesAndMaintainers() {
        Metadata md = ChartLoader.loadChart(Fixtures.chart("basic")).metadata();
        assertThat(md.maintainers()).containsExactly(new Maintainer("Jane", "jane@example.com", ""));
        assertThat(md.keywords()).containsExactly("web", "demo");
        assertThat(md.annotations()).containsEntry("category", "demo");
        Dependency d = md.dependencies().get(0);
        assertThat(d.name()).isEqualTo("sub");
        assertThat(d.condition()).isEqualTo("sub.enabled");
        assertThat(d.tags()).containsExactly("backend");
        assertThat(d.importValues()).containsExactly("data", Map.of("child", "a", "parent", "b"));
        assertThat(d.enabled()).isFalse();
    }

    @Test
    void apiVersionV1ReadsRequirementsIntoDependenciesAndKeepsThemAsFiles() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("v1-requirements"));
        assertThat(c.metadata().apiVersion()).isEqualTo("v1");
        assertThat(c.metadata().dependencies()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("mariadb");
            assertThat(d.alias()).isEqualTo("db");
            assertThat(d.version()).isEqualTo("7.x.x");
        });
        assertThat(names(c.files())).containsExactly("requirements.lock", "requirements.yaml");
        assertThat(new String(c.lock())).contains("7.3.1");
    }

    @Test
    void requirementsInV2ChartWarns() {
        List<Event> events = new ArrayList<>();
        ChartLoader loader = ChartLoader.withOptions(LoadOptions.defaults().withEvents(events::add));
        Chart c = loader.loadFiles(List.of(new ChartFile("Chart.yaml", Fixtures.chartYaml("x", "1.0.0").getBytes()),
                new ChartFile("requirements.yaml", "dependencies:\n- name: child\n".getBytes())));
        assertThat(c.metadata().dependencies()).extracting(Dependency::name).containsExactly("child");
        assertThat(c.files()).isEmpty();
        assertThat(events).singleElement().extracting(Event::message).asString()
                .startsWith("Dependencies are handled in Chart.yaml since apiVersion \"v2\"");
    }

    @Test
    void helmignoreRulesApply() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("helmignore"));
        assertThat(names(c.files())).containsExactly(".helmignore", "keep.txt", "sub/root-only.txt");
        assertThat(names(c.templates())).containsExactly("templates/keep-me.yaml");
    }

    /** Helm 4 merges every document of values.yaml (Helm 3.21, the oracle, reads only the first). */
    @Test
    void multiDocumentValuesAreMergedAsHelm4Does() {
        Chart c = ChartLoader.create().loadFiles(List.of(
                new ChartFile("Chart.yaml", Fixtures.chartYaml("x", "1.0.0").getBytes()),
                new ChartFile("values.yaml", "a: 1\nm: {p: 1, q: 2}\nl: [1]\n---\n---\nb: 2\nm: {q: 3}\nl: [2]\n".getBytes())));
        assertThat(c.values()).isEqualTo(Map.of("a", 1.0, "b", 2.0, "m", Map.of("p", 1.0, "q", 3.0),
                "l", List.of(2.0)));
    }

    @Test
    void utf8BomIsDropped() {
        assertThat(ChartLoader.loadChart(Fixtures.chart("bom")).name()).isEqualTo("bom");
    }

    @Test
    void libraryChartIsRecognized() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("library"));
        assertThat(c.isLibrary()).isTrue();
        assertThat(c.values()).isEmpty();
    }

    @Test
    void lenientChartYamlDecodingMatchesSigsYaml() {
        Metadata md = ChartLoader.loadChart(Fixtures.chart("lenient-fields")).metadata();
        assertThat(md.apiVersion()).isEqualTo("v2");
        assertThat(md.name()).isEqualTo("lenient-fields");
        assertThat(md.version()).isEqualTo("1.1");
        assertThat(md.appVersion()).isEqualTo("8");
        assertThat(md.kubeVersion()).isEqualTo(">=1.19.0-0");
        assertThat(md.keywords()).containsExactly("1", "true", "1.5");
        assertThat(md.annotations()).containsEntry("count", "3").containsEntry("empty", "");
        assertThat(md.home()).isEqualTo("https://example.com/ tab");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "missing-chart-yaml;Chart.yaml file is missing",
        "bad-version;validation: chart.metadata.version \"x.y\" is invalid",
        "bad-type;validation: chart.metadata.type must be application or library",
        "bad-alias;validation: dependency \"foo\" has disallowed characters in the alias",
        "duplicate-dependency;validation: more than one dependency with name or alias \"foo\"",
        "name-with-slash;validation: chart.metadata.name \"a/b\" is invalid",
        "null-maintainer;validation: maintainers must not contain empty or null nodes",
        "null-dependency;validation: dependencies must not contain empty or null nodes",
        "missing-name;validation: chart.metadata.name is required",
        "missing-version;validation: chart.metadata.version is required",
        "wrong-field-type;cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.deprecated of type bool",
        "wrong-nested-type;cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Dependency.dependencies.enabled of type bool",
        "values-not-a-map;cannot load values.yaml: cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}",
        "stray-file-in-charts;error unpacking subchart README.md in stray-file-in-charts: Chart.yaml file is missing",
        "bad-subchart;error unpacking subchart child in bad-subchart: validation: chart.metadata.name is required",
        "bad-helmignore;double-star (**) syntax is not supported",
    })
    void brokenChartsFailWithHelmsMessage(String fixture, String message) {
        assertThatThrownBy(() -> ChartLoader.loadChart(Fixtures.chart(fixture))).isInstanceOf(ChartException.class)
                .hasMessage(message);
    }

    @Test
    void symlinkInsideChartIsFollowed(@TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "1.0.0"));
        Files.writeString(chart.resolve("shared.yaml"), "kind: X\n");
        Files.createSymbolicLink(chart.resolve("templates/linked.yaml"), Path.of("../shared.yaml"));
        Chart c = ChartLoader.loadChart(chart);
        assertThat(c.templates()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("templates/linked.yaml");
            assertThat(f.text()).isEqualTo("kind: X\n");
        });
    }

    @Test
    void symlinkLeavingChartIsRefusedUnlessAllowed(@TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart);
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "1.0.0"));
        Files.writeString(tmp.resolve("outside.txt"), "secret\n");
        Files.createSymbolicLink(chart.resolve("leak.txt"), tmp.resolve("outside.txt"));
        assertThatThrownBy(() -> ChartLoader.loadChart(chart)).isInstanceOf(ChartException.class)
                .hasMessageStartingWith("chart illegally references a file outside the chart directory: leak.txt")
                .extracting(e -> ((ChartException) e).file()).isEqualTo("leak.txt");
        Chart c = ChartLoader.withOptions(LoadOptions.defaults().withExternalSymlinks(true)).load(chart);
        assertThat(names(c.files())).containsExactly("leak.txt");
    }

    @Test
    void brokenSymlinkIsAnErrorUnlessIgnored(@TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart);
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "1.0.0"));
        Files.createSymbolicLink(chart.resolve("dangling"), tmp.resolve("nowhere"));
        assertThatThrownBy(() -> ChartLoader.loadChart(chart)).isInstanceOf(ChartException.class)
                .hasMessageContaining("error evaluating symlink");
        Files.writeString(chart.resolve(".helmignore"), "dangling\n");
        assertThat(ChartLoader.loadChart(chart).name()).isEqualTo("c");
    }

    @Test
    void fileOverTheSizeLimitIsRefused(@TempDir Path tmp) throws IOException {
        Path chart = tmp.resolve("c");
        Files.createDirectories(chart);
        Files.writeString(chart.resolve("Chart.yaml"), Fixtures.chartYaml("c", "1.0.0"));
        Files.write(chart.resolve("big.bin"), new byte[2048]);
        ChartLoader small = ChartLoader.withOptions(LoadOptions.defaults().withSizeLimits(1 << 20, 1024));
        assertThatThrownBy(() -> small.load(chart))
                .hasMessage("chart file \"big.bin\" is larger than the maximum file size 1024");
    }

    @Test
    void missingPathIsReported() {
        assertThatThrownBy(() -> ChartLoader.loadChart(Path.of("no/such/chart")))
                .isInstanceOf(ChartException.class).hasMessage("stat no/such/chart: no such file or directory");
    }
}
