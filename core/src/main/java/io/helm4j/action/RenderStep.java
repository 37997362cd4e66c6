package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.engine.Engine;
import io.helm4j.engine.EngineOptions;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.Event;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.postrender.PostRenderer;
import io.helm4j.release.KindOrder;
import io.helm4j.release.ManifestParseException;
import io.helm4j.release.ManifestSorter;
import io.helm4j.release.SortedManifests;
import io.helm4j.values.ChartValues;
import io.helm4j.values.ValueOptions;
import java.util.Map;

/**
 * The rendering steps {@code template}, {@code install} and {@code upgrade} share: load the chart, read
 * the user's values, check the chart is installable and its dependencies present, run the values
 * pipeline, render, post-render and sort in Helm 4's install order.
 */
final class RenderStep {
    private RenderStep() {
    }

    /**
     * What to render: the release, the chart path, the values and how. {@code postRenderer} null for none.
     * {@code debugHint}: a rendering error ends with Helm's {@code Use --debug flag to render out invalid YAML}, as
     * only {@code helm template} without {@code --debug} prints it (install and upgrade do not). {@code live} when
     * the render is applied (an install or upgrade that is no dry run): only then are a post-renderer plugin's
     * granted Kubernetes writes sent for real, else as the API server's dry run.
     */
    record Request(ReleaseInfo release, String chartPath, ValueOptions values, Capabilities caps,
            boolean skipSchemaValidation, boolean enableDns, boolean subNotes, boolean debugHint,
            PostRenderer postRenderer, boolean live) {
    }

    /** The chart after the values pipeline, the user's values, every value, the manifests sorted, and NOTES.txt. */
    record Rendered(Chart chart, Map<String, Object> userValues, Map<String, Object> values, SortedManifests sorted,
            String notes) {
    }

    static Rendered run(ActionContext context, Request r) {
        Chart chart = ChartSteps.load(context.charts(), r.chartPath());
        Map<String, Object> userValues = ChartValues.userValues(r.values(), context.values());
        return render(context, chart, userValues, r);
    }

    /** As {@link #run}, for a chart already loaded and user values already read (upgrade's reuse rules). */
    static Rendered render(ActionContext context, Chart chart, Map<String, Object> userValues, Request r) {
        checkInstallable(chart);
        if (chart.metadata().deprecated()) {
            context.events().emit(new Event.Log("WARN", "this chart is deprecated")); // Helm 4's slog line
        }
        if (chart.metadata().dependencies() != null && !chart.metadata().dependencies().isEmpty()) {
            ChartSteps.checkDependencies(chart);
        }
        ReleaseNames.validate(r.release().name());
        ChartValues.Resolved resolved = ChartValues.resolve(chart, userValues, r.skipSchemaValidation(),
                context.events());
        Chart processed = resolved.chart();
        try {
            checkKubeVersion(processed, r.caps());
            Engine engine = new Engine(new EngineOptions(false, false, r.enableDns(),
                    ChartSteps.library(context.clock()).putAll(context.templateFunctions()), context.cluster()));
            Map<String, String> files = engine.render(processed, resolved.values(), r.release(), r.caps());
            String notes = Notes.extract(files, processed.name(), r.subNotes());
            if (r.postRenderer() != null) {
                // a plugin's granted Kubernetes requests go to the action's cluster (none for template: its context
                // has no client, and a request fails naming the plugin); its writes for real only when applied
                PostRenderer pr = r.postRenderer() instanceof io.helm4j.plugin.PluginPostRenderer p
                        ? p.withKube(r.live() ? io.helm4j.plugin.PluginKube.of(context::kube)
                                : io.helm4j.plugin.PluginKube.dryRun(context::kube)) : r.postRenderer();
                files = PostRenderStep.run(files, pr);
            }
            try {
                return new Rendered(processed, userValues, resolved.values(),
                        ManifestSorter.sort(files, KindOrder.INSTALL), notes);
            } catch (ManifestParseException e) {
                throw new TemplateRenderException(e, r.debugHint(), TemplateOutput.rawFiles(files));
            }
        } catch (TemplateRenderException e) {
            throw e;
        } catch (Helm4jException e) {
            throw new TemplateRenderException(e, r.debugHint(), "\n");
        }
    }

    private static void checkKubeVersion(Chart chart, Capabilities caps) {
        String constraint = chart.metadata().kubeVersion();
        if (constraint == null || constraint.isEmpty()) {
            return;
        }
        boolean ok;
        try {
            ok = SemConstraint.parse(constraint).check(SemVersion.parse(caps.kubeVersion().normalized()));
        } catch (RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            throw new Helm4jException("chart requires kubeVersion: " + constraint
                    + " which is incompatible with Kubernetes " + caps.kubeVersion().version());
        }
    }

    private static void checkInstallable(Chart chart) {
        String type = chart.metadata().type();
        if (type != null && !type.isEmpty() && !type.equals("application")) {
            throw new Helm4jException(type + " charts are not installable");
        }
    }
}
