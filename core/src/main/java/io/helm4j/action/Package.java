package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartArchiver;
import io.helm4j.chart.ChartException;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Dependency;
import io.helm4j.chart.Metadata;
import io.helm4j.internal.semver.SemVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code helm package}: loads a chart directory (honouring .helmignore), applies {@code --version} and
 * {@code --app-version}, checks that every dependency in Chart.yaml is in {@code charts/}, and writes
 * {@code NAME-VERSION.tgz} with {@link ChartArchiver}, then signs it when asked ({@link ChartSigning}).
 * Returns the archive's path.
 */
public final class Package {
    private final ChartLoader loader;
    private final Clock clock;

    /** The chart directory is loaded with the context's loader; signatures are dated by its clock. */
    public Package(ActionContext context) {
        this.loader = context.charts();
        this.clock = context.clock();
    }

    /** Writes the archive (and, with {@code sign}, its {@code .prov} beside it); the result names it. */
    public PackageResult run(PackageOptions options) {
        Path archive = save(options);
        if (options.sign() != null) {
            ChartSigning.sign(archive, options.sign(), loader, clock.instant());
        }
        return new PackageResult(archive);
    }

    private Path save(PackageOptions options) {
        Path chartPath = options.chart();
        if (!Files.exists(chartPath)) {
            throw new Helm4jException("stat " + chartPath + ": no such file or directory");
        }
        if (!Files.isDirectory(chartPath)) {
            // Helm's LoadDir walks a file as a directory holding nothing.
            throw new ChartException("Chart.yaml file is missing", "Chart.yaml", 0, null);
        }
        Chart chart = withVersions(loader.loadDirectory(chartPath.toAbsolutePath()), options);
        SemVersion.parse(chart.metadata().version());
        checkDependencies(chart);
        Path dest = options.destination().toString().equals(".")
                ? Path.of("").toAbsolutePath() : options.destination();
        try {
            return new ChartArchiver(options.modTime()).save(chart, dest);
        } catch (Helm4jException e) {
            throw new Helm4jException("failed to save: " + e.getMessage(), e);
        }
    }

    /** Helm's {@code CheckDependencies}: every dependency declared must be a loaded subchart. */
    static void checkDependencies(Chart chart) {
        List<Dependency> reqs = chart.metadata().dependencies();
        if (reqs == null || reqs.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        outer:
        for (Dependency r : reqs) {
            for (Chart d : chart.dependencies()) {
                if (d.name().equals(r.name())) {
                    continue outer;
                }
            }
            missing.add(r.name());
        }
        if (!missing.isEmpty()) {
            throw new Helm4jException("found in Chart.yaml, but missing in charts/ directory: " + String.join(", ", missing));
        }
    }

    private static Chart withVersions(Chart c, PackageOptions o) {
        if (o.version() == null && o.appVersion() == null) {
            return c;
        }
        Metadata m = c.metadata();
        Metadata md = new Metadata(m.apiVersion(), m.name(), m.home(), m.sources(),
                o.version() == null ? m.version() : o.version(), m.description(), m.keywords(), m.maintainers(),
                m.icon(), o.appVersion() == null ? m.appVersion() : o.appVersion(), m.deprecated(), m.annotations(),
                m.kubeVersion(), m.dependencies(), m.type(), m.condition(), m.tags());
        return new Chart(md, c.lock(), c.templates(), c.values(), c.schema(), c.files(), c.dependencies(), c.raw());
    }
}
