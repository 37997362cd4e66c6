package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.engine.Engine;
import io.helm4j.engine.EngineOptions;
import io.helm4j.chart.common.KubeVersion;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.release.KindOrder;
import io.helm4j.release.ManifestParseException;
import io.helm4j.release.ManifestSorter;
import io.helm4j.release.SortedManifests;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.values.ChartValues;
import java.time.Clock;
import java.util.Map;

/**
 * {@code helm template}: load the chart, merge the user's values, check and process dependencies,
 * coalesce and validate values, render, sort, and assemble what Helm prints. Never prints: the
 * result carries the output, warnings go to the event sink.
 */
public final class Template {
    private final ActionContext context;
    private final EventSink events;
    private final Clock clock;

    public Template(ActionContext context) {
        this.context = context;
        this.events = context.events();
        this.clock = context.clock();
    }

    public TemplateResult run(TemplateOptions options) {
        KubeVersion kube = options.kubeVersion() == null || options.kubeVersion().isEmpty() ? null
                : KubeVersion.parse(options.kubeVersion());
        String[] nameAndChart = nameAndChart(options);
        String name = nameAndChart[0];
        Chart chart = ChartSteps.load(context.charts(), nameAndChart[1]);
        Map<String, Object> userValues = ChartValues.userValues(options.values(), context.values());
        checkInstallable(chart);
        if (chart.metadata().deprecated()) {
            events.emit(new Event.Log("WARN", "this chart is deprecated")); // Helm 4's slog line
        }
        if (chart.metadata().dependencies() != null && !chart.metadata().dependencies().isEmpty()) {
            ChartSteps.checkDependencies(chart);
        }
        ReleaseNames.validate(name);
        ChartValues.Resolved resolved = ChartValues.resolve(chart, userValues, options.skipSchemaValidation(), events);
        chart = resolved.chart();
        Capabilities caps = Capabilities.defaults(kube, options.apiVersions());
        boolean upgrade = options.isUpgrade();
        ReleaseInfo release = new ReleaseInfo(name, options.namespace(), 1, !upgrade, upgrade);
        Rendered r = render(chart, resolved.values(), release, caps, options);
        return TemplateOutput.assemble(name, chart, r.sorted(), r.notes(), options);
    }

    private record Rendered(SortedManifests sorted, String notes) {
    }

    private Rendered render(Chart chart, Map<String, Object> values, ReleaseInfo release, Capabilities caps,
            TemplateOptions options) {
        try {
            checkKubeVersion(chart, caps);
            Engine engine = new Engine(new EngineOptions(false, false, options.enableDns(), ChartSteps.library(clock),
                    context.cluster()));
            Map<String, String> files = engine.render(chart, values, release, caps);
            String notes = Notes.extract(files, chart.name(), options.subNotes());
            if (options.postRenderer() != null) {
                files = PostRenderStep.run(files, options.postRenderer());
            }
            try {
                return new Rendered(ManifestSorter.sort(files, KindOrder.INSTALL), notes);
            } catch (ManifestParseException e) {
                throw new TemplateRenderException(e, options.debug(), TemplateOutput.rawFiles(files));
            }
        } catch (TemplateRenderException e) {
            throw e;
        } catch (Helm4jException e) {
            throw new TemplateRenderException(e, options.debug(), "\n");
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

    /** Helm's {@code NameAndChart}, with {@code helm template}'s default name "release-name". */
    private String[] nameAndChart(TemplateOptions o) {
        if (o.args().size() == 2) {
            return new String[] {o.args().get(0), o.args().get(1)};
        }
        String chart = o.args().get(0);
        if (o.nameTemplate() != null && !o.nameTemplate().isEmpty()) {
            return new String[] {NameTemplate.execute(o.nameTemplate(), ChartSteps.library(clock)), chart};
        }
        if (o.generateName()) {
            return new String[] {ReleaseNames.generate(chart, clock.instant().getEpochSecond()), chart};
        }
        return new String[] {"release-name", chart};
    }
}
