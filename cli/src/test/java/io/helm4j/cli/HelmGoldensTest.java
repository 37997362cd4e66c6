package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Helm's own command goldens (helm-testdata/v3.21.0/goldens.json): each entry whose command helm4j can
 * answer is run from Helm's {@code cmd/helm} directory and its standard output and error, together as
 * Helm's test captures them, must equal the golden file byte for byte.
 *
 * <p>Go's command expressions are resolved by hand in {@link #COMMANDS}. Relative paths are made
 * absolute against {@code cmd/helm} (the JVM cannot change its working directory) and the prefix is
 * removed from the output again. {@code template} and {@code lint} run with {@code --kube-version 1.20.0}, the version
 * Helm's test goldens were made with, unless the command sets one.
 *
 * <p>Entries listed in {@code helm-goldens/known-failing.txt} (by golden file) are run too, but reported
 * as skipped while they fail; with {@code -Dgoldens.strict=true} one that passes fails the build, so the
 * list can be shrunk. Entries for commands helm4j does not have yet are skipped with the reason.
 */
class HelmGoldensTest {
    /** Golden file (relative to v3.21.0) → the command line, as the shell words Helm's test parsed. */
    static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("dependency-list-no-chart-linux.txt", "dependency list /no/such/chart"),
            Map.entry("dependency-list-no-requirements-linux.txt", "dependency list testdata/testcharts/alpine"),
            Map.entry("dependency-list.txt", "dependency list testdata/testcharts/reqtest"),
            Map.entry("dependency-list-archive.txt", "dependency list testdata/testcharts/reqtest-0.1.0.tgz"),
            Map.entry("template.txt", "template testdata/testcharts/subchart"),
            Map.entry("template-set.txt", "template testdata/testcharts/subchart --set service.name=apache"),
            Map.entry("template-values-files.txt", "template testdata/testcharts/subchart"
                    + " --values testdata/testcharts/subchart/charts/subchartA/values.yaml"),
            Map.entry("template-name-template.txt", "template testdata/testcharts/subchart"
                    + " '--name-template=foobar-{{ b64enc \"abc\" | lower }}-baz'"),
            Map.entry("template-no-args.txt", "template"),
            Map.entry("template-lib-chart.txt", "template testdata/testcharts/lib-chart"),
            Map.entry("template-chart-bad-type.txt", "template testdata/testcharts/chart-bad-type"),
            Map.entry("template-chart-with-template-lib-dep.txt",
                    "template testdata/testcharts/chart-with-template-lib-dep"),
            Map.entry("template-chart-with-template-lib-archive-dep.txt",
                    "template testdata/testcharts/chart-with-template-lib-archive-dep"),
            Map.entry("template-with-kube-version.txt", "template --kube-version 1.16.0 testdata/testcharts/subchart"),
            Map.entry("template-with-api-version.txt",
                    "template --api-versions helm.k8s.io/test testdata/testcharts/subchart"),
            Map.entry("template-with-crds.txt", "template testdata/testcharts/subchart --include-crds"),
            Map.entry("template-show-only-one.txt",
                    "template testdata/testcharts/subchart --show-only templates/service.yaml"),
            Map.entry("template-show-only-multiple.txt", "template testdata/testcharts/subchart"
                    + " --show-only templates/service.yaml --show-only charts/subcharta/templates/service.yaml"),
            Map.entry("template-show-only-glob.txt",
                    "template testdata/testcharts/subchart --show-only templates/subdir/role*"),
            Map.entry("object-order.txt", "template testdata/testcharts/object-order"),
            Map.entry("template-with-invalid-yaml.txt",
                    "template testdata/testcharts/chart-with-template-with-invalid-yaml"),
            Map.entry("template-with-invalid-yaml-debug.txt",
                    "template testdata/testcharts/chart-with-template-with-invalid-yaml --debug"),
            Map.entry("template-skip-tests.txt", "template testdata/testcharts/subchart --skip-tests"),
            Map.entry("issue-9027.txt", "template testdata/testcharts/issue-9027"),
            Map.entry("template-subchart-cm.txt", "template testdata/testcharts/subchart"
                    + " --set configmap.enabled=true --set subchartb.enabled=true"),
            Map.entry("template-subchart-cm-set.txt", "template testdata/testcharts/subchart"
                    + " --set configmap.enabled=true --set subchartb.enabled=true --set configmap.value=baz"),
            Map.entry("template-subchart-cm-set-file.txt",
                    "template testdata/testcharts/subchart -f testdata/testcharts/subchart/extra_values.yaml"),
            Map.entry("lint-chart-with-bad-subcharts.txt", "lint testdata/testcharts/chart-with-bad-subcharts"),
            Map.entry("lint-chart-with-bad-subcharts-with-subcharts.txt",
                    "lint --with-subcharts testdata/testcharts/chart-with-bad-subcharts"),
            Map.entry("lint-quiet.txt", "lint --quiet testdata/testcharts/alpine"),
            Map.entry("lint-quiet-with-error.txt",
                    "lint --quiet testdata/testcharts/alpine testdata/testcharts/chart-bad-requirements"),
            Map.entry("lint-quiet-with-warning.txt", "lint --quiet testdata/testcharts/chart-with-only-crds"),
            Map.entry("lint-chart-with-deprecated-api.txt",
                    "lint --kube-version 1.22.0 testdata/testcharts/chart-with-deprecated-api"),
            Map.entry("lint-chart-with-deprecated-api-strict.txt",
                    "lint --kube-version 1.22.0 --strict testdata/testcharts/chart-with-deprecated-api"),
            // Two entries share this golden: the key adds the entry's name.
            Map.entry("lint-chart-with-deprecated-api-old-k8s.txt lint chart with deprecated api version without kube version",
                    "lint testdata/testcharts/chart-with-deprecated-api"),
            Map.entry("lint-chart-with-deprecated-api-old-k8s.txt lint chart with deprecated api version with older kube version",
                    "lint --kube-version 1.21.0 --strict testdata/testcharts/chart-with-deprecated-api"));

    /** The test files whose goldens are run (when {@link #COMMANDS} resolves the entry). */
    static final Set<String> RUN_TESTS = Set.of("template_test.go", "dependency_test.go", "lint_test.go",
            "show_test.go");

    /** Helm's tests' {@code repoSetup}: the repository files of {@code testdata/helmhome}. */
    static final String REPO_SETUP = "--repository-config testdata/helmhome/helm/repositories.yaml"
            + " --repository-cache testdata/helmhome/helm/repository";

    /** Why the other test files' goldens are not run. */
    static final Map<String, String> SKIPPED_TESTS = Map.ofEntries(
            Map.entry("version_test.go", "helm4j reports its own version (v4), not Helm's"),
            Map.entry("env_test.go", "helm env output depends on the test's environment"),
            Map.entry("docs_test.go", "helm docs is not implemented"),
            Map.entry("search_repo_test.go", "not mapped yet: its commands need Helm's test repository setup"),
            Map.entry("repo_add_test.go", "not mapped yet: its commands need Helm's test repository server (repotest)"),
            Map.entry("repo_remove_test.go", "not mapped yet: its commands need Helm's test repository server (repotest)"),
            Map.entry("pull_test.go", "not mapped yet: its commands need Helm's test repository and registry servers"));

    private static final String RELEASE_COMMANDS = "not mapped yet: Helm's test builds its releases in memory "
            + "(releaseMockWithStatus) and a fake kube client; the release commands are checked against the real Helm 4 "
            + "on a cluster instead (*ClusterTest)";
    private static final Map<String, Boolean> OUTCOMES = new ConcurrentHashMap<>();

    record Golden(String test, String name, String cmd, String golden, boolean wantError) {
        @Override
        public String toString() {
            return test + " / " + name + " (" + golden.substring(golden.lastIndexOf('/') + 1) + ")";
        }

        String goldenFile() {
            return golden.substring(golden.lastIndexOf('/') + 1);
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Golden> goldens() throws IOException {
        Path index = HelmTestData.CORPUS.resolve("helm-testdata/v3.21.0/goldens.json");
        if (!Files.exists(index)) {
            return Stream.of(new Golden("-", HelmTestData.NO_CORPUS, "", "-/-", false));
        }
        List<Golden> out = new ArrayList<>();
        for (Object o : (List<Object>) GoYaml.fromJson(Files.readString(index))) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new Golden((String) m.get("test"), (String) m.get("name"), (String) m.get("cmd"),
                    (String) m.get("golden"), Boolean.TRUE.equals(m.get("wantError"))));
        }
        return out.stream();
    }

    static Set<String> knownFailing() throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = HelmGoldensTest.class.getResourceAsStream("/helm-goldens/known-failing.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.split("\\s+", 2)[0]);
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void matchesHelmsGolden(Golden g) throws IOException {
        assumeTrue(HelmTestData.corpusPresent(), HelmTestData.NO_CORPUS);
        String line = g.cmd().contains("__complete") ? completionLine(g.cmd())
                : COMMANDS.getOrDefault(g.goldenFile() + " " + g.name(), COMMANDS.get(g.goldenFile()));
        if (line == null || !RUN_TESTS.contains(g.test())) {
            abort(SKIPPED_TESTS.getOrDefault(g.test(), RELEASE_COMMANDS));
        }
        String expected = helm4Golden(g.goldenFile());
        if (expected == null) {
            expected = Files.readString(HelmTestData.CORPUS.resolve("helm-testdata/v3.21.0").resolve(g.golden()));
        }
        // Helm's goldens are what a program called helm prints; helm4j installed as helm says helm too
        CliBasicsTest.Result r = CliBasicsTest.runAs("/usr/local/bin/helm", Map.of(), args(line));
        String actual = (r.out() + r.err()).replace(HelmTestData.HELM_CMD + "/", "");
        boolean errorMatches = g.wantError() == (r.code() != 0);
        boolean passes = errorMatches && actual.equals(expected);
        OUTCOMES.put(g.toString(), passes);
        if (knownFailing().contains(g.goldenFile())) {
            if (passes && Boolean.getBoolean("goldens.strict")) {
                throw new AssertionError(g.goldenFile() + " passes now: remove it from known-failing.txt");
            }
            abort(passes ? "PASSES NOW: remove " + g.goldenFile() + " from helm-goldens/known-failing.txt"
                    : "known failing (see helm-goldens/known-failing.txt)");
        }
        assertThat(actual).as("output of helm4j %s", line).isEqualTo(expected);
        assertThat(r.code() != 0).as("exit code %s of helm4j %s", r.code(), line).isEqualTo(g.wantError());
    }

    /** Helm 4's version of a golden where it differs from 3.21's (helm-goldens/helm4, see its README), or null. */
    static String helm4Golden(String name) throws IOException {
        try (InputStream in = HelmGoldensTest.class.getResourceAsStream("/helm-goldens/helm4/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void summary() {
        long passed = OUTCOMES.values().stream().filter(b -> b).count();
        System.out.println("Helm goldens: " + passed + " of " + OUTCOMES.size() + " attempted pass");
        OUTCOMES.forEach((k, v) -> System.out.println("  " + (v ? "PASS " : "FAIL ") + k));
    }

    /**
     * A completion test's command: {@code fmt.Sprintf("%s __complete ...", repoSetup)} or
     * {@code repoSetup + " __complete ..."} with Helm's repoSetup put in; null for other forms.
     */
    static String completionLine(String cmd) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(?:fmt\\.Sprintf\\(\"%s (.*)\", repoSetup\\)|repoSetup \\+ \" (.*)\")$").matcher(cmd);
        if (!m.matches()) {
            return null;
        }
        return REPO_SETUP + " " + (m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The command's words as Helm's test splits them (go-shellwords), relative paths made absolute. */
    static String[] args(String line) {
        List<String> words = shellWords(line);
        List<String> out = new ArrayList<>();
        boolean template = !words.isEmpty() && (words.get(0).equals("template") || words.get(0).equals("lint"));
        for (String w : words) {
            out.add(w.startsWith("testdata/") ? HelmTestData.HELM_CMD.resolve(w).toString() : w);
        }
        if (template && !words.contains("--kube-version")) {
            out.add("--kube-version");
            out.add("1.20.0");
        }
        return out.toArray(String[]::new);
    }

    static List<String> shellWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
