package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.events.EventSink;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.values.ValueSource;
import java.util.Map;

/**
 * The steps of {@code helm template} that other packages own (loading, values, dependencies,
 * schema, Sprig), behind one seam so the action reads as Helm's sequence of steps.
 */
final class ChartSteps {
    private ChartSteps() {
    }

    /** Loads a chart directory or archive. */
    static Chart load(String chartPath) {
        throw new Helm4jException("chart loading is not available yet: " + chartPath);
    }

    /** The user's values from -f/--set/--set-string/--set-file/--set-json/--set-literal. */
    static Map<String, Object> mergeValues(TemplateOptions.ValueInputs in, ValueSource source, EventSink events) {
        return UserValues.merge(in, source);
    }

    /** Fails when a dependency declared in Chart.yaml is missing from charts/. */
    static void checkDependencies(Chart chart) {
    }

    /** Conditions, tags, aliases and import-values: the chart with only enabled subcharts, and the values. */
    static Processed processDependencies(Chart chart, Map<String, Object> values, EventSink events) {
        return new Processed(chart, values);
    }

    record Processed(Chart chart, Map<String, Object> values) {
    }

    /** The chart's defaults coalesced under the user's values, for the whole tree. */
    static Map<String, Object> coalesce(Chart chart, Map<String, Object> values, EventSink events) {
        return values;
    }

    /** Throws when the values do not meet the charts' schemas. */
    static void validateSchema(Chart chart, Map<String, Object> values) {
    }

    /** Sprig's functions. */
    static FuncMap library() {
        return new FuncMap();
    }
}
