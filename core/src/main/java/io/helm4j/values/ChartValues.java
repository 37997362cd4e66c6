package io.helm4j.values;

import java.util.Map;

import io.helm4j.chart.Chart;
import io.helm4j.events.EventSink;

/**
 * The values pipeline of {@code template}, {@code lint} (and {@code install} and {@code upgrade}), in
 * Helm 4's order: the user's values ({@code -f} and the {@code --set} family), dependency processing
 * (aliases, tags, conditions, import-values), coalescing with the chart defaults, then the
 * values.schema.json check of every chart. The result is the chart to render (disabled subcharts
 * removed) and the tree templates see as {@code .Values}. Actions call this class only; the steps it
 * runs ({@link Strvals}, {@link Dependencies}, {@link Coalesce}, {@link SchemaValidation}) are its own.
 */
public final class ChartValues {
    private ChartValues() {
    }

    /** The chart to render and its {@code .Values}. */
    public record Resolved(Chart chart, Map<String, Object> values) {
    }

    /** The user's values: {@code -f} files, then {@code --set}, {@code --set-string}, ... in Helm's order. */
    public static Map<String, Object> userValues(ValueOptions options, ValueSource source) {
        return options.merge(source);
    }

    /**
     * Resolves the values for a chart. {@code userValues} are the merged user values (see
     * {@link #userValues}); they are not modified. Warnings (type clashes, non-boolean conditions,
     * missing imports) go to {@code events}.
     *
     * @throws ValuesException when a subchart's values are not a table, or the values break a schema
     *     (unless {@code skipSchemaValidation})
     */
    public static Resolved resolve(Chart chart, Map<String, Object> userValues, boolean skipSchemaValidation,
            EventSink events) {
        Resolved r = coalesce(chart, userValues, events);
        if (!skipSchemaValidation) {
            SchemaValidation.validate(r.chart(), r.values());
        }
        return r;
    }

    /** The steps of {@link #resolve} before the schema check: dependencies, then coalescing. */
    public static Resolved coalesce(Chart chart, Map<String, Object> userValues, EventSink events) {
        Chart processed = Dependencies.process(chart, userValues, events);
        return new Resolved(processed, Coalesce.coalesceValues(processed, userValues, events));
    }

    /** Helm's full "values don't meet the specifications..." message for the resolved tree, or null. */
    public static String schemaErrors(Resolved resolved) {
        String report = SchemaValidation.report(resolved.chart(), resolved.values());
        return report.isEmpty() ? null : SchemaValidation.HEADER + report;
    }
}
