package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.events.EventSink;
import io.helm4j.engine.funcs.SprigFunctions;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.values.Coalesce;
import io.helm4j.values.Dependencies;
import io.helm4j.values.SchemaValidation;
import io.helm4j.values.ValueOptions;
import io.helm4j.values.ValueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The steps of {@code helm template} that other packages own (loading, values, dependencies,
 * schema, Sprig), behind one seam so the action reads as Helm's sequence of steps.
 */
final class ChartSteps {
    private ChartSteps() {
    }

    /** Loads a chart directory or archive (Helm's LocateChart for local paths, then Load). */
    static Chart load(ChartLoader loader, String chartPath) {
        Path p = Path.of(chartPath);
        if (!Files.exists(p)) {
            throw new Helm4jException("path \"" + chartPath + "\" not found");
        }
        return loader.load(p);
    }

    /** The user's values from -f/--set/--set-string/--set-file/--set-json/--set-literal. */
    static Map<String, Object> mergeValues(ValueOptions in, ValueSource source) {
        return in.merge(source);
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

    /** Conditions, tags, aliases and import-values: the chart with only enabled subcharts, and the values. */
    static Processed processDependencies(Chart chart, Map<String, Object> values, EventSink events) {
        return new Processed(Dependencies.process(chart, values, events), values);
    }

    record Processed(Chart chart, Map<String, Object> values) {
    }

    /** The chart's defaults coalesced under the user's values, for the whole tree. */
    static Map<String, Object> coalesce(Chart chart, Map<String, Object> values, EventSink events) {
        return Coalesce.coalesceValues(chart, values, events);
    }

    /** Throws when the values do not meet the charts' schemas. */
    static void validateSchema(Chart chart, Map<String, Object> values) {
        SchemaValidation.validate(chart, values);
    }

    /** Sprig's functions, with the clock {@code now} and friends read. */
    static FuncMap library(Clock clock) {
        return SprigFunctions.create(clock, new LazySecureRandom());
    }
}
