package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.values.ValueOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code helm install} takes, immutable. {@code args} are {@code [NAME] CHART};
 * {@code namespace} "" means the client's (kubeconfig context's) namespace. {@code waitStrategy} is Helm 4's {@code --wait}
 * strategy: {@code watcher} or {@code legacy} ask for the resources to be ready (with
 * {@code waitForJobs}, Jobs complete) before the release is marked deployed, within {@code timeout},
 * which also bounds hooks; {@code hookOnly} (the default) waits for hooks only. {@code rollbackOnFailure}
 * uninstalls a release whose install failed, and makes {@code hookOnly} wait as {@code watcher} (as Helm 4 does).
 * Build with {@link #builder()}, which rejects contradictory combinations.
 */
public record InstallOptions(
        List<String> args,
        String namespace,
        ValueOptions values,
        boolean generateName,
        String nameTemplate,
        boolean createNamespace,
        DryRun dryRun,
        String description,
        boolean skipCrds,
        boolean disableHooks,
        Map<String, String> labels,
        WaitStrategy waitStrategy,
        boolean waitForJobs,
        Duration timeout,
        boolean takeOwnership,
        boolean forceConflicts,
        boolean skipSchemaValidation,
        boolean enableDns,
        boolean subNotes,
        PostRenderer postRenderer,
        boolean rollbackOnFailure,
        boolean replace,
        boolean serverSide) {

    public InstallOptions {
        args = List.copyOf(args);
        namespace = namespace == null ? "" : namespace;
        values = values == null ? ValueOptions.none() : values;
        dryRun = dryRun == null ? DryRun.NONE : dryRun;
        description = description == null ? "" : description;
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        waitStrategy = waitStrategy == null ? WaitStrategy.HOOK_ONLY : waitStrategy;
    }

    /** Whether the resources are waited for ({@code --wait} other than {@code hookOnly}). */
    public boolean waitForResources() {
        return waitStrategy != WaitStrategy.HOOK_ONLY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder; {@link #build()} checks the combination. */
    public static final class Builder extends WaitingBuilder<Builder> {
        private final List<String> args = new ArrayList<>();
        private String namespace = "";
        private ValueOptions values = ValueOptions.none();
        private boolean generateName;
        private String nameTemplate;
        private boolean createNamespace;
        private DryRun dryRun = DryRun.NONE;
        private String description = "";
        private boolean skipCrds;
        private boolean disableHooks;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private boolean takeOwnership;
        private boolean forceConflicts;
        private boolean skipSchemaValidation;
        private boolean enableDns;
        private boolean subNotes;
        private PostRenderer postRenderer;
        private boolean rollbackOnFailure;
        private boolean replace;
        private boolean serverSide = true;

        public Builder args(List<String> v) { args.addAll(v); return this; }
        public Builder releaseName(String v) { args.add(0, v); return this; }
        public Builder chart(String v) { args.add(v); return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder generateName(boolean v) { generateName = v; return this; }
        public Builder nameTemplate(String v) { nameTemplate = v; return this; }
        public Builder createNamespace(boolean v) { createNamespace = v; return this; }
        public Builder dryRun(DryRun v) { dryRun = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder skipCrds(boolean v) { skipCrds = v; return this; }
        public Builder disableHooks(boolean v) { disableHooks = v; return this; }
        public Builder labels(Map<String, String> v) { labels.putAll(v); return this; }
        public Builder takeOwnership(boolean v) { takeOwnership = v; return this; }
        public Builder forceConflicts(boolean v) { forceConflicts = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder enableDns(boolean v) { enableDns = v; return this; }
        public Builder subNotes(boolean v) { subNotes = v; return this; }
        public Builder postRenderer(PostRenderer v) { postRenderer = v; return this; }
        /** {@code --rollback-on-failure} (and {@code --atomic}): a failed install is uninstalled. */
        public Builder rollbackOnFailure(boolean v) { rollbackOnFailure = v; return this; }
        /** {@code --replace}: reuse the name of a release whose last revision is uninstalled or failed. */
        public Builder replace(boolean v) { replace = v; return this; }
        /**
         * {@code --server-side} (default true): objects server-side applied, or, when false, created client-side
         * (a POST, the field manager {@code helm} with operation Update) and the release recorded as {@code csa}.
         */
        public Builder serverSide(boolean v) { serverSide = v; return this; }

        public InstallOptions build() {
            if (args.isEmpty()) {
                throw new UsageException("\"helm install\" requires at least 1 argument");
            }
            if (args.size() > 2) {
                throw new UsageException("expected at most two arguments, unexpected arguments: "
                        + String.join(", ", args.subList(2, args.size())));
            }
            if (args.size() == 2 && generateName) {
                throw new UsageException("cannot set --generate-name and also specify a name");
            }
            if (args.size() == 1 && !generateName && (nameTemplate == null || nameTemplate.isEmpty())) {
                throw new UsageException("must either provide a name or specify --generate-name");
            }
            Duration timeout = timeout(true);
            return new InstallOptions(args, namespace, values, generateName, nameTemplate, createNamespace, dryRun,
                    description, skipCrds, disableHooks, labels,
                    waitStrategy(rollbackOnFailure), waitForJobs(), timeout, takeOwnership, forceConflicts,
                    skipSchemaValidation, enableDns, subNotes, postRenderer, rollbackOnFailure, replace, serverSide);
        }
    }
}
