package io.helm4j.values;

import static io.helm4j.values.Fixtures.chart;
import static io.helm4j.values.Fixtures.withSchema;
import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.helm4j.chart.Chart;

class SchemaValidationTest {
    private static final String SCHEMA = """
            {"type": "object", "required": ["port"],
             "properties": {"port": {"type": "integer", "minimum": 1}, "name": {"type": "string"},
                            "mail": {"type": "string", "format": "email"}}}
            """;

    private static String single(String schema, String values) {
        return SchemaValidation.validateSingle(schema.getBytes(StandardCharsets.UTF_8), yaml(values));
    }

    @Test
    void conformingValuesPass() {
        assertThat(single(SCHEMA, "port: 80\nname: x\n")).isEmpty();
        // float64 values that are whole numbers are integers; format is not asserted
        assertThat(single(SCHEMA, "port: 80.0\nmail: not-an-address\n")).isEmpty();
    }

    @Test
    void everyViolationIsListedWithItsPath() {
        assertThat(single(SCHEMA, "port: 0\nname: 5\n")).isEqualTo("""
                - at '/port': minimum: got 0, want 1
                - at '/name': got number, want string
                """);
        assertThat(single(SCHEMA, "name: x\n")).isEqualTo("- at '': missing property 'port'\n");
    }

    @Test
    void severalFailuresOfOneSubschemaAreGrouped() {
        String schema = "{\"properties\": {\"p\": {\"type\": \"string\", \"minLength\": 3, \"pattern\": \"^a+$\"}}}";
        assertThat(single(schema, "p: b\n")).isEqualTo("""
                - at '/p': validation failed
                  - at '/p': minLength: got 1, want 3
                  - at '/p': 'b' does not match pattern '^a+$'
                """);
    }

    @Test
    void aTypeFailureIsTheOnlyFailureOfItsSubschema() {
        // santhosh-tekuri stops at a failing type: the enum (and everything else) of that subschema is not checked
        String schema = "{\"properties\": {\"policy\": {\"type\": \"string\", \"enum\": [\"sync\", \"upsert-only\"]},"
                + " \"o\": {\"type\": \"object\", \"required\": [\"x\"], \"anyOf\": [{\"minProperties\": 2}],"
                + " \"properties\": {\"x\": {\"type\": \"string\", \"minLength\": 3}}}}}";
        assertThat(single(schema, "policy: null\n")).isEqualTo("- at '/policy': got null, want string\n");
        assertThat(single(schema, "o: 5\n")).isEqualTo("- at '/o': got number, want object\n");
        // other subschemas, and the same subschema once its type matches, report as before
        assertThat(single(schema, "policy: 1\no: {x: ab}\n")).isEqualTo("""
                - at '/policy': got number, want string
                - at '/o': validation failed
                  - at '/o/x': minLength: got 2, want 3
                  - at '/o': 'anyOf' failed
                    - at '/o': minProperties: got 1, want 2
                """);
    }

    @Test
    void anEnumFailureHidesTheSubschemasLaterKeywords() {
        String schema = "{\"properties\": {\"p\": {\"enum\": [\"a\", \"bb\"], \"minLength\": 2}}}";
        assertThat(single(schema, "p: c\n")).isEqualTo("- at '/p': value must be one of 'a', 'bb'\n");
    }

    @Test
    void theDraftComesFromDollarSchema() {
        String draft7 = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", "
                + "\"properties\": {\"t\": {\"items\": [{\"type\": \"string\"}]}}}";
        assertThat(single(draft7, "t: [1]\n")).isEqualTo("- at '/t/0': got number, want string\n");
        String latest = "{\"$schema\": \"http://json-schema.org/schema#\", \"properties\": {\"a\": {\"type\": \"string\"}}}";
        assertThat(single(latest, "a: 1\n")).isEqualTo("- at '/a': got number, want string\n");
    }

    @Test
    void subchartsAreValidatedAgainstTheirOwnSubtree() {
        Chart sub = withSchema(chart("sub", null), "{\"required\": [\"size\"]}");
        Chart app = withSchema(chart("app", null, sub), SCHEMA);
        assertThatThrownBy(() -> SchemaValidation.validate(app, yaml("port: 0\nsub: {other: 1}\n")))
                .isInstanceOf(ValuesException.class)
                .hasMessage(SchemaValidation.HEADER + "app:\n- at '/port': minimum: got 0, want 1\n"
                        + "sub:\n- at '': missing property 'size'\n");
        SchemaValidation.validate(app, yaml("port: 1\nsub: {size: 1}\n"));
        // no values for a subchart: nothing to validate
        SchemaValidation.validate(app, yaml("port: 1\n"));
    }

    @Test
    void aSubchartWhoseValuesAreNotAMapIsReported() {
        Chart app = chart("app", null, withSchema(chart("sub", null), "{}"));
        assertThat(SchemaValidation.report(app, Map.of("sub", "text")))
                .isEqualTo("sub:\ninvalid type for values: expected object (map), got string\n");
    }
}
