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
}
