package io.helm4j.lint;

import io.helm4j.chart.Chart;
import io.helm4j.values.SchemaValidation;
import java.util.Map;

/** The JSON schema checks lint runs, behind one seam (the values package owns the validator). */
final class Schemas {
    private Schemas() {
    }

    /** Violations of one schema, in Helm's {@code - at 'PATH': MESSAGE} lines; empty when none. */
    static String validateSingle(byte[] schema, Map<String, Object> values) {
        return SchemaValidation.validateSingle(schema, values);
    }

    /** Helm's full "values don't meet the specifications..." message for the chart tree, or null. */
    static String validateTree(Chart chart, Map<String, Object> values) {
        String report = SchemaValidation.report(chart, values);
        return report.isEmpty() ? null : SchemaValidation.HEADER + report;
    }
}
