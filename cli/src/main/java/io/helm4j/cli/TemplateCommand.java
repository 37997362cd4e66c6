package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.action.TemplateAction;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helm4j template [NAME] CHART}: render a chart locally and print the manifests. */
@Command(name = "template", description = "locally render templates",
        footer = {"", "Render chart templates locally and display the output.", "",
            "Any values that would normally be looked up or retrieved in-cluster will be faked",
            "locally. Additionally, none of the server-side testing of chart validity (e.g.",
            "whether an API is supported) is done."})
public final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "[NAME] [CHART]")
    List<String> args = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ValuesFlags values = new ValuesFlags();
    @Option(names = "--kube-version", description = "Kubernetes version used for Capabilities.KubeVersion")
    String kubeVersion;
    @Option(names = {"-a", "--api-versions"}, description = "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)")
    List<String> apiVersions = new ArrayList<>();
    @Option(names = "--include-crds", description = "include CRDs in the templated output")
    boolean includeCrds;
    @Option(names = "--skip-tests", description = "skip tests from templated output")
    boolean skipTests;
    @Option(names = "--no-hooks", description = "prevent hooks from running during install")
    boolean noHooks;
    @Option(names = {"-s", "--show-only"}, description = "only show manifests rendered from the given templates")
    List<String> showOnly = new ArrayList<>();
    @Option(names = "--output-dir", description = "writes the executed templates to files in output-dir instead of stdout")
    String outputDir;
    @Option(names = "--is-upgrade", description = "set .Release.IsUpgrade instead of .Release.IsInstall")
    boolean isUpgrade;
    @Option(names = "--release-name", description = "use release name in the output-dir path.")
    boolean useReleaseName;
    @Option(names = "--name-template", description = "specify template used to name the release")
    String nameTemplate;
    @Option(names = {"-g", "--generate-name"}, description = "generate the name (and omit the NAME parameter)")
    boolean generateName;
    @Option(names = "--skip-schema-validation", description = "if set, disables JSON schema validation")
    boolean skipSchemaValidation;
    @Option(names = "--enable-dns", description = "enable DNS lookups when rendering templates")
    boolean enableDns;
    @Option(names = "--render-subchart-notes", description = "if set, render subchart notes along with the parent")
    boolean subNotes;
    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "client", description = "ignored by template")
    String dryRun;
    @Option(names = "--validate", description = "ignored: helm4j template never contacts a cluster")
    boolean validate;
    @Option(names = "--post-renderer", description = "the path of an executable to be used for post rendering "
            + "(Helm 4 names a postrenderer plugin here; helm4j does not run plugins yet)")
    List<String> postRenderer = new ArrayList<>();
    @Option(names = "--post-renderer-args", description = "an argument to the post-renderer (can specify multiple)")
    List<String> postRendererArgs = new ArrayList<>();

    @Override
    public Integer call() {
        HelmArgs.atLeast(spec, args, 1, "[NAME] [CHART]");
        RootCommand root = Commands.root(spec);
        HelmSettings settings = root.context.settings(root.global);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TemplateOptions options = toOptions(settings);
        TemplateAction action = new TemplateAction(EventPrinter.to(err),
                ValueSource.local(Path.of(""), System.in), Clock.systemUTC());
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
