package io.helm4j.cli;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The flags Helm's install, upgrade and template commands share ({@code addInstallFlags}), with the
 * values, chart-locating and waiting groups they include. {@code helm template} accepts them all,
 * though most only matter on a cluster: helm4j template accepts them too, checks their values as
 * Helm's flag library does, and passes on what changes the rendered output ({@link Into}).
 */
final class InstallFlags {
    final Flag<Boolean> createNamespace;
    final Flag<Boolean> forceReplace;
    final Flag<Boolean> forceConflicts;
    final Flag<Boolean> serverSide;
    final Flag<Boolean> replace;
    final Flag<String> description;
    final Flag<Boolean> dependencyUpdate;
    final Flag<Boolean> disableOpenApiValidation;
    final Flag<Boolean> rollbackOnFailure;
    final Flag<Boolean> atomic;
    final Flag<Boolean> skipCrds;
    final Flag<List<String>> labels;
    final Flag<Boolean> takeOwnership;
    final Flag<Boolean> hideNotes;
    final ChartPathFlags chart;
    final WaitFlags wait;

    /** Where the flags that change what is rendered go in a command's options builder. */
    record Into<B>(BiConsumer<B, Boolean> disableHooks, BiConsumer<B, Boolean> generateName,
            BiConsumer<B, String> nameTemplate, BiConsumer<B, Boolean> subNotes,
            BiConsumer<B, Boolean> skipSchemaValidation, BiConsumer<B, Boolean> enableDns) {
    }

    private <B> InstallFlags(Flags<B> f, Into<B> into, boolean template) {
        createNamespace = f.bool("--create-namespace", "create the release namespace if not present", null);
        forceReplace = f.bool("--force-replace", "force resource updates by replacement", null);
        Flag<Boolean> force = f.bool("--force", "deprecated", null).deprecated("use --force-replace instead");
        forceConflicts = f.bool("--force-conflicts", "if set server-side apply will force changes against conflicts",
                null);
        serverSide = f.optionalBool("--server-side", "object updates run in the server instead of the client", null)
                .defValue("true");
        f.bool("--no-hooks", "prevent hooks from running during install", into.disableHooks());
        replace = f.bool("--replace", "reuse the given name, only if that name is a deleted release which remains in "
                + "the history. This is unsafe in production", null);
        f.bool("-g, --generate-name", "generate the name (and omit the NAME parameter)", into.generateName());
        f.string("--name-template", "specify template used to name the release", into.nameTemplate());
        description = f.string("--description", "add a custom description", null);
        dependencyUpdate = f.bool("--dependency-update", "update dependencies if they are missing before installing "
                + "the chart", null);
        disableOpenApiValidation = f.bool("--disable-openapi-validation", "if set, the installation process will not "
                + "validate rendered templates against the Kubernetes OpenAPI Schema", null);
        rollbackOnFailure = f.bool("--rollback-on-failure", "if set, Helm will rollback (uninstall) the installation "
                + "upon failure. The --wait flag will be default to \"watcher\" if --rollback-on-failure is set", null);
        atomic = f.bool("--atomic", "deprecated", null).deprecated("use --rollback-on-failure instead");
        skipCrds = f.bool("--skip-crds", "if set, no CRDs will be installed. By default, CRDs are installed if not "
                + "already present", null);
        Flag<Boolean> subNotes = f.bool("--render-subchart-notes", "if set, render subchart notes along with the "
                + "parent", into.subNotes());
        f.bool("--skip-schema-validation", "if set, disables JSON schema validation", into.skipSchemaValidation());
        labels = f.stringToString("-l, --labels", "Labels that would be added to release metadata. Should be divided "
                + "by comma.", null);
        f.bool("--enable-dns", "enable DNS lookups when rendering templates", into.enableDns());
        hideNotes = f.bool("--hide-notes", "if set, do not show notes in install output. Does not "
                + "affect presence in chart metadata", null);
        takeOwnership = f.bool("--take-ownership", "if set, install will ignore the check for helm annotations and "
                + "take ownership of the existing resources", null);
        if (template) {
            String noEffect = "this flag has no effect for 'helm template' and will be removed in Helm 5";
            hideNotes.deprecated(noEffect);
            subNotes.deprecated(noEffect);
        }
        chart = ChartPathFlags.declare(f);
        wait = WaitFlags.declare(f);
        f.exclusive(forceReplace, forceConflicts);
        f.exclusive(force, forceConflicts);
    }

    /** Declares the install flags on {@code flags} (of {@code helm template} when {@code template}). */
    static <B> InstallFlags declare(Flags<B> flags, Into<B> into, boolean template) {
        return new InstallFlags(flags, into, template);
    }
}
