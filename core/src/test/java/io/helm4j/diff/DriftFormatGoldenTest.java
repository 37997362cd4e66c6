package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.ResourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A drift report in each format against its golden file: a drifted Deployment (one field changed by
 * {@code kubectl scale}, one ignored), a Secret (masked), an object deleted by hand, an orphan and one in sync.
 * helm4j's own layout (no reference program has drift); regenerate with {@code -Dgolden.update=true}.
 */
class DriftFormatGoldenTest {
    private static final Path GOLDENS = Path.of("src/test/resources/io/helm4j/diff/golden");

    static DriftReport report() {
        GroupVersionKind deploy = new GroupVersionKind("apps", "v1", "Deployment");
        GroupVersionKind cm = new GroupVersionKind("", "v1", "ConfigMap");
        GroupVersionKind secret = new GroupVersionKind("", "v1", "Secret");
        return new DriftReport("web", "prod", 3, List.of(
                new ObjectDrift(new ResourceRef(deploy, "prod", "web"), DriftState.DRIFTED,
                        List.of(new FieldDrift(".spec.template.spec.containers[name=\"web\"].image", "nginx:1.25",
                                "nginx:1.26", List.of("kubectl-set (Update)"), null)),
                        List.of(new FieldDrift(".spec.replicas", 2L, 5L, List.of("kubectl (Update, scale)"),
                                "scaled by HorizontalPodAutoscaler web"))),
                new ObjectDrift(new ResourceRef(secret, "prod", "web-secret"), DriftState.DRIFTED,
                        List.of(new FieldDrift(".data.password", SecretMask.OLD, SecretMask.CHANGED,
                                List.of("kubectl-patch (Update)"), null), new FieldDrift(".data.user", SecretMask.OLD,
                                SecretMask.CHANGED, List.of(), null)), List.of()),
                new ObjectDrift(new ResourceRef(cm, "prod", "web-cm"), DriftState.DELETED, List.of(), List.of()),
                new ObjectDrift(new ResourceRef(cm, "prod", "web-old"), DriftState.ORPHANED, List.of(), List.of()),
                new ObjectDrift(new ResourceRef(cm, "prod", "web-ok"), DriftState.IN_SYNC, List.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "yaml"})
    void rendersAsItsGoldenFile(String format) throws IOException {
        String actual = DriftFormat.render(report(), format);
        Path golden = GOLDENS.resolve("drift-" + format + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
