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

    /** A starter chart under {@code data/starters/<name>}, with a file of each kind Helm's loader sorts. */
    private Path starter(String name) throws IOException {
        Path st = tmp.resolve("data/starters/" + name);
        write(st.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 9.9.9\ndescription: a starter\n"
                + "keywords: [k]\n");
        write(st.resolve("values.yaml"), "# values for <CHARTNAME>\nimage:\n  repository: <CHARTNAME>-img # kept\n");
        write(st.resolve("values.schema.json"), "{\"title\": \"<CHARTNAME>\"}");
        write(st.resolve("templates/_helpers.tpl"), "{{- define \"<CHARTNAME>.fullname\" -}}x{{- end }}\n");
        write(st.resolve("templates/cm.yaml"), "name: {{ include \"<CHARTNAME>.fullname\" . }}\n");
        write(st.resolve("README.md"), "the <CHARTNAME> starter\n");
        write(st.resolve("crds/crd.yaml"), "kind: <CHARTNAME>\n");
        write(st.resolve(".helmignore"), "*.bak\n");
        write(st.resolve("notes.bak"), "ignored\n");
        write(st.resolve("Chart.lock"), "dependencies: []\ndigest: sha256:x\ngenerated: \"2020-01-01T00:00:00Z\"\n");
        write(st.resolve("charts/sub/Chart.yaml"), "apiVersion: v2\nname: sub\nversion: 0.2.0\n");
        write(st.resolve("charts/sub/templates/a.yaml"), "# <CHARTNAME>\n");
        return st;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aStarterIsFoundUnderTheDataHomeAndScaffoldedAsHelmsCreateFromDoes() throws IOException {
        starter("mystarter");
        Map<String, String> env = Map.of("HELM_DATA_HOME", tmp.resolve("data").toString());
        CliBasicsTest.Result r = CliBasicsTest.run(env, "create", tmp.resolve("out/web").toString(), "--starter",
                "mystarter");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Creating " + tmp.resolve("out/web") + "\n");
        Path web = tmp.resolve("out/web");
        // pkg/chart/v2/util: SaveDir writes Chart.yaml, values.yaml, the schema, templates, files and the
        // subcharts as archives; Chart.lock (the chart's Lock) and .helmignore'd files are not written.
        assertThat(files(web)).containsExactly(".helmignore", "Chart.yaml", "README.md", "charts/sub-0.2.0.tgz",
                "crds/crd.yaml", "templates/_helpers.tpl", "templates/cm.yaml", "values.schema.json", "values.yaml");
        // pkg/cmd/create.go: the metadata is replaced, marshalled with sorted keys (sigs.k8s.io/yaml)
        assertThat(Files.readString(web.resolve("Chart.yaml"))).isEqualTo("apiVersion: v2\nappVersion: 0.1.0\n"
                + "description: A Helm chart for Kubernetes\nname: web\ntype: application\nversion: 0.1.0\n");
        // CreateFrom replaces <CHARTNAME> in the templates and in values.yaml's text (comments kept) only
        assertThat(Files.readString(web.resolve("values.yaml")))
                .isEqualTo("# values for web\nimage:\n  repository: web-img # kept\n");
        assertThat(Files.readString(web.resolve("templates/cm.yaml"))).isEqualTo("name: {{ include \"web.fullname\" . }}\n");
        assertThat(Files.readString(web.resolve("templates/_helpers.tpl"))).contains("define \"web.fullname\"");
        assertThat(Files.readString(web.resolve("README.md"))).isEqualTo("the <CHARTNAME> starter\n");
        assertThat(Files.readString(web.resolve("crds/crd.yaml"))).isEqualTo("kind: <CHARTNAME>\n");
        assertThat(Files.readString(web.resolve("values.schema.json"))).isEqualTo("{\"title\": \"<CHARTNAME>\"}");
        // the new chart renders under its own name
        CliBasicsTest.Result t = CliBasicsTest.run(Map.of(), "template", "rel", web.toString(), "--show-only",
                "templates/cm.yaml");
        assertThat(t.err()).isEmpty();
        assertThat(t.out()).contains("name: x");
        assertThat(t.code()).isZero();
    }

    @Test
    void anAbsoluteStarterPathIsUsedAsGiven() throws IOException {
        Path st = starter("abs");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "create", tmp.resolve("api").toString(), "-p",
                st.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(tmp.resolve("api/values.yaml"))).contains("repository: api-img");
    }

    @Test
    void aMissingStarterCannotBeLoaded() {
        Map<String, String> env = Map.of("HELM_DATA_HOME", tmp.resolve("data").toString());
        CliBasicsTest.Result r = CliBasicsTest.run(env, "create", tmp.resolve("x").toString(), "--starter", "nope");
        assertThat(r.code()).isEqualTo(1);
        Path missing = tmp.resolve("data/starters/nope");
        assertThat(r.err()).isEqualTo("Error: could not load " + missing + ": stat " + missing
                + ": no such file or directory\n");
    }
}
