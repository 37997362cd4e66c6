package io.helm4j.action;

import io.helm4j.chart.common.KubeVersion;
import io.helm4j.lint.LintConfig;
import io.helm4j.values.ValueOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code helm lint} takes, immutable. {@code paths} are the charts as the user named
 * them (directories or archives, relative to the action's working directory); none means ".".
 * {@code kubeVersion} is null for Helm's default. {@code deprecationBaseline} is the Kubernetes
 * version deprecations are checked against when no {@code kubeVersion} is given (null: Helm 4's
 * released default; {@link LintConfig#UNLINKED_BASELINE}: as Helm's own tests build it).
 */
public record LintOptions(List<String> paths, boolean strict, boolean withSubcharts, boolean quiet,
        ValueOptions values, String kubeVersion, boolean skipSchemaValidation, String namespace,
        KubeVersion deprecationBaseline) {

    public LintOptions {
        paths = paths == null || paths.isEmpty() ? List.of(".") : List.copyOf(paths);
        values = values == null ? ValueOptions.none() : values;
        namespace = namespace == null ? "default" : namespace;
        if (kubeVersion != null && kubeVersion.isEmpty()) {
            kubeVersion = null;
        }
    }

    /** The same options, deprecations checked against {@code baseline} when no Kubernetes version is given. */
    public LintOptions withDeprecationBaseline(KubeVersion baseline) {
        return new LintOptions(paths, strict, withSubcharts, quiet, values, kubeVersion, skipSchemaValidation, namespace,
                baseline);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder for the options. */
    public static final class Builder {
        private final List<String> paths = new ArrayList<>();
        private boolean strict;
        private boolean withSubcharts;
        private boolean quiet;
        private ValueOptions values = ValueOptions.none();
        private String kubeVersion;
        private boolean skipSchemaValidation;
        private String namespace = "default";
        private KubeVersion deprecationBaseline;

        public Builder paths(List<String> v) { paths.addAll(v); return this; }
        public Builder path(String v) { paths.add(v); return this; }
        public Builder strict(boolean v) { strict = v; return this; }
        public Builder withSubcharts(boolean v) { withSubcharts = v; return this; }
        public Builder quiet(boolean v) { quiet = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder kubeVersion(String v) { kubeVersion = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder deprecationBaseline(KubeVersion v) { deprecationBaseline = v; return this; }

        public LintOptions build() {
            return new LintOptions(paths, strict, withSubcharts, quiet, values, kubeVersion, skipSchemaValidation,
                    namespace, deprecationBaseline);
        }
    }
}
