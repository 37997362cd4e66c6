package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.internal.engine.funcs.SprigFunctions;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.values.Dependencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The steps of {@code helm template} that other packages own (loading, the dependency check, Sprig),
 * behind one seam so the action reads as Helm's sequence of steps. Values go through
 * {@link io.helm4j.values.ChartValues}, the one values pipeline.
 */
final class ChartSteps {
    private ChartSteps() {
    }

    /**
     * Loads a chart directory or archive (Helm's LocateChart for local paths, then the version-detecting Load of
     * install, upgrade and template).
     */
    static Chart load(ChartLoader loader, String chartPath) {
        Path p = Path.of(chartPath);
        if (!Files.exists(p)) {
            throw new Helm4jException("path \"" + chartPath + "\" not found");
        }
        return loader.loadDetecting(p);
    }

    /** Fails when a dependency declared in Chart.yaml is missing from charts/. */
    static void checkDependencies(Chart chart) {
        try {
            Dependencies.check(chart);
        } catch (Helm4jException e) {
            throw new Helm4jException("An error occurred while checking for chart dependencies. You may need to run "
                    + "`helm dependency build` to fetch missing dependencies: " + e.getMessage(), e);
        }
    }

    /** Sprig's functions, with the clock {@code now} and friends read. */
    static FuncMap library(Clock clock) {
        return SprigFunctions.create(clock, new LazySecureRandom());
    }
}
