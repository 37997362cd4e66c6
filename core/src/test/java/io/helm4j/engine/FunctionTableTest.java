package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.internal.engine.funcs.SprigFunctions;
import io.helm4j.gotemplate.FuncMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The template functions are exactly Helm 4.3.2's: Sprig v3.3.0's map without env and expandenv, with
 * Helm's own over it, as read from their sources (src/test/resources/engine/function-table.sh).
 */
class FunctionTableTest {
    @Test
    void theFunctionNamesAreHelm4s() throws IOException {
        TreeSet<String> expected = new TreeSet<>(Files.readAllLines(
                Path.of("src/test/resources/engine/helm-4.3.2-functions.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        FuncMap independent = HelmFunctions.functionsIndependentOfTemplate(
                SprigFunctions.create(Clock.systemUTC(), new SplittableRandom(1)), false, false,
                io.helm4j.kube.ClusterReader.EMPTY);
        TreeSet<String> actual = new TreeSet<>(independent.asMap().keySet());
        actual.addAll(HelmFunctions.templateFunctions(null, new java.util.HashMap<>(), false).asMap().keySet());
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /**
     * Each function takes the parameters Go's does ({@code helm-4.3.2-signatures.tsv}, read by reflection from
     * Helm 4.3.2 and its Sprig by signatures.sh), so arity and type errors are Go's. Functions helm4j declares
     * with Go's types are compared type by type; the few declared untyped (interface {} in helm4j where Go has
     * a type the checker cannot express) are listed in UNTYPED_HERE with their Go types and compared by arity.
     */
    @Test
    void everyFunctionTakesGosParameters() throws IOException {
        java.util.Map<String, String> go = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/engine/helm-4.3.2-signatures.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                go.put(f[0], "(" + f[1] + ")");
            }
        }
        FuncMap all = new FuncMap().putAll(HelmFunctions.functionsIndependentOfTemplate(
                SprigFunctions.create(Clock.systemUTC(), new SplittableRandom(1)), false, false,
                io.helm4j.kube.ClusterReader.EMPTY));
        all.putAll(HelmFunctions.templateFunctions(null, new java.util.HashMap<>(), false));
        java.util.List<String> differences = new java.util.ArrayList<>();
        go.forEach((name, params) -> {
            FuncMap.Entry e = all.get(name);
            String ours = e == null ? "missing" : e.signature().toString();
            if (!ours.equals(params)) {
                differences.add(name + ": Go " + params + ", helm4j " + ours);
            }
        });
        assertThat(differences).isEmpty();
    }
}
