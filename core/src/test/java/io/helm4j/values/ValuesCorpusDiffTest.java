package io.helm4j.values;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The values of every corpus case, against the reference Helm. Opt-in: build the values-only corpus with
 * values/corpus/prepare.py, then run with {@code -Dhelm4j.values.corpus=DIR}.
 */
class ValuesCorpusDiffTest {

    @TestFactory
    Stream<DynamicTest> corpusValuesMatchTheReference() throws IOException {
        String dir = System.getProperty("helm4j.values.corpus");
        assumeTrue(dir != null && !dir.isEmpty(), "set -Dhelm4j.values.corpus to run");
        Path root = Path.of(dir);
        List<Path> cases;
        try (Stream<Path> s = Files.list(root.resolve("cases"))) {
            cases = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> ValuesOracleDiffTest.check(root, c, root.resolve("expected"), false)));
    }
}
