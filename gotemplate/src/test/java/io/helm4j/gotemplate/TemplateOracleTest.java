package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: every snippet of {@code src/test/oracle/template-snippets.txt} was rendered by the
 * reference Helm ({@code gen-template-expected.py}); here it is parsed and executed by this package and the
 * output or error compared.
 *
 * <p>How Helm's rendering maps onto bare text/template, and how the test accounts for it:
 * <ul>
 * <li>The snippet lives in {@code c/templates/_t.tpl} and is executed through {@code include} piped to
 * {@code b64enc}, so the expected output is text/template's raw output, before Helm replaces
 * {@code <no value>}. Helm parses with {@code missingkey=zero}: so do we.</li>
 * <li>Values come from {@code template-values.yaml}: numbers are float64 (Double here), YAML 1.1 reads
 * {@code y} as true. {@link #values()} mirrors that file; .Release, .Chart and .Files are small stand-ins.</li>
 * <li>Parse errors: Helm reports {@code parse error at (NAME:LINE): LAST} where LAST is the last
 * {@code ": "}-separated part of Go's message; {@link #helmParseError} applies the same rewrite.</li>
 * <li>Execution errors come back as Helm's {@code ... error calling include: MESSAGE}; MESSAGE is Go's own
 * error and is compared as-is.</li>
 * <li>Helm's Sprig defines its own {@code slice}, which shadows the builtin: the "slice" group is skipped
 * (see SliceTest for Go's semantics).</li>
 * </ul>
 */
class TemplateOracleTest {
    private static final String NAME = "c/templates/_t.tpl";

    record Case(String id, boolean ok, String snippet, String expected) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TemplateOracleTest.class.getResourceAsStream("template-oracle.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0], f[1].equals("ok"), decode(f[2]), decode(f[3])));
            }
        }
        return cases;
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> rendersLikeHelm() throws IOException {
        return cases().stream().filter(c -> !c.id().endsWith("-slice"))
                .map(c -> DynamicTest.dynamicTest(c.id() + " " + c.snippet(), () -> check(c)));
    }

    private static void check(Case c) {
        String actual;
        try {
            actual = render(c.snippet());
            if (!c.ok()) {
                fail("expected error %s but rendered %s", c.expected(), actual);
            }
            assertThat(actual).isEqualTo(c.expected());
        } catch (TemplateParseException e) {
            assertThat(c.ok()).as("unexpected parse error %s", e.getMessage()).isFalse();
            assertThat(helmParseError(e.getMessage())).isEqualTo(c.expected());
        } catch (TemplateExecException e) {
            assertThat(c.ok()).as("unexpected exec error %s", e.getMessage()).isFalse();
            String marker = "error calling include: ";
            String expected = c.expected().substring(c.expected().indexOf(marker) + marker.length());
            assertThat(e.getMessage()).isEqualTo(expected);
        }
    }

    static String render(String snippet) {
        Template set = Template.create("z").option(MissingKey.ZERO);
        set.newTemplate(NAME).parse(snippet);
        StringBuilder out = new StringBuilder();
        set.lookup(NAME).execute(root(), out);
        return out.toString();
    }

    /** Helm's cleanupParseError: keeps the location and the last ": "-separated part. */
    static String helmParseError(String goMessage) {
        String[] tokens = goMessage.split(": ", -1);
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    static Map<String, Object> root() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("Values", values());
        root.put("Release", map("Name", "r", "Namespace", "default"));
        root.put("Chart", new Metadata());
        root.put("Files", new Files());
        return root;
    }

    static Map<String, Object> values() {
        return map(
                "str", "hello", "empty", "", "num", 3.0, "big", 1000000.0, "neg", -2.0, "flt", 1.5, "zero", 0.0,
                "yes_", true, "no_", false, "list", List.of(1.0, 2.0, 3.0), "strs", List.of("a", "b", "c"),
                "emptyList", List.of(), "m", map("a", 1.0, "b", "two", "c", List.of("x", true)),
                "emptyMap", map(), "nested", map("inner", map("deep", "value", "k", 5.0)),
                "withNil", Arrays.asList(1.0, null, "x"), "html", "say \"hi\" & <b>", "uni", "héllo wörld",
                "spaces", "a b  c",
                "items", List.of(map("name", "one", "v", 1.0), map("name", "two", "v", 2.0)));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Stand-in for the .Chart value Helm passes (Metadata embedded in an anonymous struct). */
    static final class Metadata implements GoObject {
        @Override
        public String goTypeName() {
            return "struct { chart.Metadata; IsRoot bool }";
        }

        @Override
        public boolean hasField(String name) {
            return name.equals("Name") || name.equals("Version");
        }

        @Override
        public Object field(String name) {
            return name.equals("Name") ? "c" : "0.1.0";
        }
    }

    /** Stand-in for Helm's chart files: only Get. */
    static final class Files implements GoObject {
        @Override
        public String goTypeName() {
            return "engine.files";
        }

        @Override
        public boolean hasMethod(String name) {
            return name.equals("Get");
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            if (args.size() != 1) {
                throw new FunctionArgumentException("wrong number of args for Get: want 1 got " + args.size());
            }
            return "";
        }
    }
}
