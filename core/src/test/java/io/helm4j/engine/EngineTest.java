package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.Metadata;
import io.helm4j.chart.common.Capabilities;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final ReleaseInfo RELEASE = ReleaseInfo.install("rel", "ns");
    private static final Capabilities CAPS = Capabilities.defaults(null, List.of("x.io/v1"));

    static Chart chart(String name, List<Chart> deps, String... templates) {
        List<ChartFile> t = new ArrayList<>();
        List<ChartFile> files = new ArrayList<>();
        for (int i = 0; i < templates.length; i += 2) {
            ChartFile f = new ChartFile(templates[i], templates[i + 1].getBytes(StandardCharsets.UTF_8));
            (templates[i].startsWith("templates/") ? t : files).add(f);
        }
        Metadata md = new Metadata("v2", name, null, null, "1.0.0", null, null, null, null, "2.0", false, null, null,
                null, null);
        return new Chart(md, null, t, Map.of(), null, files, deps);
    }

    private static Map<String, String> render(Chart c, Map<String, Object> values) {
        return new Engine(EngineOptions.defaults(null)).render(c, values, RELEASE, CAPS);
    }

    @Test
    void runningOutOfMemoryIsOneErrorNamingTheTemplate() {
        // String.repeat refuses a 4e9-character result with an OutOfMemoryError at once, allocating nothing;
        // an include whose output doubles at each level ends in the same error, only later
        Chart c = chart("big", List.of(), "templates/_h.tpl", "{{ define \"x\" }}{{ repeat 2000000000 \"xx\" }}{{ end }}",
                "templates/a.yaml", "a: {{ include \"x\" . }}");
        Engine withSprig = new Engine(EngineOptions.defaults(io.helm4j.internal.engine.funcs.SprigFunctions.create(
                java.time.Clock.systemUTC(), new java.util.SplittableRandom(1))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withSprig.render(c, new LinkedHashMap<>(), RELEASE, CAPS))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("template: big/templates/a.yaml: rendering ran out of memory (")
                .satisfies(e -> assertThat(((RenderException) e).chart()).isEqualTo("big"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void scopesValuesToSubchartsAndSkipsPartials() {
        Chart sub = chart("sub", List.of(), "templates/s.yaml", "s: {{ .Values.x }} {{ .Chart.Name }} {{ .Template.Name }}");
        Chart root = chart("top", List.of(sub),
                "templates/_h.tpl", "{{ define \"h\" }}H{{ .Values.x }}{{ end }}",
                "templates/a.yaml", "a: {{ include \"h\" . }} {{ .Release.Name }} {{ .Subcharts.sub.Values.x }} {{ .Values.missing }}");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("x", "root");
        values.put("sub", new LinkedHashMap<>(Map.of("x", "child")));
        Map<String, String> out = render(root, values);
        assertThat(out).containsOnlyKeys("top/charts/sub/templates/s.yaml", "top/templates/a.yaml");
        assertThat(out.get("top/charts/sub/templates/s.yaml")).isEqualTo("s: child sub top/charts/sub/templates/s.yaml");
        assertThat(out.get("top/templates/a.yaml")).isEqualTo("a: Hroot rel child ");
    }

    @Test
    void lookupAsksTheClusterReaderAndIsEmptyWithoutOne() {
        Chart root = chart("top", List.of(),
                "templates/a.yaml", "[{{ (lookup \"v1\" \"Secret\" \"ns\" \"s\").data }}]");
        assertThat(render(root, Map.of()).get("top/templates/a.yaml")).isEqualTo("[]");
        List<String> asked = new ArrayList<>();
        io.helm4j.kube.ClusterReader reader = (apiVersion, kind, namespace, name) -> {
            asked.add(apiVersion + " " + kind + " " + namespace + " " + name);
            return new LinkedHashMap<>(Map.of("data", "v"));
        };
        Map<String, String> out = new Engine(EngineOptions.defaults(null).withCluster(reader))
                .render(root, Map.of(), RELEASE, CAPS);
        assertThat(out.get("top/templates/a.yaml")).isEqualTo("[v]");
        assertThat(asked).containsExactly("v1 Secret ns s");
    }

    @Test
    void capabilitiesAndFiles() {
        Chart root = chart("top", List.of(),
                "templates/a.yaml", "{{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.APIVersions.Has \"x.io/v1\" }} "
                        + "{{ .Files.Get \"conf/a.txt\" }}{{ range $k, $v := .Files.Glob \"conf/*\" }}[{{ $k }}]{{ end }}",
                "conf/a.txt", "A", "conf/b.txt", "B");
        assertThat(render(root, Map.of()).get("top/templates/a.yaml"))
                .isEqualTo("v1.37.0 true A[conf/a.txt][conf/b.txt]");
    }

    @Test
    void requiredAndFailReadAsHelmErrors() {
        Chart root = chart("top", List.of(), "templates/a.yaml", "x: {{ required \"need x\" .Values.x }}");
        assertThatThrownBy(() -> render(root, Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessage("execution error at (top/templates/a.yaml:1:6): need x")
                .satisfies(e -> assertThat(((RenderException) e).sourceLine()).isEqualTo("x: {{ required \"need x\" .Values.x }}"));
        Chart nested = chart("top", List.of(),
                "templates/_h.tpl", "{{ define \"h\" }}\n{{ fail \"boom\" }}{{ end }}",
                "templates/a.yaml", "x: {{ include \"h\" . }}");
        assertThatThrownBy(() -> render(nested, Map.of()))
                .hasMessage("execution error at (top/templates/a.yaml:1:6): boom");
    }

    @Test
    void parseErrorsNameTheFileAndLine() {
        Chart root = chart("top", List.of(), "templates/a.yaml", "a: 1\n{{ if }}{{ end }}\n");
        assertThatThrownBy(() -> render(root, Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessage("parse error at (top/templates/a.yaml:2): missing value for if");
    }

    @Test
    void tplRendersInTheCallersSetAndWrapsErrors() {
        Chart root = chart("top", List.of(),
                "templates/_h.tpl", "{{ define \"h\" }}H{{ end }}",
                "templates/a.yaml", "{{ tpl \"{{ include \\\"h\\\" . }}-{{ .Release.Name }}\" . }}",
                "templates/b.yaml", "{{ tpl \"{{ .Values.x.y }}\" . }}");
        Map<String, Object> v = Map.of("x", "s");
        assertThatThrownBy(() -> render(root, v)).hasMessageContaining(
                "error calling tpl: error during tpl function execution for \"{{ .Values.x.y }}\": template: gotpl:1:10:");
        Chart ok = chart("top", List.of(),
                "templates/_h.tpl", "{{ define \"h\" }}H{{ end }}",
                "templates/a.yaml", "{{ tpl \"{{ include \\\"h\\\" . }}-{{ .Release.Name }}\" . }}");
        assertThat(render(ok, v).get("top/templates/a.yaml")).isEqualTo("H-rel");
    }

    @Test
    void includeRecursionIsBounded() {
        Chart root = chart("top", List.of(),
                "templates/_h.tpl", "{{ define \"loop\" }}{{ include \"loop\" . }}{{ end }}",
                "templates/a.yaml", "{{ include \"loop\" . }}");
        assertThatThrownBy(() -> render(root, Map.of()))
                .hasMessageContaining("rendering template has a nested reference name: loop: unable to execute template");
    }

    private static Map<String, String> renderForLint(Chart c, Map<String, Object> values) {
        return new Engine(new EngineOptions(false, true, false, null))
                .render(c, values, RELEASE, CAPS);
    }

    @Test
    void tplOfBlankTextInLintModeDoesNotRunTheCallerAgain() {
        // bitnami/etcd and grafana/promtail: tpl of an empty value inside a file that calls tpl; running the
        // caller's own body for blank text recursed without end (OutOfMemoryError / minutes in lint)
        Chart root = chart("top", List.of(),
                "templates/a.yaml", "a: {{ tpl .Values.empty . }}|{{ tpl .Values.blank . }}|"
                        + "{{ required \"x\" .Values.missing }}{{ fail \"f\" }}");
        Map<String, Object> values = Map.of("empty", "", "blank", "  ");
        Map<String, String> out = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> renderForLint(root, values));
        assertThat(out).containsEntry("top/templates/a.yaml", "a: |  |");
    }

    @Test
    void runawayTplRecursionFailsOnceWithABoundedMessage() {
        // Go dies of a stack overflow here; each tpl level wrapping the one below kept every longer copy
        // of the message alive (quadratic memory). The overflow is reported once, unwrapped.
        Chart root = chart("top", List.of(),
                "templates/a.yaml", "a: {{ tpl .Values.x . }}");
        Map<String, Object> values = Map.of("x", "{{ tpl .Values.x . }}");
        Throwable e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> catchThrowable(() -> renderForLint(root, values)));
        assertThat(e).isInstanceOf(RenderException.class)
                .hasMessageContaining("exceeded maximum template depth (100000)");
        assertThat(e.getMessage().length()).isLessThan(2_000);
        int causes = 0;
        for (Throwable c = e; c != null; c = c.getCause()) {
            causes++;
        }
        assertThat(causes).isLessThan(5);
    }

    @Test
    void toTomlWritesKeysThenTablesAsBurntSushiDoes() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("y", "z");
        Map<String, Object> tbl = new LinkedHashMap<>();
        tbl.put("x", 1.0);
        tbl.put("nested", nested);
        tbl.put("arr", List.of(Map.of("a", 1.0), Map.of("b", List.of("x", true))));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("top", 1.0);
        v.put("big", 1e21);
        v.put("odd key", "a \"q\"\n");
        v.put("tbl", tbl);
        assertThat(HelmFunctions.toToml(v)).isEqualTo("""
                big = 1e+21
                "odd key" = "a \\"q\\"\\n"
                top = 1.0

                [tbl]
                  x = 1.0

                  [[tbl.arr]]
                    a = 1.0

                  [[tbl.arr]]
                    b = ["x", true]
                  [tbl.nested]
                    y = "z"
                """);
        assertThat(HelmFunctions.toToml(List.of(1, 2))).isEqualTo("[1, 2]");
        assertThat(HelmFunctions.toToml(List.of(Map.of("a", 1.0)))).isEqualTo("toml: top-level values must be Go maps or structs");
        assertThatThrownBy(() -> HelmFunctions.toToml(null)).hasMessage("reflect: call of reflect.Value.Type on zero Value");
    }
}
