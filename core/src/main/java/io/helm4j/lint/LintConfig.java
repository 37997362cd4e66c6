package io.helm4j.lint;

import io.helm4j.chart.common.KubeVersion;
import io.helm4j.gotemplate.FuncMap;
import java.util.Objects;

/**
 * How to lint: the namespace templates are rendered in, the Kubernetes version for capabilities and
 * deprecation checks (null: Helm's defaults), whether to skip JSON schema validation, the template
 * function library (Sprig) the engine renders with, and {@code deprecationBaseline}: the version
 * deprecated APIs are checked against when no Kubernetes version is given.
 *
 * <p>A released Helm 4 binary checks deprecations against the Kubernetes version it was built with (its
 * Makefile links the client-go version into the lint rules), the same version as its default capabilities;
 * null here means that ({@link KubeVersion#DEFAULT}). A Helm built without those link flags, as its own
 * tests and the reference library are, falls back to v1.20: pass {@link #UNLINKED_BASELINE} to reproduce it.
 */
public record LintConfig(String namespace, KubeVersion kubeVersion, boolean skipSchemaValidation, FuncMap library,
        KubeVersion deprecationBaseline) {
    /** Helm's {@code k8sVersionMajor/Minor} defaults when the build does not set them: v1.20. */
    public static final KubeVersion UNLINKED_BASELINE = new KubeVersion("v1.20.0", "1", "20");

    public LintConfig {
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(library, "library");
    }

    /** With Helm 4's released deprecation baseline. */
    public LintConfig(String namespace, KubeVersion kubeVersion, boolean skipSchemaValidation, FuncMap library) {
        this(namespace, kubeVersion, skipSchemaValidation, library, null);
    }

    /** The version deprecated APIs are checked against: the given one, else the baseline. */
    public KubeVersion deprecationVersion() {
        if (kubeVersion != null) {
            return kubeVersion;
        }
        return deprecationBaseline == null ? KubeVersion.DEFAULT : deprecationBaseline;
    }
}
