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
        Capabilities caps = Capabilities.defaults(kube, options.apiVersions());
        boolean upgrade = options.isUpgrade();
        ReleaseInfo release = new ReleaseInfo(name, options.namespace(), 1, !upgrade, upgrade);
        RenderStep.Rendered r = RenderStep.run(context, new RenderStep.Request(release, nameAndChart[1],
                options.values(), caps, options.skipSchemaValidation(), options.enableDns(), options.subNotes(),
                options.debug(), options.postRenderer()));
        return TemplateOutput.assemble(name, r.chart(), r.sorted(), r.notes(), options);
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
