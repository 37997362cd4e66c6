package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.diff.DiffSettings;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.values.UpgradeValues;
import io.helm4j.values.ValueOptions;

/**
 * What {@code helm4j diff} takes, immutable. {@code mode} says what is compared with what:
 * <ul>
 * <li>{@code INSTALL}: the cluster now, and {@code chart} installed as {@code release};</li>
 * <li>{@code UPGRADE}: the cluster now, and {@code release} upgraded to {@code chart} (values as {@code upgrade}
 * takes them: {@code values} and {@code valuesMode}); {@code installIfMissing} compares as an install when the
 * release has no deployed revision;</li>
 * <li>{@code ROLLBACK}: the cluster now, and {@code release} rolled back to {@code revision};</li>
 * <li>{@code REVISION}: the manifests of {@code release} at {@code revision} and at {@code otherRevision}
 * (0: the latest);</li>
 * <li>{@code RELEASE}: the manifests of {@code release} and {@code otherRelease}.</li>
 * </ul>
 * {@code clientOnly} ({@code --dry-run=client}) compares manifests without asking the cluster; REVISION and
 * RELEASE always do. Build with {@link #builder()}.
 */
public record DiffOptions(Mode mode, String release, String otherRelease, String chart, String namespace,
        ValueOptions values, UpgradeValues.Mode valuesMode, int revision, int otherRevision, boolean clientOnly,
        boolean installIfMissing, boolean skipSchemaValidation, PostRenderer postRenderer, DiffSettings settings) {

    /** What is compared. */
    public enum Mode { INSTALL, UPGRADE, ROLLBACK, REVISION, RELEASE }

    public DiffOptions {
        if (mode == null) {
            throw new UsageException("diff needs a mode");
        }
        if (release == null || release.isEmpty()) {
            throw new UsageException("release name is required");
        }
        otherRelease = otherRelease == null ? "" : otherRelease;
        chart = chart == null ? "" : chart;
        namespace = namespace == null ? "" : namespace;
        values = values == null ? ValueOptions.none() : values;
        valuesMode = valuesMode == null ? UpgradeValues.Mode.DEFAULT : valuesMode;
        settings = settings == null ? DiffSettings.defaults() : settings;
        if ((mode == Mode.INSTALL || mode == Mode.UPGRADE) && chart.isEmpty()) {
            throw new UsageException("a chart is required");
        }
        if (mode == Mode.RELEASE && otherRelease.isEmpty()) {
            throw new UsageException("diff release needs two releases");
        }
        if ((mode == Mode.ROLLBACK || mode == Mode.REVISION) && revision <= 0) {
            throw new UsageException("a revision (a positive number) is required");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder. */
    public static final class Builder {
        private Mode mode;
        private String release;
        private String otherRelease;
        private String chart;
        private String namespace;
        private ValueOptions values;
        private boolean reuseValues;
        private boolean resetValues;
        private boolean resetThenReuseValues;
        private int revision;
        private int otherRevision;
        private boolean clientOnly;
        private boolean installIfMissing;
        private boolean skipSchemaValidation;
        private PostRenderer postRenderer;
        private DiffSettings settings;

        public Builder mode(Mode v) { mode = v; return this; }
        public Builder release(String v) { release = v; return this; }
        public Builder otherRelease(String v) { otherRelease = v; return this; }
        public Builder chart(String v) { chart = v; return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder reuseValues(boolean v) { reuseValues = v; return this; }
        public Builder resetValues(boolean v) { resetValues = v; return this; }
        public Builder resetThenReuseValues(boolean v) { resetThenReuseValues = v; return this; }
        public Builder revision(int v) { revision = v; return this; }
        public Builder otherRevision(int v) { otherRevision = v; return this; }
        public Builder clientOnly(boolean v) { clientOnly = v; return this; }
        public Builder installIfMissing(boolean v) { installIfMissing = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder postRenderer(PostRenderer v) { postRenderer = v; return this; }
        public Builder settings(DiffSettings v) { settings = v; return this; }

        /**
         * The options; of {@code --reset-values}, {@code --reuse-values} and {@code --reset-then-reuse-values} the
         * first wins, as in {@link UpgradeOptions.Builder#build()} (Helm's {@code Upgrade.reuseValues}).
         */
        public DiffOptions build() {
            UpgradeValues.Mode vm = resetValues ? UpgradeValues.Mode.RESET : reuseValues ? UpgradeValues.Mode.REUSE
                    : resetThenReuseValues ? UpgradeValues.Mode.RESET_THEN_REUSE : UpgradeValues.Mode.DEFAULT;
            return new DiffOptions(mode, release, otherRelease, chart, namespace, values, vm, revision, otherRevision,
                    clientOnly, installIfMissing, skipSchemaValidation, postRenderer, settings);
        }
    }
}
