package io.helm4j.action;

import io.helm4j.values.ValueOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code helm lint} takes, immutable. {@code paths} are the charts as the user named
 * them (directories or archives, relative to the action's working directory); none means ".".
 * {@code kubeVersion} is null for Helm's default.
 */
public record LintOptions(List<String> paths, boolean strict, boolean withSubcharts, boolean quiet,
        ValueOptions values, String kubeVersion, boolean skipSchemaValidation, String namespace) {

    public LintOptions {
        paths = paths == null || paths.isEmpty() ? List.of(".") : List.copyOf(paths);
        values = values == null ? ValueOptions.none() : values;
        namespace = namespace == null ? "default" : namespace;
        if (kubeVersion != null && kubeVersion.isEmpty()) {
            kubeVersion = null;
        }
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

        public Builder paths(List<String> v) { paths.addAll(v); return this; }
        public Builder path(String v) { paths.add(v); return this; }
        public Builder strict(boolean v) { strict = v; return this; }
        public Builder withSubcharts(boolean v) { withSubcharts = v; return this; }
        public Builder quiet(boolean v) { quiet = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder kubeVersion(String v) { kubeVersion = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder namespace(String v) { namespace = v; return this; }

        public LintOptions build() {
            return new LintOptions(paths, strict, withSubcharts, quiet, values, kubeVersion, skipSchemaValidation,
                    namespace);
        }
    }
}
