package io.helm4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator covers Helm 4.3.2's function table (read from core's test data), and is reproducible. */
class GrammarTest {
    @Test
    void everyFunctionIsGeneratedOrExcludedWithAReason() throws IOException {
        List<String> names = Files.readAllLines(Path.of("../core/src/test/resources/engine/helm-4.3.2-functions.txt"))
            .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            boolean generated = Grammar.FUNCTIONS.stream().anyMatch(f -> f.name().equals(n));
            if (!generated && !Grammar.EXCLUDED.containsKey(n)) {
                missing.add(n);
            }
        }
        assertThat(missing).as("functions neither generated nor excluded").isEmpty();
        assertThat(Grammar.EXCLUDED.keySet()).as("excluded names are real functions").allMatch(names::contains);
    }

    @Test
    void aCaseDependsOnlyOnSeedAndIndex() {
        Generator a = new Generator(7);
        Generator b = new Generator(7);
        assertThat(a.generate(123).body()).isEqualTo(b.generate(123).body());
        assertThat(a.generate(1).body()).isNotEqualTo(a.generate(2).body());
    }

    @Test
    void reductionsAreSmaller() {
        FuzzCase c = new FuzzCase(1, 0, "{{ E | toJson }}", new Expr.Call("rest", List.of(new Expr.Call("list",
            List.of(new Expr.Atom("\"héllo\""), new Expr.Atom("2")), false)), true), 0);
        assertThat(c.body()).isEqualTo("{{ ((list \"héllo\" 2) | rest) | toJson }}");
        assertThat(Minimiser.reductions(c)).isNotEmpty()
            .allMatch(r -> r.body().length() < c.body().length() || r.expr().size() < c.expr().size())
            .anyMatch(r -> r.body().equals("{{ ((list \"héllo\" 2) | rest) }}"))
            .anyMatch(r -> r.body().equals("{{ (list \"héllo\" 2) | toJson }}"));
    }

    @Test
    void mapOrderAndPointerAddressesNeverDecideACase() {
        Expr keys = new Expr.Call("keys", List.of(new Expr.Atom(".Values")), false);
        assertThat(keys.text()).isEqualTo("(sortAlpha (keys .Values))");
        Expr values = new Expr.Call("values", List.of(new Expr.Atom(".Values")), true);
        assertThat(values.text()).isEqualTo("(sortAlpha (.Values | values))");
        // a pointer in a list printed as it is: kept (its address is blanked when outputs are compared)
        Expr listed = new Expr.Call("list", List.of(new Expr.Atom("."), new Expr.Atom(".Capabilities")), false);
        assertThat(new FuzzCase(1, 0, "{{ printf \"%v\" E }}", listed, 0).body())
            .isEqualTo("{{ printf \"%v\" (list . .Capabilities) }}");
        // under a function that measures or re-encodes the text, or an opaque wrapper: written without pointers
        Expr measured = new Expr.Call("len", List.of(new Expr.Call("toString", List.of(listed), false)), false);
        assertThat(measured.text()).isEqualTo("(len (toString (list (omit . \"Capabilities\") .Capabilities.KubeVersion)))");
        assertThat(new FuzzCase(1, 0, "{{ E | b64enc }}", listed, 0).body())
            .isEqualTo("{{ (list (omit . \"Capabilities\") .Capabilities.KubeVersion) | b64enc }}");
        Expr semver = new Expr.Call("semver", List.of(new Expr.Atom("\"1.2.3\"")), false);
        assertThat(new Expr.Call("sha1sum", List.of(new Expr.Call("printf", List.of(new Expr.Atom("\"%d\""),
            new Expr.Call("list", List.of(semver), false)), false)), false).text())
            .isEqualTo("(sha1sum (printf \"%d\" (list (semver \"1.2.3\").String)))");
    }

    @Test
    void outputsThatDifferOnlyInHeapAddressesAgree() {
        Outcome a = Outcome.rendered("r: \"" + b64("[map[Capabilities:0xc000123450 x:1]]") + "\"");
        Outcome b = Outcome.rendered("r: \"" + b64("[map[Capabilities:0xc00a1b2c30 x:1]]") + "\"");
        Outcome c = Outcome.rendered("r: \"" + b64("[map[Capabilities:0xc00a1b2c30 x:2]]") + "\"");
        Outcome go = Outcome.rendered("r: \"" + b64("[map[Capabilities:0x1d0bdfa8f0 x:1]]") + "\"");
        Outcome d = Outcome.rendered("r: \"" + b64("0x123456789a") + "\"");
        Outcome e = Outcome.rendered("r: \"" + b64("0x123456789b") + "\"");
        assertThat(a.agrees(b)).isTrue();
        assertThat(a.agrees(go)).as("Go's heap may lie elsewhere").isTrue();
        assertThat(go.agrees(a)).isTrue();
        assertThat(a.agrees(c)).isFalse();
        assertThat(d.agrees(e)).as("other hex numbers are compared").isFalse();
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
