package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.engine.Capabilities;
import io.helm4j.engine.Engine;
import io.helm4j.engine.EngineOptions;
import io.helm4j.engine.KubeVersion;
import io.helm4j.engine.ReleaseInfo;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.release.KindOrder;
import io.helm4j.release.ManifestParseException;
import io.helm4j.release.ManifestSorter;
import io.helm4j.release.SortedManifests;
import io.helm4j.semver.SemConstraint;
import io.helm4j.semver.SemVersion;
import io.helm4j.values.ValueSource;
import java.time.Clock;
import java.util.Map;

/**
 * {@code helm template}: load the chart, merge the user's values, check and process dependencies,
 * coalesce and validate values, render, sort, and assemble what Helm prints. Never prints: the
 * result carries the output, warnings go to the event sink.
 */
public final class TemplateAction {
    private final EventSink events;
    private final ValueSource valueSource;
    private final Clock clock;

    public TemplateAction(EventSink events, ValueSource valueSource, Clock clock) {
        this.events = events;
        this.valueSource = valueSource;
        this.clock = clock;
    }

    public TemplateResult run(TemplateOptions options) {
        KubeVersion kube = options.kubeVersion() == null || options.kubeVersion().isEmpty() ? null
                : KubeVersion.parse(options.kubeVersion());
        String[] nameAndChart = nameAndChart(options);
        String name = nameAndChart[0];
        Chart chart = ChartSteps.load(nameAndChart[1]);
        Map<String, Object> userValues = ChartSteps.mergeValues(options.values(), valueSource);
        checkInstallable(chart);
        if (chart.metadata().deprecated()) {
            events.emit(new Event.Log("WARN", "this chart is deprecated")); // Helm 4's slog line
        }
        if (chart.metadata().dependencies() != null && !chart.metadata().dependencies().isEmpty()) {
            ChartSteps.checkDependencies(chart);
        }
        ReleaseNames.validate(name);
        ChartSteps.Processed processed = ChartSteps.processDependencies(chart, userValues, events);
        chart = processed.chart();
        Capabilities caps = Capabilities.defaults(kube, options.apiVersions());
        boolean upgrade = options.isUpgrade();
        ReleaseInfo release = new ReleaseInfo(name, options.namespace(), 1, !upgrade, upgrade);
        Map<String, Object> values = ChartSteps.coalesce(chart, processed.values(), events);
        if (!options.skipSchemaValidation()) {
            ChartSteps.validateSchema(chart, values);
        }
        Rendered r = render(chart, values, release, caps, options);
        return TemplateOutput.assemble(name, chart, r.sorted(), r.notes(), options);
    }

    private record Rendered(SortedManifests sorted, String notes) {
    }

    private Rendered render(Chart chart, Map<String, Object> values, ReleaseInfo release, Capabilities caps,
            TemplateOptions options) {
        try {
            checkKubeVersion(chart, caps);
            Engine engine = new Engine(new EngineOptions(false, false, options.enableDns(), ChartSteps.library(clock)));
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
