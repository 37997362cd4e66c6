package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.values.UpgradeValues;
import io.helm4j.values.ValueOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything {@code helm upgrade RELEASE CHART} takes, immutable. {@code namespace} "" means the
 * client's namespace; {@code valuesMode} is which of {@code --reset-values}, {@code --reuse-values},
 * {@code --reset-then-reuse-values} rules (Helm's order of precedence, so at most one);
 * {@code install} runs an install when the release does not exist (or was uninstalled);
 * {@code historyMax} null keeps the storage's limit ({@code HELM_MAX_HISTORY}), 0 keeps every revision.
 * {@code serverSide} is {@code --server-side}: {@code AUTO} follows the release's recorded apply method.
 * {@code plan} (beyond Helm), when set, is a plan made by {@link PlanUpgrade} to apply as it is: nothing is
 * rendered again, and the upgrade is refused if the release or an object of the plan changed since.
 * Build with {@link #builder()}, which rejects contradictory combinations.
 */
public record UpgradeOptions(
        String releaseName,
        String chart,
        String namespace,
        ValueOptions values,
        UpgradeValues.Mode valuesMode,
        boolean install,
        boolean createNamespace,
        DryRun dryRun,
        boolean hideSecret,
        String description,
        boolean skipCrds,
        boolean disableHooks,
        Map<String, String> labels,
        WaitStrategy waitStrategy,
        boolean waitForJobs,
        Duration timeout,
        boolean takeOwnership,
        boolean forceConflicts,
        boolean forceReplace,
        ServerSide serverSide,
        Integer historyMax,
        boolean cleanupOnFail,
        boolean rollbackOnFailure,
        boolean skipSchemaValidation,
        boolean enableDns,
        boolean subNotes,
        PostRenderer postRenderer,
        UpgradePlan plan) {

    public UpgradeOptions {
        namespace = namespace == null ? "" : namespace;
        values = values == null ? ValueOptions.none() : values;
        valuesMode = valuesMode == null ? UpgradeValues.Mode.DEFAULT : valuesMode;
        dryRun = dryRun == null ? DryRun.NONE : dryRun;
        description = description == null ? "" : description;
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
        timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        waitStrategy = waitStrategy == null ? WaitStrategy.HOOK_ONLY : waitStrategy;
        serverSide = serverSide == null ? ServerSide.AUTO : serverSide;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These options, applying {@code p} (made by {@link PlanUpgrade} from these options) instead of rendering. */
    public UpgradeOptions withPlan(UpgradePlan p) {
        checkPlan(p, releaseName, dryRun);
        return new UpgradeOptions(releaseName, chart, namespace, values, valuesMode, install, createNamespace, dryRun,
                hideSecret, description, skipCrds, disableHooks, labels, waitStrategy, waitForJobs, timeout,
                takeOwnership, forceConflicts, forceReplace, serverSide, historyMax, cleanupOnFail, rollbackOnFailure,
                skipSchemaValidation, enableDns, subNotes, postRenderer, p);
    }

    private static void checkPlan(UpgradePlan p, String releaseName, DryRun dryRun) {
        if (p == null) {
            return;
        }
        if (!p.release().equals(releaseName)) {
            throw new UsageException("the plan is for release \"" + p.release() + "\", not \"" + releaseName + "\"");
        }
        if (dryRun != DryRun.NONE) {
            throw new UsageException("a plan cannot be applied as a dry run");
        }
    }

    /** A mutable builder; {@link #build()} checks the combination. */
    public static final class Builder extends WaitingBuilder<Builder> {
        private String releaseName;
        private String chart;
        private String namespace = "";
        private ValueOptions values = ValueOptions.none();
        private boolean resetValues;
        private boolean reuseValues;
        private boolean resetThenReuseValues;
        private boolean install;
        private boolean createNamespace;
        private DryRun dryRun = DryRun.NONE;
        private boolean hideSecret;
        private String description = "";
        private boolean skipCrds;
        private boolean disableHooks;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private boolean takeOwnership;
        private boolean forceConflicts;
        private boolean forceReplace;
        private ServerSide serverSide = ServerSide.AUTO;
        private Integer historyMax;
        private boolean cleanupOnFail;
        private boolean rollbackOnFailure;
        private boolean skipSchemaValidation;
        private boolean enableDns;
        private boolean subNotes;
        private PostRenderer postRenderer;
        private UpgradePlan plan;

        public Builder releaseName(String v) { releaseName = v; return this; }
        public Builder chart(String v) { chart = v; return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder resetValues(boolean v) { resetValues = v; return this; }
        public Builder reuseValues(boolean v) { reuseValues = v; return this; }
        public Builder resetThenReuseValues(boolean v) { resetThenReuseValues = v; return this; }
        public Builder install(boolean v) { install = v; return this; }
        public Builder createNamespace(boolean v) { createNamespace = v; return this; }
        public Builder dryRun(DryRun v) { dryRun = v; return this; }
        public Builder hideSecret(boolean v) { hideSecret = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder skipCrds(boolean v) { skipCrds = v; return this; }
        public Builder disableHooks(boolean v) { disableHooks = v; return this; }
        public Builder labels(Map<String, String> v) { labels.putAll(v); return this; }
        public Builder takeOwnership(boolean v) { takeOwnership = v; return this; }
        public Builder forceConflicts(boolean v) { forceConflicts = v; return this; }
        public Builder forceReplace(boolean v) { forceReplace = v; return this; }
        public Builder serverSide(ServerSide v) { serverSide = v; return this; }
        public Builder historyMax(Integer v) { historyMax = v; return this; }
        public Builder cleanupOnFail(boolean v) { cleanupOnFail = v; return this; }
        public Builder rollbackOnFailure(boolean v) { rollbackOnFailure = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder enableDns(boolean v) { enableDns = v; return this; }
        public Builder subNotes(boolean v) { subNotes = v; return this; }
        public Builder postRenderer(PostRenderer v) { postRenderer = v; return this; }
        public Builder plan(UpgradePlan v) { plan = v; return this; }

        public UpgradeOptions build() {
            if (releaseName == null || releaseName.isEmpty() || chart == null || chart.isEmpty()) {
                throw new UsageException("\"helm upgrade\" requires 2 arguments");
            }
            if (forceReplace && forceConflicts) {
                throw new UsageException("if any flags in the group [force-replace force-conflicts] are set none of "
                        + "the others can be; [force-conflicts force-replace] were all set");
            }
            Duration timeout = timeout(true);
            if (historyMax != null && historyMax < 0) {
                throw new UsageException("--history-max cannot be negative");
            }
            checkPlan(plan, releaseName, dryRun);
            // Helm's Upgrade.reuseValues: --reset-values wins, then --reuse-values, then --reset-then-reuse-values
            UpgradeValues.Mode mode = resetValues ? UpgradeValues.Mode.RESET
                    : reuseValues ? UpgradeValues.Mode.REUSE
                    : resetThenReuseValues ? UpgradeValues.Mode.RESET_THEN_REUSE
                    : UpgradeValues.Mode.DEFAULT;
            return new UpgradeOptions(releaseName, chart, namespace, values, mode, install, createNamespace, dryRun,
                    hideSecret, description, skipCrds, disableHooks, labels,
                    waitStrategy(rollbackOnFailure), waitForJobs(), timeout, takeOwnership,
                    forceConflicts, forceReplace, serverSide, historyMax, cleanupOnFail, rollbackOnFailure,
                    skipSchemaValidation, enableDns, subNotes, postRenderer, plan);
        }
    }
}
