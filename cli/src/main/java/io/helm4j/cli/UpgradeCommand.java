package io.helm4j.cli;

import static io.helm4j.cli.ReleaseFlags.on;

import io.helm4j.Helm4jException;
import io.helm4j.UsageException;
import io.helm4j.action.ActionContext;
import io.helm4j.action.InstallFailedException;
import io.helm4j.action.PlanUpgrade;
import io.helm4j.action.PlanUpgradeOptions;
import io.helm4j.action.UpgradePlan;
import io.helm4j.action.Upgrade;
import io.helm4j.action.UpgradeOptions;
import io.helm4j.action.UpgradeOptions.Builder;
import io.helm4j.action.UpgradeResult;
import java.io.PrintWriter;
import java.util.List;

/** {@code helm4j upgrade [RELEASE] [CHART]}: upgrade a release (or install it with {@code --install}), as Helm 4. */
public final class UpgradeCommand extends HelmCommand<Builder> {
    /** Whether {@code --dry-run}'s deprecation warning was printed (at most once a run). */
    private boolean dryRunWarned;
    private final ChartPathFlags chartPath;
    private final Flag<Boolean> install;
    private final Flag<Boolean> createNamespace;
    private final Flag<Boolean> forceReplace;
    private final Flag<Boolean> force;
    private final Flag<Boolean> forceConflicts;
    private final Flag<String> serverSide;
    private final Flag<Boolean> resetValues;
    private final Flag<Boolean> reuseValues;
    private final Flag<Boolean> resetThenReuseValues;
    private final Flag<Boolean> rollbackOnFailure;
    private final Flag<Boolean> atomic;
    private final Flag<Integer> historyMax;
    private final Flag<Boolean> cleanupOnFail;
    private final Flag<Boolean> hideNotes;
    private final Flag<List<String>> labels;
    private final Flag<String> description;
    private final Flag<Boolean> takeOwnership;
    private final Flag<Boolean> skipCrds;
    private final Flag<Boolean> hideSecret;
    private final Flag<String> dryRun;
    private final Flag<String> output;
    private final WaitFlags wait;
    private final Flag<Boolean> plan;
    private final Flag<Boolean> yes;
    private final Flag<List<String>> templateFuncs;

    UpgradeCommand() {
        super("upgrade [RELEASE] [CHART]", "upgrade a release");
        createNamespace = flags.bool("--create-namespace", "if --install is set, create the release namespace if not "
                + "present", null);
        install = flags.bool("-i, --install", "if a release by this name doesn't already exist, run an install", null);
        hideSecret = flags.bool("--hide-secret", "hide Kubernetes Secrets when also using the --dry-run flag", null);
        forceReplace = flags.bool("--force-replace", "force resource updates by replacement", null);
        force = flags.bool("--force", "deprecated", null).deprecated("use --force-replace instead");
        forceConflicts = flags.bool("--force-conflicts", "if set server-side apply will force changes against "
                + "conflicts", null);
        serverSide = ReleaseFlags.serverSide(flags);
        flags.bool("--no-hooks", "disable pre/post upgrade hooks", Builder::disableHooks);
        flags.bool("--disable-openapi-validation", "if set, the upgrade process will not validate rendered templates "
                + "against the Kubernetes OpenAPI Schema", null);
        skipCrds = flags.bool("--skip-crds", "if set, no CRDs will be installed when an upgrade is performed with "
                + "install flag enabled. By default, CRDs are installed if not already present, when an upgrade is "
                + "performed with install flag enabled", null);
        resetValues = flags.bool("--reset-values", "when upgrading, reset the values to the ones built into the chart",
                null);
        reuseValues = flags.bool("--reuse-values", "when upgrading, reuse the last release's values and merge in any "
                + "overrides from the command line via --set and -f. If '--reset-values' is specified, this is ignored",
                null);
        resetThenReuseValues = flags.bool("--reset-then-reuse-values", "when upgrading, reset the values to the ones "
                + "built into the chart, apply the last release's values and merge in any overrides from the command "
                + "line via --set and -f. If '--reset-values' or '--reuse-values' is specified, this is ignored", null);
        rollbackOnFailure = flags.bool("--rollback-on-failure", "if set, Helm will rollback the upgrade to previous "
                + "success release upon failure. The --wait flag will be defaulted to \"watcher\" if "
                + "--rollback-on-failure is set", null);
        atomic = flags.bool("--atomic", "deprecated", null).deprecated("use --rollback-on-failure instead");
        historyMax = ReleaseFlags.historyMax(flags);
        cleanupOnFail = flags.bool("--cleanup-on-fail", "allow deletion of new resources created in this upgrade when "
                + "upgrade fails", null);
        flags.bool("--render-subchart-notes", "if set, render subchart notes along with the parent", Builder::subNotes);
        hideNotes = flags.bool("--hide-notes", "if set, do not show notes in upgrade output. Does not affect presence "
                + "in chart metadata", null);
        flags.bool("--skip-schema-validation", "if set, disables JSON schema validation", Builder::skipSchemaValidation);
        labels = flags.stringToString("-l, --labels", "Labels that would be added to release metadata. Should be "
                + "separated by comma. Original release labels will be merged with upgrade labels. You can unset label "
                + "using null.", null);
        description = flags.string("--description", "add a custom description", null);
        flags.bool("--dependency-update", "update dependencies if they are missing before installing the chart", null);
        flags.bool("--enable-dns", "enable DNS lookups when rendering templates", Builder::enableDns);
        takeOwnership = flags.bool("--take-ownership", "if set, upgrade will ignore the check for helm annotations and "
                + "take ownership of the existing resources", null);
        dryRun = ReleaseFlags.dryRun(flags);
        chartPath = ChartPathFlags.declare(flags);
        ValuesFlags.declare(flags, Builder::values);
        output = OutputFormat.flag(flags);
        flags.stringArray("--post-renderer", "the name of a postrenderer type plugin to be used for post rendering. If "
                + "it exists, the plugin will be used", null).typeName("postRendererString").defValue("");
        flags.stringArray("--post-renderer-args", "an argument to the post-renderer (can specify multiple)", null)
                .typeName("postRendererArgsSlice");
        wait = WaitFlags.declare(flags);
        // beyond Helm: listed in helm4j's help, not when run as helm (README: "upgrade --plan")
        plan = flags.bool("--plan", "(helm4j) print what the upgrade changes, as the API server computes it, ask for "
                + "confirmation, then apply exactly that plan; refused if the release or one of its objects changed in "
                + "between. With --install, plans the install of a release that does not exist", null).beyondHelm();
        yes = flags.bool("--yes", "(helm4j) with --plan, apply the plan without asking (needed without a terminal)",
                null).beyondHelm();
        templateFuncs = TemplateFuncFlags.declare(flags);
        flags.exclusive(forceReplace, forceConflicts);
        flags.exclusive(force, forceConflicts);
    }

    @Override
    int execute() {
        flags.check();
        wait.warnDeprecated(err());
        HelmArgs.exactly(this, 2);
        toOptions(); // Helm checks the flags before it looks for the chart
        UpgradeOptions options = toOptions(chartPath.locate(this, args.get(1)));
        RootCommand.printGetterWarnings(spec.commandLine()); // Helm's getter.All: the plugins' warnings again

        String format = OutputFormat.parse(output.value()).flagValue();
        boolean table = format.equals("table");
        if (on(yes) && !on(plan)) {
            throw new UsageException("--yes confirms a plan: use it with --plan");
        }
        UpgradeResult result;
        UpgradePlan planned = null;
        try {
            ActionContext context = TemplateFuncFlags.apply(this, SdkContext.withCluster(spec), templateFuncs,
                    !on(plan) && options.dryRun() == io.helm4j.action.DryRun.NONE).build();
            if (on(plan)) {
                planned = new PlanUpgrade(context).run(new PlanUpgradeOptions(options, null)).plan();
                PrintWriter planOut = table ? out() : err(); // -o json|yaml: stdout carries one document, at the end
                planOut.print(UpgradePlanPrompt.render(planned));
                planOut.flush();
                if (!UpgradePlanPrompt.confirm(on(yes), UpgradePlanPrompt.terminal(), err())) {
                    printPlan(planned, null, format);
                    return 1;
                }
                options = options.withPlan(planned);
            }
            Upgrade action = new Upgrade(context);
            UpgradeOptions chosen = options;
            // Helm says the release does not exist before it installs, and its install's error has no prefix
            String installing = table ? "Release \"" + options.releaseName() + "\" does not exist. Installing it now.\n" : "";
            result = Interrupts.cancellable(out(), err(), options.releaseName(),
                    () -> action.installs() ? installing : "", () -> action.installs() ? "" : "UPGRADE FAILED: ",
                    action::cancel, () -> action.run(chosen));
        } catch (UsageException e) {
            throw e;
        } catch (Helm4jException e) {
            printPlan(planned, null, format);
            if (e instanceof InstallFailedException && table) { // Helm says so before it installs
                out().println("Release \"" + options.releaseName() + "\" does not exist. Installing it now.");
                out().flush();
            }
            // Helm 4's upgrade returns its install's error as it is (only "helm install" says INSTALLATION FAILED)
            // nor the error of the history it reads first with --install (Helm's IsReachable comes first there)
            boolean history = options.install() && e instanceof io.helm4j.kube.ClusterUnreachableException;
            String what = e instanceof InstallFailedException || history ? "" : "UPGRADE FAILED: ";
            throw new Helm4jException(what + e.getMessage(), e);
        }
        PrintWriter out = out();
        if (table) {
            if (result.installed()) {
                out.println("Release \"" + options.releaseName() + "\" does not exist. Installing it now.");
            } else {
                out.println("Release \"" + options.releaseName() + "\" has been upgraded. Happy Helming!");
            }
        }
        if (planned != null && !table) {
            printPlan(planned, result.release(), format);
            return 0;
        }
        ReleasePrinter.print(out, result.release(), format,
                ReleaseFlags.showsManifests(result.release(), settings().debug()), on(hideNotes));
        return 0;
    }

    /**
     * {@code --plan} under {@code -o json|yaml}: one document on stdout, {@code {"plan": ..., "release": ...}}, the
     * release as {@code upgrade -o json|yaml} prints it, absent when the plan was not applied.
     */
    private void printPlan(UpgradePlan p, io.helm4j.release.Release applied, String format) {
        if (p == null || format.equals("table")) {
            return;
        }
        java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("plan", UpgradePlanPrompt.tree(p));
        if (applied != null) {
            doc.put("release", io.helm4j.yaml.GoYaml.load(io.helm4j.release.ReleaseCodec.toJson(applied)));
        }
        out().print(format.equals("json") ? io.helm4j.yaml.GoYaml.toJson(doc) + "\n" : io.helm4j.yaml.GoYaml.toYaml(doc));
        out().flush();
    }

    UpgradeOptions toOptions() {
        return toOptions(args.get(1));
    }

    private UpgradeOptions toOptions(String chart) {
        Builder b = flags.fill(UpgradeOptions.builder()).releaseName(args.get(0)).chart(chart)
                .namespace(settings().namespace());
        b.install(on(install)).createNamespace(on(createNamespace)).hideSecret(on(hideSecret));
        b.forceReplace(on(forceReplace) || on(force)).forceConflicts(on(forceConflicts));
        b.serverSide(ReleaseFlags.serverSide(serverSide));
        b.resetValues(on(resetValues)).reuseValues(on(reuseValues)).resetThenReuseValues(on(resetThenReuseValues));
        b.rollbackOnFailure(on(rollbackOnFailure) || on(atomic)).cleanupOnFail(on(cleanupOnFail));
        b.historyMax(ReleaseFlags.historyMax(historyMax, settings()));
        b.labels(ReleaseFlags.labels(labels.value())).description(description.value());
        b.takeOwnership(on(takeOwnership)).skipCrds(on(skipCrds));
        // the options are made twice (flags checked, then the chart located): Helm warns once
        b.dryRun(dryRunWarned ? ReleaseFlags.dryRun(dryRun) : ReleaseFlags.dryRun(dryRun, err()));
        dryRunWarned = true;
        return wait.applyTo(b).build();
    }
}
