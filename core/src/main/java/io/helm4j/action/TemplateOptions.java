package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.values.ValueOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code helm template} takes, immutable. Build with {@link #builder()}; the builder
 * rejects contradictory combinations. {@code args} are the command's positional arguments
 * ({@code [NAME] CHART}); the release name and chart are resolved from them as Helm does.
 * {@code postRenderer} is null for none.
 */
public record TemplateOptions(
        List<String> args,
        String namespace,
        ValueOptions values,
        String kubeVersion,
        List<String> apiVersions,
        boolean includeCrds,
        boolean skipTests,
        boolean disableHooks,
        List<String> showOnly,
        Path outputDir,
        boolean useReleaseName,
        boolean isUpgrade,
        boolean generateName,
        String nameTemplate,
        boolean skipSchemaValidation,
        boolean enableDns,
        boolean subNotes,
        boolean debug,
        PostRenderer postRenderer,
        DryRun dryRun) {

    public TemplateOptions {
        args = List.copyOf(args);
        apiVersions = List.copyOf(apiVersions);
        showOnly = List.copyOf(showOnly);
        if (values == null) {
            values = ValueOptions.none();
        }
        if (namespace == null || namespace.isEmpty()) {
            namespace = "default";
        }
        if (dryRun == null || dryRun == DryRun.NONE) {
            dryRun = DryRun.CLIENT;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder; {@link #build()} checks the combination. */
    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private String namespace = "default";
        private ValueOptions values = ValueOptions.none();
        private String kubeVersion;
        private final List<String> apiVersions = new ArrayList<>();
        private boolean includeCrds;
        private boolean skipTests;
        private boolean disableHooks;
        private final List<String> showOnly = new ArrayList<>();
        private Path outputDir;
        private boolean useReleaseName;
        private boolean isUpgrade;
        private DryRun dryRun = DryRun.CLIENT;
        private boolean generateName;
        private String nameTemplate;
        private boolean skipSchemaValidation;
        private boolean enableDns;
        private boolean subNotes;
        private boolean debug;
        private PostRenderer postRenderer;

        public Builder args(List<String> v) { args.addAll(v); return this; }
        public Builder releaseName(String v) { args.add(0, v); return this; }
        public Builder chart(String v) { args.add(v); return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder values(ValueOptions v) { values = v; return this; }
        public Builder kubeVersion(String v) { kubeVersion = v; return this; }
        public Builder apiVersions(List<String> v) { apiVersions.addAll(v); return this; }
        public Builder includeCrds(boolean v) { includeCrds = v; return this; }
        public Builder skipTests(boolean v) { skipTests = v; return this; }
        public Builder disableHooks(boolean v) { disableHooks = v; return this; }
        public Builder showOnly(List<String> v) { showOnly.addAll(v); return this; }
        public Builder outputDir(Path v) { outputDir = v; return this; }
        public Builder useReleaseName(boolean v) { useReleaseName = v; return this; }
        public Builder isUpgrade(boolean v) { isUpgrade = v; return this; }
        public Builder generateName(boolean v) { generateName = v; return this; }
        public Builder nameTemplate(String v) { nameTemplate = v; return this; }
        public Builder skipSchemaValidation(boolean v) { skipSchemaValidation = v; return this; }
        public Builder enableDns(boolean v) { enableDns = v; return this; }
        public Builder subNotes(boolean v) { subNotes = v; return this; }
        public Builder debug(boolean v) { debug = v; return this; }
        public Builder postRenderer(PostRenderer v) { postRenderer = v; return this; }
        /** {@code --dry-run=server}: the cluster's capabilities, {@code lookup} and Helm's install checks. */
        public Builder dryRun(DryRun v) { dryRun = v; return this; }

        public TemplateOptions build() {
            if (args.isEmpty()) {
                throw new UsageException("\"helm template\" requires at least 1 argument");
            }
            if (args.size() > 2) {
                throw new UsageException("expected at most two arguments, unexpected arguments: "
                        + String.join(", ", args.subList(2, args.size())));
            }
            if (args.size() == 2 && generateName) {
                throw new UsageException("cannot set --generate-name and also specify a name");
            }
            if (args.size() == 2 && nameTemplate != null && !nameTemplate.isEmpty()) {
                throw new UsageException("cannot set --name-template and also specify a name");
            }
            return new TemplateOptions(args, namespace, values, kubeVersion, apiVersions, includeCrds, skipTests,
                    disableHooks, showOnly, outputDir, useReleaseName, isUpgrade, generateName, nameTemplate,
                    skipSchemaValidation, enableDns, subNotes, debug, postRenderer, dryRun);
        }
    }
}
