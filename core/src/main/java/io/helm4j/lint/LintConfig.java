package io.helm4j.lint;

import io.helm4j.engine.KubeVersion;
import io.helm4j.gotemplate.FuncMap;
import java.util.Objects;

/**
 * How to lint: the namespace templates are rendered in, the Kubernetes version for capabilities and
 * deprecation checks (null: Helm's defaults), whether to skip JSON schema validation, and the
 * template function library (Sprig) the engine renders with.
 */
public record LintConfig(String namespace, KubeVersion kubeVersion, boolean skipSchemaValidation, FuncMap library) {
    public LintConfig {
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(library, "library");
    }
}
