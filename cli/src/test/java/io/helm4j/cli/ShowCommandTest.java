package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShowCommandTest {
    @TempDir
    Path tmp;

    static CliBasicsTest.Result run(String... args) {
        return CliBasicsTest.run(Map.of(), args);
    }

    /** Every file in show-oracle/ (made by its generate.sh from the reference Helm) is one case. */
    static Stream<String> oracleCases() throws IOException, URISyntaxException {
        Path dir = Path.of(ShowCommandTest.class.getResource("/show-oracle/charts.txt").toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.equals("charts.txt"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracleCases")
    void matchesTheReferenceHelm(String file) throws Exception {
        assumeTrue(HelmTestData.corpusPresent(), HelmTestData.NO_CORPUS);
        boolean error = file.endsWith(".error.txt");
        String base = file.substring(0, file.length() - (error ? ".error.txt" : ".txt").length());
        int dot = base.lastIndexOf('.');
        String id = base.substring(0, dot);
        String format = base.substring(dot + 1);
        Path chart = HelmTestData.chart(id);
        String expected = Files.readString(Path.of(getClass().getResource("/show-oracle/" + file).toURI()),
                StandardCharsets.UTF_8);
        CliBasicsTest.Result r = run("show", format, chart.toString());
        if (error) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(expected);
        } else {
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo(expected);
            assertThat(r.code()).isZero();
        }
    }

    private Path chart(String name, Map<String, String> files) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 1.0.0\n");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return dir;
    }

    @Test
    void withoutValuesYamlAllSkipsTheValuesPartAndCrdsGetASeparatorOnlyWhenTheyLackOne() throws IOException {
        // Checked against the reference Helm 3.21.
        Path c = chart("c1", Map.of("crds/a.yaml", "kind: CRD\n", "crds/b.yaml", "---\nkind: CRD2",
                "README.md", "readme", "readme.txt", "hi"));
        assertThat(run("show", "all", c.toString()).out()).isEqualTo(
                "apiVersion: v2\nname: c1\nversion: 1.0.0\n\n---\nreadme\n---\nkind: CRD\n\n---\nkind: CRD2\n");
        assertThat(run("show", "values", c.toString()).out()).isEmpty();
        assertThat(run("show", "crds", c.toString()).out()).isEqualTo("kind: CRD\n\n---\nkind: CRD2\n");
    }

    @Test
    void valuesAreTheRawFileEvenWhenItHoldsOnlyComments() throws IOException {
        Path c = chart("c2", Map.of("values.yaml", "# only comment\n"));
        assertThat(run("show", "all", c.toString()).out())
                .isEqualTo("apiVersion: v2\nname: c2\nversion: 1.0.0\n\n---\n# only comment\n\n");
        assertThat(run("show", "readme", c.toString()).out()).isEmpty();
    }

    @Test
    void readmeIsFoundInAnyCase() throws IOException {
        Path c = chart("c3", Map.of("ReadMe", "the readme"));
        assertThat(run("show", "readme", c.toString()).out()).isEqualTo("the readme\n");
    }

    @Test
    void jsonPathSelectsFromTheValues() throws IOException {
        Path c = chart("c4", Map.of("values.yaml", "image:\n  repository: nginx\n  tag: 1.2\nports: [80, 443]\n"));
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.image.repository}").out()).isEqualTo("nginx");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.ports[*]}").out()).isEqualTo("80 443");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.image}").out())
                .isEqualTo("{\"repository\":\"nginx\",\"tag\":1.2}");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.nope}").out()).isEmpty();
        // client-go's whole template language (io.helm4j.internal.jsonpath), as Helm's printer uses it
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{range .ports[*]}port {@}{\"\\n\"}{end}").out())
                .isEqualTo("port 80\nport 443\n");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.ports[?(@>100.0)]}").out()).isEqualTo("443");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{..tag}").out()).isEqualTo("1.2");
        assertThat(run("show", "values", c.toString(), "--jsonpath", "{.image['repository','tag']}").out())
                .isEqualTo("nginx 1.2");
        CliBasicsTest.Result bad = run("show", "values", c.toString(), "--jsonpath", "{.image");
        assertThat(bad.err()).isEqualTo("Error: error parsing jsonpath {.image: unclosed action\n");
        assertThat(bad.code()).isEqualTo(1);
    }

    @Test
    void missingChartsFailAsHelmDoes() {
        assertThat(run("show", "chart", "./nope").err()).isEqualTo("Error: path \"./nope\" not found\n");
        assertThat(run("show", "chart", "/nope").err()).isEqualTo("Error: path \"/nope\" not found\n");
        assertThat(run("show", "chart", "foo/bar").err()).isEqualTo("Error: repo foo not found\n");
        CliBasicsTest.Result r = run("show", "values", "nosuch");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(
                "Error: non-absolute URLs should be in form of repo_name/path_to_chart, got: nosuch\n");
    }

    @Test
    void inspectIsAnAliasAndShowAloneListsTheSubcommands() throws IOException {
        Path c = chart("c5", Map.of());
        assertThat(run("inspect", "chart", c.toString()).out()).isEqualTo("apiVersion: v2\nname: c5\nversion: 1.0.0\n\n");
        assertThat(run("show").out()).contains("values").contains("crds");
        assertThat(List.of(run("show", "chart").code())).containsExactly(2);
    }
}
