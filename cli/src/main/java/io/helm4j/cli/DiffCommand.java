package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.Diff;
import io.helm4j.action.DiffOptions;
import io.helm4j.action.DiffOptions.Builder;
import io.helm4j.action.DiffResult;
import io.helm4j.diff.ChangeSetFormat;
import java.io.PrintWriter;

/**
 * {@code helm4j diff upgrade|install|rollback|revision|release} (beyond Helm): what a change would do, with
 * the command line and outputs of the helm-diff plugin, so its scripts move over unchanged. The changes are
 * the API server's own (a server-side dry run), unless {@code --dry-run=client}.
 */
public final class DiffCommand extends HelmCommand<Void> {
    DiffCommand() {
        super("diff", "show what an install, upgrade or rollback would change (beyond Helm)");
        subcommand(new Sub(DiffOptions.Mode.UPGRADE, "upgrade [RELEASE] [CHART]",
                "show a diff explaining what a helm upgrade would change", 2));
        subcommand(new Sub(DiffOptions.Mode.INSTALL, "install [RELEASE] [CHART]",
                "show a diff explaining what a helm install would change", 2));
        subcommand(new Sub(DiffOptions.Mode.ROLLBACK, "rollback [RELEASE] [REVISION]",
                "show a diff explaining what a helm rollback would change", 2));
        subcommand(new Sub(DiffOptions.Mode.REVISION, "revision [RELEASE] [REVISION1] [REVISION2]",
                "show the diff between two revisions of a release", 2));
        subcommand(new Sub(DiffOptions.Mode.RELEASE, "release [RELEASE1] [RELEASE2]",
                "show the diff between the manifests of two releases", 2));
    }

    @Override
    int execute() {
        throw new IllegalStateException("diff only groups its subcommands");
    }

    /** One comparison. */
    static final class Sub extends HelmCommand<Builder> {
        private final DiffOptions.Mode mode;
        private final int argCount;
        private final DiffFlags out;
        private final Flag<String> dryRun;
        private final ChartPathFlags chartPath;
        private final Flag<java.util.List<String>> postRenderer;
        private final Flag<java.util.List<String>> postRendererArgs;

        Sub(DiffOptions.Mode mode, String use, String shortText, int args) {
            super(use, shortText);
            this.mode = mode;
            this.argCount = args;
            boolean renders = mode == DiffOptions.Mode.UPGRADE || mode == DiffOptions.Mode.INSTALL;
            if (renders) {
                ValuesFlags.declare(flags, Builder::values);
                // the chart located as install and upgrade locate it: a path, repo/chart, a URL, --repo, oci://
                chartPath = ChartPathFlags.declare(flags);
                postRenderer = flags.stringArray("--post-renderer", "the name of a postrenderer type plugin to be "
                        + "used for post rendering. If it exists, the plugin will be used", null)
                        .typeName("postRendererString").defValue("");
                postRendererArgs = flags.stringArray("--post-renderer-args", "an argument to the post-renderer (can "
                        + "specify multiple)", null).typeName("postRendererArgsSlice");
                flags.bool("--skip-schema-validation", "if set, disables JSON schema validation",
                        Builder::skipSchemaValidation);
            } else {
                chartPath = null;
                postRenderer = null;
                postRendererArgs = null;
            }
            if (mode == DiffOptions.Mode.UPGRADE) {
                flags.bool("--reuse-values", "reuse the last release's values and merge in any new values. If "
                        + "'--reset-values' is specified, this is ignored", Builder::reuseValues);
                flags.bool("--reset-values", "reset the values to the ones built into the chart and merge in any "
                        + "new values", Builder::resetValues);
                flags.bool("--reset-then-reuse-values", "reset the values to the ones built into the chart, apply "
                        + "the last release's values and merge in any new values", Builder::resetThenReuseValues);
                flags.bool("--install", "enables diffing of releases that are not yet deployed via Helm (equivalent "
                        + "to diff install)", Builder::installIfMissing);
            }
            dryRun = mode == DiffOptions.Mode.REVISION || mode == DiffOptions.Mode.RELEASE ? null
                    : flags.string("--dry-run", "\"server\" (default) asks the API server what the change does (a "
                            + "server-side dry-run apply under the field manager helm: defaults, admission and field "
                            + "conflicts included); \"client\" compares the manifests without asking the cluster",
                            null).noOptDefVal("client").defValue("server");
            out = new DiffFlags(flags);
        }

        @Override
        int execute() {
            try {
                return run();
            } catch (RuntimeException e) {
                throw out.error(e);
            }
        }

        private int run() {
            flags.check();
            if (mode == DiffOptions.Mode.REVISION) {
                HelmArgs.atLeast(this, 2);
                HelmArgs.atMost(this, 3);
            } else {
                HelmArgs.exactly(this, argCount);
            }
            String format = out.format();
            Builder b = flags.fill(DiffOptions.builder()).mode(mode).release(args.get(0))
                    .namespace(settings().namespace()).settings(out.settings());
            switch (mode) {
                case UPGRADE, INSTALL -> {
                    b.chart(chartPath.locate(this, args.get(1)))
                            .postRenderer(PostRendererFlags.of(this, postRenderer.value(), postRendererArgs.value()));
                }
                case ROLLBACK -> b.revision(revision(args.get(1)));
                case REVISION -> b.revision(revision(args.get(1))).otherRevision(args.size() > 2 ? revision(args.get(2)) : 0);
                case RELEASE -> b.otherRelease(args.get(1));
            }
            if (dryRun != null && dryRun.value() != null) {
                String d = dryRun.value();
                if (!d.equals("client") && !d.equals("server")) {
                    throw new io.helm4j.UsageException("invalid --dry-run \"" + d + "\": must be \"client\" or \"server\"");
                }
                b.clientOnly(d.equals("client"));
            }
            DiffResult r = new Diff(SdkContext.withCluster(spec).build()).run(b.build());
            PrintWriter w = out();
            String tpl = format.equals("template") ? context().env().get("HELM_DIFF_TPL") : null;
            w.print(tpl == null || tpl.isEmpty() ? ChangeSetFormat.render(r.changes(), format, out.context.value())
                    : ChangeSetFormat.template(r.changes(), java.nio.file.Path.of(tpl).getFileName().toString(),
                            readTemplate(tpl)));
            w.flush();
            return out.exitCode(ChangeSetFormat.listsChanges(r.changes(), format));
        }

        private static String readTemplate(String path) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(path));
            } catch (java.io.IOException e) {
                throw new Helm4jException("HELM_DIFF_TPL: cannot read the template " + path + ": " + e.getMessage(), e);
            }
        }

        private static int revision(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new Helm4jException("invalid revision \"" + s + "\": want a number");
            }
        }
    }
}
