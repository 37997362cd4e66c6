package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.Helm4jException;
import io.helm4j.values.ValueOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case of the shared rendering corpus ({@code -Dhelm4j.shared=...}, set by surefire) through
 * {@link Template}: the output must equal what the reference Helm printed, byte for byte, or
 * for an expected failure, the error must read as Helm's ({@code Error: ...}).
 */
class CorpusTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The corpus: under {@code helm4j.shared}, or else a {@code shared/corpus} beside an enclosing directory. */
    static Path corpus() {
        String shared = System.getProperty("helm4j.shared");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus", "cases"))) {
            return Path.of(shared, "corpus");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus/cases"))) {
                return p.resolve("shared/corpus");
            }
        }
        return null;
    }

    private static final java.util.Set<String> BASELINE = baseline();

    /** Cases known to pass: a regression there fails the build; other failures are reported as skipped. */
    private static java.util.Set<String> baseline() {
        try (var in = CorpusTest.class.getResourceAsStream("/corpus-passing.txt")) {
            if (in == null) {
                return java.util.Set.of();
            }
            return java.util.Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(String name, Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError | RuntimeException e) {
            if (Boolean.getBoolean("helm4j.corpus.strict") || BASELINE.contains(name)) {
                throw e;
            }
            String msg = String.valueOf(e.getMessage());
            org.junit.jupiter.api.Assumptions.abort("not passing yet: "
                    + e.getClass().getSimpleName() + ": " + msg.substring(0, Math.min(400, msg.length())));
        }
    }

    /**
     * Where a stored expectation (Helm 3.21 plus the Helm 4 kind order) disagrees with Helm 4.3.2, and helm4j
     * follows Helm 4: the change, its evidence, and the exact edit of the stored file that gives Helm 4.3.2's
     * bytes in the corpus's layout (Helm 4.2's blank lines between documents, which no case here follows yet,
     * aside). Each edit must apply exactly as written (so many lines, this text), so a corpus regenerated from
     * Helm 4.3 fails here until the exception is removed. The corpus files themselves are shared data and are
     * not edited.
     */
    record Helm4Exception(String change, String evidence, java.util.function.UnaryOperator<String> edit) {
    }

    /** Drops each line equal to {@code line}, which must occur exactly {@code count} times. */
    private static java.util.function.UnaryOperator<String> dropLines(String line, int count) {
        return text -> {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int before = lines.size();
            lines.removeIf(line::equals);
            assertThat(before - lines.size()).as("lines '%s' in the stored expectation", line).isEqualTo(count);
            return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
        };
    }

    private static java.util.function.UnaryOperator<String> replaceOnce(String from, String to) {
        return text -> {
            assertThat(text).as("the stored expectation").containsOnlyOnce(from);
            return text.replace(from, to);
        };
    }

    private static final String NULL_DEFAULTS = "Helm 4.2.0 drops a chart default's null when coalescing values"
            + " (pkg/chart/common/util/coalesce.go, coalesceValues: 'skip chart default nils and clean nils from"
            + " nested maps'); ../shared/oracle/helm3-vs-helm4.md section 2";
    private static final String LOKI_EVIDENCE = "helm 4.3.2 template of this case: the stored file without its 6"
            + " lines '    rollingUpdate: null' (bitnami grafana-loki's updateStrategy default), blank lines aside";
    static final Map<String, Helm4Exception> HELM4_EXCEPTIONS = Map.of(
            "bitnami__grafana-loki__default", new Helm4Exception(NULL_DEFAULTS, LOKI_EVIDENCE,
                    dropLines("    rollingUpdate: null", 6)),
            "bitnami__grafana-loki__relns", new Helm4Exception(NULL_DEFAULTS, LOKI_EVIDENCE,
                    dropLines("    rollingUpdate: null", 6)),
            "bitnami__grafana-loki__include-crds", new Helm4Exception(NULL_DEFAULTS, LOKI_EVIDENCE,
                    dropLines("    rollingUpdate: null", 6)),
            "external-dns__external-dns__error-default", new Helm4Exception(NULL_DEFAULTS,
                    "helm 4.3.2 template of this case prints \"- at '': missing property 'policy'\": the null"
                            + " default of policy is dropped before the schema sees the values",
                    replaceOnce("- at '/policy': got null, want string", "- at '': missing property 'policy'")));

    static Stream<String> cases() throws IOException {
        Path c = corpus();
        if (c == null || !Files.isDirectory(c.resolve("cases"))) {
            return Stream.of("<no corpus>");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(c.resolve("cases"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .forEach(n -> names.add(n.substring(0, n.length() - 5)));
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void rendersAsHelmDoes(String name) throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("cases")),
                "skipped: the shared corpus (../shared/corpus) is absent");
        Map<String, Object> c = JSON.readValue(corpus.resolve("cases/" + name + ".json").toFile(), Map.class);
        TemplateOptions options = TemplateOptions.builder()
                .releaseName((String) c.get("releaseName"))
                .chart(corpus.resolve((String) c.get("chart")).toString())
                .namespace((String) c.get("namespace"))
                .values(new ValueOptions(((List<String>) c.get("valuesFiles")).stream()
                        .map(f -> corpus.resolve(f).toString()).toList(), (List<String>) c.get("set"), null, null,
                        null, null))
                .kubeVersion((String) c.get("kubeVersion"))
                .includeCrds(Boolean.TRUE.equals(c.get("includeCrds")))
                .build();
        String stored = Files.readString(corpus.resolve((String) c.get("expectedOutputFile")),
                StandardCharsets.UTF_8);
        Helm4Exception helm4 = HELM4_EXCEPTIONS.get(name);
        String expected = helm4 == null ? stored : helm4.edit().apply(stored);
        Template action = new Template(ActionContext.builder()
                .values(ValueSource.local(corpus, new ByteArrayInputStream(new byte[0]))).build());
        if (Boolean.TRUE.equals(c.get("expectError"))) {
            check(name, () -> {
                try {
                    action.run(options);
                    fail("expected an error: " + expected);
                } catch (Helm4jException e) {
                    assertThat("Error: " + e.getMessage() + "\n").isEqualTo(expected);
                }
            });
            return;
        }
        check(name, () -> assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120), () -> action.run(options).output())).isEqualTo(expected));
    }
}
