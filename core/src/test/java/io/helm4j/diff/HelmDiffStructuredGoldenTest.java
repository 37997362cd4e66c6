package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --output structured} against the helm-diff plugin's own: the YAML files of
 * {@code src/test/resources/io/helm4j/diff/helm-diff-structured} are the manifests of helm-diff's tests
 * ({@code diff/diff_test.go} at v3.15.11, commit d01cb21: {@code TestStructuredOutputModify},
 * {@code TestStructuredOutputAddAndRemove}, {@code TestStructuredOutputSuppressedKind}, and the
 * {@code ComplexNestedStructuresForJSONPatch} and {@code ArrayChangesInStructuredOutput} cases of
 * {@code TestStructuredOutputAdditionalScenarios}); each {@code .json} is what helm-diff's {@code diff/structured.go}
 * of that commit (its {@code buildStructuredEntry}, encoded as its {@code printStructuredReport} does) printed for
 * them, run outside this repository, not written by us. The values helm-diff's tests assert (8 changes of the
 * Deployment, their paths and values) are in those files.
 */
class HelmDiffStructuredGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/io/helm4j/diff/helm-diff-structured");

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("modify-old.yaml", "modify-new.yaml", "prod", "", "modify.json"),
                Arguments.of("", "job.yaml", "ops", "", "add.json"), Arguments.of("job.yaml", "", "ops", "", "remove.json"),
                Arguments.of("secret-old.yaml", "secret-new.yaml", "default", "Secret", "secret-suppressed.json"),
                Arguments.of("configmap-old.yaml", "configmap-new.yaml", "default", "", "configmap.json"),
                Arguments.of("env-old.yaml", "env-new.yaml", "prod", "", "env.json"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void printsWhatHelmDiffPrints(String before, String after, String namespace, String suppress, String expected)
            throws IOException {
        ChangeSet set = ChangeSetEngine.manifests(read(before), read(after), namespace,
                new DiffSettings(false, suppress.isEmpty() ? Set.of() : Set.of(suppress), false));
        assertThat(ChangeSetFormat.render(set, "structured", -1)).isEqualTo(read(expected));
    }

    private static String read(String name) throws IOException {
        return name.isEmpty() ? "" : Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }
}
