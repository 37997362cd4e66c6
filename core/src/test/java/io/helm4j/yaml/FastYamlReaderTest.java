package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The fast reader against the snakeyaml path: on every input it reads, it must give exactly the
 * snakeyaml path's values (same types, same key order) and never accept what snakeyaml rejects.
 */
class FastYamlReaderTest {
    private static final Path ORACLE = Path.of("src/test/resources/io/helm4j/yaml/oracle");

    /** Constructs the fast reader must take (not decline) and read as snakeyaml does. */
    private static final List<String> HANDLED = List.of(
            "", "# only a comment\n", "---\n", "---\n---\n", "a: 1\n---\n", "a: 1\n...\n", "a: 1\n...\n---\nb: 2\n",
            "--- # c\na: 1\n", "a: 1\n---\n# c\nb: 2\n...\n",
            "a: 1\nb: yes\nc: 0x10\nd: '1'\ne: ~\nf: 2001-12-14\ng: 1.5\nh: -3\ni: 0o17\nj: 1e3\nk: 12345678901234567890\n",
            "1: a\ny: b\n1.5: c\n3.14159265358979: d\n'q': e\n\"d\": f\n",
            "a: 1\na: 2\nb: 3\na: 4\n",
            "a:\n- x\n- y\nb: 2\n", "a:\n  - x\n  -   y\n", "- - a\n  - b\n- - - c\n", "- a: 1\n  b: 2\n- c: 3\n",
            "-   a: 1\n    b:\n    - x\n", "- \n- a\n-\n  b\n", "a:\n  b:\n    c:\n  d:\n",
            "a: b c  d   \nb: x#y\nc: x # y\nd: http://x:80/p\ne: a:b\nf: -x\ng: --flag=1\n",
            "a: one\n  two\n\n  three\n   four\nb: 2\n", "- one\n  two\n", "top\nlevel\n",
            "a: 'it''s'\nb: \"q\\\"\\t\\n\\x41\\u00e9\\U0001F600\\\\ \\/\\0\\a\\b\\v\\f\\r\\e\\N\\_\"\n",
            "a: 'one\n  two\n\n  three  '\nb: \"x  \n   y \\\n   z\"\n",
            "a: |\n  x\n   y\n\n  z\n\nb: >\n  p\n  q\n\n  r\n    s\n  t\n",
            "a: |-\n  x\n\n\nb: |+\n  x\n\n\nc: >-\n  x\n  y\nd: |2\n    lead\n  x\ne: >+2\n   x\n",
            "a: |\n  x\n  # not a comment\n# comment\nb: |\nc: 1\n", "- |\n  x\n- >\n  y\n", "a: |\n  x",
            "a: []\nb: {}\nc: [x, 'y', \"z\", 1, true, null]\nd: {k: v, 'q': 1, n: [a, {b: c}]}\ne: [ ]\n",
            "a: # c\n  b: 1 # d\n  # e\n  c: \"s\" # f\n", "  a: 1\n  b: 2\n", "a:\n\n\n  b: 1\n",
            "a: <<\nb: 2001-12-14t21:59:43.10-05:00\nc: 1:20\nd: 0b101\ne: +12\nf: .5\n",
            "a: x\n  - y\n  \"q\" 'r' [s]\n  ? t\n  :u\nb: :8080\nc: ?x\n:d: 1\n", "- a\n  - b\n",
            "a:\n  b: |-\n---\nc: 1\n", "a: |+\n\n\n", "a: >\n  x\n", "a: 1\n---", "- -\n- - -\n");

    @Test
    void handlesTheCommonConstructsAsSnakeyamlDoes() {
        for (String y : HANDLED) {
            Object fast = FastYamlReader.loadAllStrict(y);
            assertThat(fast).as("declined: %s", y).isNotSameAs(FastYamlReader.DECLINED);
            assertSame(y, fast, GoYamlReader.snakeLoadAll(y));
        }
    }

    /** Constructs the fast reader leaves to snakeyaml. */
    private static final List<String> DECLINED = List.of(
            "a: &x 1\nb: *x\n", "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "? a\n: b\n", "[a]: b\n", "<<: {a: 1}\n",
            "a:\tb\n", "a: 1\r\nb: 2\r\n", "~: 1\n", "a: .nan\n", "a: 1\n b: 2\n", "a: \"\\L\"\n", "a: [a,\n  b]\n",
            "a:\n  b: 1\n c: 2\n", "a: b: c\n", "a: 1\n- b\n", "- a\nb: 1\n", "a: \"x\n", "...\n", "a: 1\n...\nb: 2\n");

    @Test
    void declinesWhatItDoesNotTake() {
        for (String y : DECLINED) {
            assertThat(FastYamlReader.loadAllStrict(y)).as(y).isSameAs(FastYamlReader.DECLINED);
        }
    }

    @Test
    void loadFirstIsTheFirstDocument() {
        assertThat(GoYamlReader.loadFirst("a: 1\n---\nb: 2\n")).isEqualTo(Map.of("a", 1.0));
        assertThat(FastYamlReader.loadFirst("# c\n")).isNull();
        assertThat(FastYamlReader.loadFirst("a: 1\n---\nb: *x\n")).isSameAs(FastYamlReader.DECLINED);
    }

    /** Every YAML file of the oracle cases and the chart corpus, and every rendered manifest. */
    @Test
    void agreesWithSnakeyamlOnEveryAvailableInput() throws IOException {
        Counts oracle = new Counts();
        for (String y : oracleInputs()) {
            oracle.check(y);
        }
        Path corpus = corpus();
        assumeTrue(corpus != null, "corpus not present");
        Counts values = new Counts();
        for (String y : corpusFiles(corpus)) {
            values.check(y);
        }
        Counts manifests = new Counts();
        Counts streams = new Counts();
        for (Path f : list(corpus.resolve("expected"))) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            streams.check(text);
            for (String doc : documents(text)) {
                manifests.check(doc);
            }
        }
        System.out.printf("fast YAML reader took: oracle %s, values %s, manifests %s, rendered streams %s%n",
                oracle, values, manifests, streams);
        assertThat(manifests.handled).as("manifest documents read by the fast path")
                .isGreaterThanOrEqualTo(manifests.total * 99 / 100);
        assertThat(values.handled).as("values and Chart.yaml files read by the fast path")
                .isGreaterThanOrEqualTo(values.total * 95 / 100);
    }

    /**
     * Seeded mutations of real inputs (characters deleted, inserted or doubled, favouring YAML's
     * indicators and whitespace): the fast path declines or agrees, and never accepts an error.
     */
    @Test
    void agreesWithSnakeyamlOnMutatedInputs() throws IOException {
        List<String> seeds = new ArrayList<>(HANDLED);
        for (String y : oracleInputs()) {
            if (y.length() < 3000) {
                seeds.add(y);
            }
        }
        Path corpus = corpus();
        if (corpus != null) {
            for (Path f : list(corpus.resolve("expected"))) {
                for (String doc : documents(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (doc.length() < 1500) {
                        seeds.add(doc);
                    }
                }
            }
        }
        String alphabet = ":-#'\" \n\n  \t|>[]{},&*!?\\x0.~%@`";
        Random rnd = new Random(20261125L);
        Counts counts = new Counts();
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder(seeds.get(rnd.nextInt(seeds.size())));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = sb.isEmpty() ? 0 : rnd.nextInt(sb.length() + 1);
                switch (rnd.nextInt(9)) {
                    case 7 -> { // a line's indentation shifted
                        int line = lineStart(sb, at);
                        if (rnd.nextBoolean()) {
                            sb.insert(line, rnd.nextBoolean() ? " " : "  ");
                        } else if (line < sb.length() && sb.charAt(line) == ' ') {
                            sb.deleteCharAt(line);
                        }
                    }
                    case 8 -> { // a line doubled
                        int line = lineStart(sb, at);
                        int end = sb.indexOf("\n", line);
                        sb.insert(line, sb.substring(line, end < 0 ? sb.length() : end + 1));
                    }
                    case 0 -> {
                        if (at < sb.length()) {
                            sb.deleteCharAt(at);
                        }
                    }
                    case 1, 2, 3 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 4 -> sb.setLength(Math.max(sb.length() - rnd.nextInt(3), 0)); // the stream's end
                    default -> {
                        if (at < sb.length()) {
                            sb.insert(at, sb.charAt(at));
                        }
                    }
                }
            }
            counts.check(sb.toString());
        }
        System.out.printf("fast YAML reader on mutated inputs: %s%n", counts);
        assertThat(counts.handled).as("mutated inputs read by the fast path").isGreaterThan(counts.total / 4);
    }

    private static int lineStart(StringBuilder sb, int at) {
        int i = Math.min(at, sb.length());
        while (i > 0 && sb.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static final class Counts {
        int total;
        int handled;

        void check(String yaml) {
            total++;
            Object fast;
            try {
                fast = FastYamlReader.loadAllStrict(yaml);
            } catch (RuntimeException e) {
                throw new AssertionError("fast reader failed on:\n" + yaml, e);
            }
            if (fast == FastYamlReader.DECLINED) {
                return;
            }
            handled++;
            List<Object> snake;
            try {
                snake = GoYamlReader.snakeLoadAll(yaml);
            } catch (YamlException e) {
                fail("fast reader accepted what snakeyaml rejects (" + e.getMessage() + "):\n" + yaml);
                return;
            }
            assertSame(yaml, fast, snake);
        }

        @Override
        public String toString() {
            return handled + "/" + total + String.format(" (%.1f%%)", total == 0 ? 0.0 : 100.0 * handled / total);
        }
    }

    private static void assertSame(String yaml, Object fast, Object snake) {
        String diff = difference("", fast, snake);
        if (diff != null) {
            fail("fast reader differs from snakeyaml at " + diff + "\nfast:  " + fast + "\nsnake: " + snake
                    + "\ninput:\n" + yaml);
        }
    }

    /** Where a and b differ (types and key order included), or null when they are the same. */
    private static String difference(String path, Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.getClass() != mb.getClass() || ma.size() != mb.size()) {
                return path + " (map size or class)";
            }
            Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
            while (ia.hasNext()) {
                Map.Entry<?, ?> ea = ia.next();
                Map.Entry<?, ?> eb = ib.next();
                if (!ea.getKey().equals(eb.getKey())) {
                    return path + " (key " + ea.getKey() + " vs " + eb.getKey() + ")";
                }
                String d = difference(path + "." + ea.getKey(), ea.getValue(), eb.getValue());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.getClass() != lb.getClass() || la.size() != lb.size()) {
                return path + " (list size or class)";
            }
            for (int i = 0; i < la.size(); i++) {
                String d = difference(path + "[" + i + "]", la.get(i), lb.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a == null || b == null ? a != b : a.getClass() != b.getClass() || !Objects.equals(a, b)) {
            return path + " (" + describe(a) + " vs " + describe(b) + ")";
        }
        return null;
    }

    private static String describe(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + " " + o.toString().replace("\n", "\\n");
    }

    /** The shared corpus: under {@code helm4j.shared}, or a {@code shared/corpus} beside an enclosing directory. */
    private static Path corpus() {
        String shared = System.getProperty("helm4j.shared");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus", "expected"))) {
            return Path.of(shared, "corpus");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus/expected"))) {
                return p.resolve("shared/corpus");
            }
        }
        return null;
    }

    private static List<String> oracleInputs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ORACLE)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> corpusFiles(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("charts"))) {
            for (Path p : s.filter(FastYamlReaderTest::valuesLike).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static boolean valuesLike(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && ((name.startsWith("values") && name.endsWith(".yaml"))
                || name.equals("Chart.yaml") || (p.getParent().getFileName().toString().equals("ci")
                        && name.endsWith(".yaml")));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The documents of a rendered stream, split at "---" lines as Helm splits manifests. */
    private static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("---")) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(line).append('\n');
            }
        }
        out.add(cur.toString());
        return out;
    }
}
