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
}
