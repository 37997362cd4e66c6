package io.helm4j.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML and JSON as Helm reads and writes them (sigs.k8s.io/yaml over go-yaml v2, and Go's
 * encoding/json). Values use the template value model: Map (String keys), List, String, Boolean,
 * Long, Double, null. Every error is a {@link YamlException} whose message is what Helm prints.
 */
public final class GoYaml {
    private GoYaml() {
    }

    /** sigs.k8s.io/yaml Unmarshal into interface{}: the first document; numbers become float64 (Double). */
    /**
     * The text of a YAML file's bytes, refusing what is not UTF-8 as go-yaml's reader does
     * ({@code error converting YAML to JSON: yaml: invalid leading UTF-8 octet}).
     */
    public static String text(byte[] yaml) {
        return GoUtf8.decode(yaml);
    }

    /**
     * The text of a template's bytes: invalid UTF-8 bytes are kept as lone surrogates U+DC80..U+DCFF, so
     * that a manifest holding them is refused as go-yaml refuses the bytes ({@link #check}).
     */
    public static String escapedText(byte[] data) {
        return GoUtf8.decodeEscaped(data);
    }

    /** Throws go-yaml's reader error when {@code text} (from {@link #escapedText}) holds bytes that are not UTF-8. */
    public static void check(String text) {
        String problem = GoUtf8.escapedBytesProblem(text);
        if (problem != null) {
            throw new YamlException(GoYamlReader.PREFIX + "yaml: " + problem, -1);
        }
    }

    /**
     * A template's string as go-yaml reads its bytes: invalid UTF-8 (kept as U+DC80..U+DCFF) refused with
     * go-yaml's reader error ({@code yaml: incomplete UTF-8 octet sequence}), a UTF-16 byte order mark
     * followed; text that holds no such byte is returned as it is.
     */
    public static String readGoString(String s) {
        return GoUtf8.readGoString(s);
    }

    public static Object load(String yaml) {
        return GoYamlReader.loadFirst(yaml);
    }

    /**
     * Checks the first document's syntax as go-yaml v3's {@code Decoder} does (a {@link YamlException}
     * {@code yaml: line N: ...} with v3's line); Helm 4 reads {@code plugin.yaml} with it.
     */
    public static void checkSyntaxV3(String yaml) {
        GoYamlReader.checkFirstV3(yaml);
    }

    /**
     * {@link #loadMap} of a text the hand-written reader reads with certainty, or null where {@link #load} would
     * take its general path (anchors, aliases, tags, flow over several lines, an error...) or the first document is
     * not a mapping: for callers that read a large text in parts and fall back to the whole text then. The text
     * must end with a line break (null otherwise).
     */
    public static Map<String, Object> loadPlainMap(String yaml) {
        return GoYamlReader.loadPlainMap(yaml);
    }

    /**
     * sigs.k8s.io/yaml Unmarshal into map[string]interface{}: the first document, which must be a
     * mapping or empty (giving an empty map).
     */
    public static Map<String, Object> loadMap(String yaml) {
        return asMap(load(yaml), YAML_TO_JSON);
    }

    /** Every document of a multi-document stream, each as {@link #load} reads it (empty ones as null). */
    public static List<Object> loadAll(String yaml) {
        return GoYamlReader.loadAll(yaml);
    }

    /** Every document as {@link #loadMap} reads it. */
    public static List<Map<String, Object>> loadAllMaps(String yaml) {
        return loadAll(yaml).stream().map(o -> asMap(o, YAML_TO_JSON)).toList();
    }

    /** How sigs.k8s.io/yaml words json.Unmarshal's errors (reading JSON directly, Go has no prefix). */
    private static final String YAML_TO_JSON = "error unmarshaling JSON: while decoding JSON: ";
    static final String YAML_TO_JSON_PREFIX = YAML_TO_JSON;

    /** The value as Unmarshal into map[string]interface{} takes it: null is an empty map. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String prefix) {
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new YamlException(prefix + "json: cannot unmarshal " + jsonKind(o)
                + " into Go value of type map[string]interface {}", -1);
    }

    /** The value as Unmarshal into []interface{} takes it: null is an empty list. */
    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o, String prefix) {
        if (o == null) {
            return new java.util.ArrayList<>();
        }
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new YamlException(prefix + "json: cannot unmarshal " + jsonKind(o)
                + " into Go value of type []interface {}", -1);
    }

    /**
     * Go's encoding/json name for the kind of a decoded value, as its "cannot unmarshal KIND into ..."
     * errors word it: object, array, string, number or bool.
     */
    public static String jsonKind(Object decoded) {
        return switch (decoded) {
            case String s -> "string";
            case Boolean b -> "bool";
            case Number n -> "number";
            case List<?> l -> "array";
            case null, default -> "object";
        };
    }

    /** sigs.k8s.io/yaml Marshal: what Helm's {@code toYaml} prints (before its trailing-newline trim). */
    public static String toYaml(Object value) {
        return GoYamlWriter.write(value);
    }

    /**
     * go-yaml v3's Encoder with indent 2: what Helm's {@code toYamlPretty} prints (before its
     * trailing-newline trim). Unlike {@link #toYaml} there is no JSON round trip.
     */
    public static String toYamlPretty(Object value) {
        return GoYamlV3Writer.write(value);
    }

    /**
     * BurntSushi/toml's encoding: what {@code toToml} prints (Helm prints the error text instead on
     * failure). A map gives tables; another value is written bare, as {@code [1, 2]}.
     */
    public static String toToml(Object value) {
        return GoToml.write(value);
    }

    /**
     * BurntSushi/toml's Unmarshal into map[string]interface{}: what {@code fromToml} returns
     * (integers Long, floats Double, date-times Go times).
     */
    public static Map<String, Object> fromToml(String toml) {
        return GoTomlReader.read(toml);
    }

    /** Go's json.Marshal: what {@code toJson} prints. */
    public static String toJson(Object value) {
        return GoJsonWriter.write(value);
    }

    /** Go's json.MarshalIndent(v, "", "  "): what {@code toPrettyJson} prints. */
    public static String toPrettyJson(Object value) {
        return GoJsonWriter.writeIndented(value, "  ");
    }

    /** JSON without HTML escaping (a json.Encoder with SetEscapeHTML(false)): what {@code toRawJson} prints. */
    public static String toRawJson(Object value) {
        return GoJsonWriter.writeRaw(value);
    }

    /**
     * sigs.k8s.io/yaml Unmarshal into []interface{} (Helm's {@code fromYamlArray}): the first document,
     * which must be a sequence or empty (giving an empty list).
     */
    public static List<Object> loadList(String yaml) {
        return asList(load(yaml), YAML_TO_JSON);
    }

    /** Go's json.Unmarshal into interface{}: numbers are float64. */
    public static Object fromJson(String json) {
        return GoJsonReader.read(json);
    }

    /** Go's json.Unmarshal into map[string]interface{} (Helm's {@code fromJson}); null gives an empty map. */
    public static Map<String, Object> fromJsonObject(String json) {
        return asMap(fromJson(json), "");
    }

    /** Go's json.Unmarshal into []interface{} (Helm's {@code fromJsonArray}); null gives an empty list. */
    public static List<Object> fromJsonArray(String json) {
        return asList(fromJson(json), "");
    }

    /** A value a json.Decoder read from the start of a text, and the char offset just past it. */
    public record JsonPrefix(Object value, int end) {
    }

    /**
     * json.Decoder.Decode into interface{} of the value at the start of {@code text} (after white
     * space): the value ends where its grammar ends, and what follows is left to the caller. Errors are
     * the Decoder's: {@code EOF} for blank text, {@code unexpected EOF} for a value cut short.
     */
    public static JsonPrefix fromJsonPrefix(String text) {
        return GoJsonReader.readPrefix(text);
    }
}
