package io.helm4j.values;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.helm4j.chart.Chart;

/**
 * Helm's values.schema.json check (ValidateAgainstSchema): the coalesced values are validated against the
 * chart's schema, and each subchart's values (its sub-tree) against the subchart's schema, at every depth.
 * Every violation is reported, by chart, in the format Helm prints:
 * <pre>
 * values don't meet the specifications of the schema(s) in the following chart(s):
 * mychart:
 * - at '/replicas': got string, want integer
 * </pre>
 * The schema's draft comes from its {@code $schema}; 2020-12 when absent. {@code format} is not asserted.
 */
public final class SchemaValidation {
    /** The first line of Helm's schema error. */
    public static final String HEADER = "values don't meet the specifications of the schema(s) in the following chart(s):\n";

    private SchemaValidation() {
    }

    /** Validates the chart tree; throws a {@link ValuesException} with Helm's full message on any violation. */
    public static void validate(Chart chart, Map<String, Object> values) {
        String report = report(chart, values);
        if (!report.isEmpty()) {
            throw new ValuesException(HEADER + report);
        }
    }

    /** The per-chart violations, as Helm lists them after its header; empty when the values conform. */
    public static String report(Chart chart, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        if (chart.schema() != null) {
            String err = validateSingle(chart.schema(), values);
            if (!err.isEmpty()) {
                sb.append(chart.name()).append(":\n").append(err);
            }
        }
        for (Chart sub : Charts.deps(chart)) {
            Object raw = values == null ? null : values.get(sub.name());
            if (raw == null) {
                continue;
            }
            if (!(raw instanceof Map<?, ?>)) {
                sb.append(sub.name()).append(":\ninvalid type for values: expected object (map), got ")
                        .append(GoText.typeName(raw)).append('\n');
                continue;
            }
            sb.append(report(sub, Values.asMap(raw)));
        }
        return sb.toString();
    }

    /**
     * Validates values against one schema: empty when they conform, else the violations, one
     * {@code - at 'PATH': MESSAGE} line each (nested by two spaces under groups), ending in a newline.
     */
    public static String validateSingle(byte[] schemaJson, Map<String, Object> values) {
        String schema = new String(schemaJson, StandardCharsets.UTF_8);
        List<SchemaErrors.Node> errors;
        try {
            errors = SchemaErrors.validate(schema, values);
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (SchemaErrors.Node n : errors) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            n.print(b, "");
        }
        return b.append('\n').toString();
    }
}
