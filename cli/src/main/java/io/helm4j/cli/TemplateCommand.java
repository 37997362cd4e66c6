package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.action.TemplateRenderException;
import io.helm4j.action.TemplateResult;
import io.helm4j.engine.RenderException;
import io.helm4j.postrender.ExecPostRenderer;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.settings.HelmSettings;
import io.helm4j.values.ValueSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code helm4j template [NAME] CHART}: render a chart locally and print the manifests. */
public final class TemplateCommand implements Callable<Integer> {
    CommandSpec spec;

    List<String> args = new ArrayList<>();
    final ValuesFlags values = new ValuesFlags();
    final InstallFlags install = new InstallFlags();
    String kubeVersion;
    List<String> apiVersions = new ArrayList<>();
    boolean includeCrds;
    boolean skipTests;
    boolean noHooks;
    List<String> showOnly = new ArrayList<>();
    String outputDir;
    boolean isUpgrade;
    boolean useReleaseName;
    String nameTemplate;
    boolean generateName;
    boolean skipSchemaValidation;
    boolean enableDns;
    boolean subNotes;
    String dryRun;
    boolean validate;
    List<String> postRenderer = new ArrayList<>();
    List<String> postRendererArgs = new ArrayList<>();

    static CommandSpec model() {
        TemplateCommand c = new TemplateCommand();
        Specs s = Specs.command(c, "template").description("locally render templates")
                .footer("", "Render chart templates locally and display the output.", "",
                        "Any values that would normally be looked up or retrieved in-cluster will be faked",
                        "locally. Additionally, none of the server-side testing of chart validity (e.g.",
                        "whether an API is supported) is done.");
        s.positionals("[NAME] [CHART]", "0..*", null, () -> c.args, v -> c.args = v);
        c.values.declare(s);
        c.install.declare(s);
        s.option("--kube-version", "Kubernetes version used for Capabilities.KubeVersion").label("<kubeVersion>")
                .string(() -> c.kubeVersion, v -> c.kubeVersion = v);
        s.option("-a, --api-versions",
                "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)")
                .label("<apiVersions>")
                .strings(() -> c.apiVersions, v -> c.apiVersions = v);
        s.option("--include-crds", "include CRDs in the templated output")
                .bool(() -> c.includeCrds, v -> c.includeCrds = v);
        s.option("--skip-tests", "skip tests from templated output")
                .bool(() -> c.skipTests, v -> c.skipTests = v);
        s.option("--no-hooks", "prevent hooks from running during install")
                .bool(() -> c.noHooks, v -> c.noHooks = v);
        s.option("-s, --show-only", "only show manifests rendered from the given templates").label("<showOnly>")
                .strings(() -> c.showOnly, v -> c.showOnly = v);
        s.option("--output-dir",
                "writes the executed templates to files in output-dir instead of stdout").label("<outputDir>")
                .string(() -> c.outputDir, v -> c.outputDir = v);
        s.option("--is-upgrade", "set .Release.IsUpgrade instead of .Release.IsInstall")
                .bool(() -> c.isUpgrade, v -> c.isUpgrade = v);
        s.option("--release-name", "use release name in the output-dir path.")
                .bool(() -> c.useReleaseName, v -> c.useReleaseName = v);
        s.option("--name-template", "specify template used to name the release").label("<nameTemplate>")
                .string(() -> c.nameTemplate, v -> c.nameTemplate = v);
        s.option("-g, --generate-name", "generate the name (and omit the NAME parameter)")
                .bool(() -> c.generateName, v -> c.generateName = v);
        s.option("--skip-schema-validation", "if set, disables JSON schema validation")
                .bool(() -> c.skipSchemaValidation, v -> c.skipSchemaValidation = v);
        s.option("--enable-dns", "enable DNS lookups when rendering templates")
                .bool(() -> c.enableDns, v -> c.enableDns = v);
        s.option("--render-subchart-notes", "if set, render subchart notes along with the parent")
                .bool(() -> c.subNotes, v -> c.subNotes = v);
        s.option("--dry-run", "ignored by template").optionalValue("client").label("<dryRun>")
                .string(() -> c.dryRun, v -> c.dryRun = v);
        s.option("--validate", "ignored: helm4j template never contacts a cluster")
                .bool(() -> c.validate, v -> c.validate = v);
        s.option("--post-renderer", "the path of an executable to be used for post rendering "
            + "(Helm 4 names a postrenderer plugin here; helm4j does not run plugins yet)").label("<postRenderer>")
                .strings(() -> c.postRenderer, v -> c.postRenderer = v);
        s.option("--post-renderer-args",
                "an argument to the post-renderer (can specify multiple)").label("<postRendererArgs>")
                .strings(() -> c.postRendererArgs, v -> c.postRendererArgs = v);
        c.spec = s.spec();
        return c.spec;
    }

    @Override
    public Integer call() {
        install.check();
        HelmArgs.atLeast(spec, args, 1, "[NAME] [CHART]");
        if (install.verify) {
            throw new Helm4jException("--verify: helm4j cannot verify chart provenance yet");
        }
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TemplateOptions options = toOptions(settings);
        Template action = new Template(SdkContext.of(spec).build());
        try {
            TemplateResult result = action.run(options);
            for (Path p : result.written()) {
                out.println("wrote " + p);
            }
            out.print(result.output());
            out.flush();
            return 0;
        } catch (TemplateRenderException e) {
            if (options.debug()) {
                out.print(e.partialOutput());
                out.flush();
            }
            err.println("Error: " + e.getMessage());
            if (e.getCause() instanceof RenderException r && !r.excerpt().isEmpty()) {
                err.println();
                err.print(r.excerpt());
            }
            err.flush();
            return e.exitCode();
        }
    }

    TemplateOptions toOptions(HelmSettings settings) {
        return TemplateOptions.builder()
                .args(args)
                .namespace(settings.effectiveNamespace())
                .values(values.toValueOptions())
                .kubeVersion(kubeVersion)
                .apiVersions(ValuesFlags.splitCommas(apiVersions))
                .includeCrds(includeCrds).skipTests(skipTests).disableHooks(noHooks)
                .showOnly(showOnly)
                .outputDir(outputDir == null ? null : Path.of(outputDir))
                .useReleaseName(useReleaseName).isUpgrade(isUpgrade)
                .nameTemplate(nameTemplate).generateName(generateName)
                .skipSchemaValidation(skipSchemaValidation).enableDns(enableDns).subNotes(subNotes)
                .debug(settings.debug())
                .postRenderer(postRenderer())
                .build();
    }

    /** Helm's --post-renderer flag: none, or (until plugins land) an executable run as Helm 3 ran it. */
    private PostRenderer postRenderer() {
        String name = null;
        for (String v : postRenderer) {
            if (v.isEmpty()) {
                continue;
            }
            if (name != null) {
                throw new Helm4jException(invalid(v, "cannot specify --post-renderer flag more than once"));
            }
            name = v;
        }
        if (name == null) {
            return null;
        }
        try {
            return ExecPostRenderer.of(name, postRendererArgs, Commands.root(spec).context.env(),
                    Path.of("").toAbsolutePath());
        } catch (Helm4jException e) {
            throw new Helm4jException(invalid(name, e.getMessage()
                    + " (helm4j runs --post-renderer as an executable file; post-renderer plugins are not supported yet)"),
                    e);
        }
    }

    private static String invalid(String value, String why) {
        return "invalid argument \"" + value + "\" for \"--post-renderer\" flag: " + why;
    }
}
