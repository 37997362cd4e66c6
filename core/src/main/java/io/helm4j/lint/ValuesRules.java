package io.helm4j.lint;

import io.helm4j.events.EventSink;
import io.helm4j.values.Coalesce;
import io.helm4j.values.SchemaValidation;
import io.helm4j.values.Values;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's values.yaml rules ({@code rules.ValuesWithOverrides}): the file should exist, parse, and,
 * coalesced under the user's values (top level only, as Helm does), meet values.schema.json.
 */
final class ValuesRules {
    private static final String FILE = "values.yaml";

    private ValuesRules() {
    }

    static void lint(Linter linter, Map<String, Object> overrides, boolean skipSchemaValidation) {
        Path vf = linter.chartDir().resolve(FILE);
        if (!linter.run(Severity.INFO, FILE, Files.exists(vf) ? null : "file does not exist")) {
            return;
        }
        linter.run(Severity.ERROR, FILE, validate(vf, overrides, skipSchemaValidation));
    }

    private static String validate(Path vf, Map<String, Object> overrides, boolean skipSchemaValidation) {
        Map<String, Object> values;
        try {
            values = GoYaml.loadMap(new String(Files.readAllBytes(vf), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "unable to parse YAML: read " + vf + ": " + e.getMessage();
        } catch (RuntimeException e) {
            // Helm 4 reads values.yaml into common.Values, and Go names that type in the error.
            return "unable to parse YAML: " + String.valueOf(e.getMessage())
                    .replace("Go value of type map[string]interface {}", "Go value of type common.Values");
        }
        Map<String, Object> coalesced = Coalesce.coalesceTables(new LinkedHashMap<>(),
                Values.deepCopyMap(overrides), EventSink.discard());
        coalesced = Coalesce.coalesceTables(coalesced, values, EventSink.discard());
        Path schemaPath = vf.resolveSibling("values.schema.json");
        byte[] schema;
        try {
            schema = Files.exists(schemaPath) ? Files.readAllBytes(schemaPath) : new byte[0];
        } catch (IOException e) {
            return "read " + schemaPath + ": " + e.getMessage();
        }
        if (schema.length == 0 || skipSchemaValidation) {
            return null;
        }
        String err = SchemaValidation.validateSingle(schema, coalesced);
        return err.isEmpty() ? null : err;
    }
}
