package io.helm4j.values;

import java.util.Map;

import io.helm4j.chart.Chart;
import io.helm4j.events.EventSink;

/**
 * The values step of {@code install}, {@code upgrade} and {@code template}, in Helm 4's order: dependency
 * processing (aliases, tags, conditions, import-values), coalescing with the chart defaults, then the
 * values.schema.json check of every chart. The result is the chart to render (disabled subcharts removed)
 * and the tree templates see as {@code .Values}.
 */
public final class ChartValues {
    private ChartValues() {
    }

    /** The chart to render and its {@code .Values}. */
    public record Resolved(Chart chart, Map<String, Object> values) {
    }

    /**
     * Resolves the values for a chart. {@code userValues} are the merged user values (see
     * {@link ValueOptions#merge}); they are not modified. Warnings (type clashes, non-boolean conditions,
     * missing imports) go to {@code events}.
     *
     * @throws ValuesException when a subchart's values are not a table, or the values break a schema
     *     (unless {@code skipSchemaValidation})
     */
    public static Resolved resolve(Chart chart, Map<String, Object> userValues, boolean skipSchemaValidation,
            EventSink events) {
        Chart processed = Dependencies.process(chart, userValues, events);
        Map<String, Object> values = Coalesce.coalesceValues(processed, userValues, events);
        if (!skipSchemaValidation) {
            SchemaValidation.validate(processed, values);
        }
        return new Resolved(processed, values);
    }
}
