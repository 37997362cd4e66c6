package io.helm4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference data lives: the corpus and the reference Helm (both optional). */
final class HelmTestData {
    private static final String SHARED = System.getProperty("helm4j.shared", "../../shared");
    static final Path CORPUS = Path.of(System.getProperty("helm4j.corpus",
            System.getenv().getOrDefault("HELM4J_CORPUS", SHARED + "/corpus"))).toAbsolutePath().normalize();
    /** Helm's cmd/helm directory of v3.21.0: the working directory of Helm's own command tests. */
    static final Path HELM_CMD = CORPUS.resolve("helm-testdata/v3.21.0/cmd/helm");
    static final Path TESTCHARTS = HELM_CMD.resolve("testdata/testcharts");
    static final Path ORACLE = Path.of(System.getenv().getOrDefault("HELM_ORACLE", SHARED + "/oracle/helm-oracle"));
    /** Why a test needing the corpus is skipped. */
    static final String NO_CORPUS = "skipped: Helm's test charts (" + TESTCHARTS + ") are absent";
    /** Why a test needing the reference Helm is skipped. */
    static final String NO_ORACLE = "skipped: the reference Helm (" + ORACLE + ") is absent";

    private HelmTestData() {
    }

    static boolean corpusPresent() {
        return Files.isDirectory(TESTCHARTS);
    }

    static boolean oraclePresent() {
        return Files.isExecutable(ORACLE);
    }

    /** A chart id of the show-oracle files: {@code testcharts__NAME} or {@code corpus__NAME}. */
    static Path chart(String id) {
        if (id.startsWith("testcharts__")) {
            return TESTCHARTS.resolve(id.substring("testcharts__".length()));
        }
        return CORPUS.resolve("charts").resolve(id.substring("corpus__".length()));
    }
}
