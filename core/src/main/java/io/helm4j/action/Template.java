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
import io.helm4j.kube.KubeClient;
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
        boolean server = options.dryRun() == DryRun.SERVER;
        KubeClient cluster = server ? reachable() : null;
        // Helm: with the server, its capabilities (--kube-version and --api-versions ignored) and lookup
        Capabilities caps = server ? ReleaseSteps.capabilities(cluster) : Capabilities.defaults(kube, options.apiVersions());
        ActionContext renderContext = server ? context.toBuilder().cluster(new KubeLookup(cluster)).build() : context;
        boolean upgrade = options.isUpgrade();
        ReleaseInfo release = new ReleaseInfo(name, options.namespace(), 1, !upgrade, upgrade);
        RenderStep.Rendered r = RenderStep.run(renderContext, new RenderStep.Request(release, nameAndChart[1],
                options.values(), caps, options.skipSchemaValidation(), options.enableDns(), options.subNotes(),
                !options.debug(), options.postRenderer(), false));
        if (server) {
            serverChecks(cluster, name, options, r);
        }
        return TemplateOutput.assemble(name, r.chart(), r.sorted(), r.notes(), options);
    }

    /** The cluster, after Helm's {@code IsReachable} of a server dry run (a failure logged and worded as Helm's). */
    private KubeClient reachable() {
        try {
            KubeClient kube = context.kube();
            kube.checkReachable();
            return kube;
        } catch (Helm4jException e) {
            String msg = "cluster reachability check failed: " + e.getMessage();
            events.emit(new Event.Log("ERROR", msg));
            throw new Helm4jException(msg, e);
        }
    }

    /**
     * What Helm's install does next with {@code --dry-run=server}: says a chart's CRDs are not installed, builds the
     * manifest's objects, and (unless {@code --is-upgrade}) refuses one that exists and another owner has.
     */
    private void serverChecks(KubeClient kube, String name, TemplateOptions o, RenderStep.Rendered r) {
        if (!io.helm4j.release.Crd.of(r.chart()).isEmpty()) {
            events.emit(new Event.Log("WARN", "This chart or one of its subcharts contains CRDs. Rendering may fail or "
                    + "contain inaccuracies."));
        }
        ClusterSteps steps = new ClusterSteps(kube, Waiter.of(context, kube, WaitStrategy.HOOK_ONLY,
                java.time.Duration.ofMinutes(5)), name, o.namespace());
        java.util.List<io.helm4j.kube.Resource> objects = steps.build(ReleaseSteps.manifest(r));
        if (!o.isUpgrade() && !objects.isEmpty()) {
            steps.checkNotTaken(objects);
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
