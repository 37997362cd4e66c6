package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema reader builds exactly the tree Jackson's readTree builds, or leaves the text to Jackson. */
class SchemaJsonTest {
    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    /** Same node classes, values, key order and text as readTree's tree; null when equal. */
    private static String diff(String path, JsonNode a, JsonNode b) {
        if (a.getClass() != b.getClass()) {
            return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
        }
        if (a.isObject()) {
            List<String> ka = a.propertyNames().stream().toList();
            List<String> kb = b.propertyNames().stream().toList();
            if (!ka.equals(kb)) {
                return path + ": keys " + ka + " vs " + kb;
            }
            for (String k : ka) {
                String d = diff(path + "/" + k, a.get(k), b.get(k));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return path + ": size " + a.size() + " vs " + b.size();
            }
            Iterator<JsonNode> ib = b.iterator();
            int i = 0;
            for (JsonNode x : a) {
                String d = diff(path + "/" + i++, x, ib.next());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) && a.toString().equals(b.toString()) ? null : path + ": " + a + " vs " + b;
    }

    private static void assertSameTree(String json) {
        JsonNode ours = SchemaJson.readPlain(json);
        assertThat(ours).as("taken by the reader: %s", json).isNotNull();
        assertThat(diff("", ours, JACKSON.readTree(json))).as(json).isNull();
        assertThat(SchemaJson.read(json)).isEqualTo(ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", " {\"a\" : [ 1 , 2 ] }\n", "true", "null", "\"s\"",
        "[0, -0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649, 9223372036854775807, 9223372036854775808,"
                + " -9223372036854775808, -9223372036854775809, 123456789012345678901234567890, 1000000000]",
        "[0.0, -0.0, 1.5, 1e3, 1E+3, 1e-3, -2.5e10, 0.1, 3.141592653589793238462643383279, 1e400, 1e-400, 10.0]",
        "{\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00 \\u0000 caf\u00e9 \ud83d\ude00\"}",
        "{\"a\": 1, \"b\": 2, \"a\": {\"x\": [true, false, null]}}",
        "{\"type\": \"object\", \"properties\": {\"port\": {\"type\": \"integer\", \"minimum\": 1, \"multipleOf\": 0.01}}}",
    })
    void plainJsonGivesReadTreesTree(String json) {
        assertSameTree(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "{", "{\"a\": 1,}", "[1,]", "[01]", "[1.]", "[.5]", "[1e]", "[+1]", "[-]", "{a: 1}", "{'a': 1}",
        "[NaN]", "[truex]", "[nul]", "\"tab\there\"", "\"bad \\x escape\"", "\"\\u12g4\"", "{} {}", "{} x",
        "// c\n{}", "\ufeff{}", "[1 2]", "{\"a\" 1}", "[Infinity]", "[1.5x]", "[0x10]",
    })
    void anythingElseIsLeftToJacksonAndFailsOrReadsAsThere(String json) {
        assertThat(SchemaJson.readPlain(json)).isNull();
        JsonNode jackson;
        try {
            jackson = JACKSON.readTree(json);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> SchemaJson.read(json)).isInstanceOf(e.getClass()).hasMessage(e.getMessage());
            return;
        }
        JsonNode ours = SchemaJson.read(json);
        assertThat(ours == null ? null : ours.toString()).isEqualTo(jackson == null ? null : jackson.toString());
    }

    @Test
    void deepNestingIsLeftToJackson() {
        String deep = "[".repeat(300) + "]".repeat(300);
        assertThat(SchemaJson.readPlain(deep)).isNull();
        assertThat(SchemaJson.read(deep).toString()).isEqualTo(JACKSON.readTree(deep).toString());
        String ok = "[".repeat(100) + "]".repeat(100);
        assertSameTree(ok);
    }

    @Test
    void everyCorpusSchemaIsReadAsReadTreeReadsIt() throws IOException {
        Path charts = Path.of(System.getProperty("helm4j.corpus",
                System.getProperty("helm4j.shared", "../../shared") + "/corpus"), "charts");
        assumeTrue(Files.isDirectory(charts), "skipped: the shared corpus (" + charts + ") is absent");
        List<Path> schemas;
        try (Stream<Path> s = Files.walk(charts)) {
            schemas = s.filter(p -> p.getFileName().toString().equals("values.schema.json")).sorted().toList();
        }
        assertThat(schemas).hasSizeGreaterThan(10);
        for (Path p : schemas) {
            assertSameTree(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Test
    void validationReadsTheSchemaThroughIt() {
        String schema = "{\"$schema\": \"http://json-schema.org/schema#\", \"properties\": {\"n\": {\"maximum\": 1.5}}}";
        assertThat(SchemaValidation.validateSingle(schema.getBytes(StandardCharsets.UTF_8), Map.of("n", 2L)))
                .isEqualTo("- at '/n': maximum: got 2, want 1.5\n");
    }
}
