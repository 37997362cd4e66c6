package io.helm4j.values;

import io.helm4j.gostd.Strconv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.networknt.schema.Error;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** santhosh-tekuri/jsonschema's wording for each failing keyword, and the values model as a Jackson tree. */
final class SchemaMessages {
    private SchemaMessages() {
    }

    /** One line for a failing keyword (several networknt errors of one keyword make one line). */
    static SchemaErrors.Node leaf(String kw, List<Error> fs, String at) {
        Error e = fs.get(0);
        JsonNode instance = e.getInstanceNode();
        JsonNode schemaNode = e.getSchemaNode();
        String msg;
        switch (kw) {
            case "type" -> msg = "got " + jsonType(instance) + ", want " + wantTypes(schemaNode);
            case "required" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(f.getProperty())));
                msg = props.size() == 1 ? "missing property " + props.get(0)
                        : "missing properties " + String.join(", ", props);
            }
            case "additionalProperties" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(f.getProperty())));
                msg = "additional properties " + String.join(", ", props) + " not allowed";
            }
            case "dependentRequired", "dependencies" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(String.valueOf(f.getArguments()[0]))));
                msg = "properties " + String.join(", ", props) + " required, if " + quote(e.getProperty())
                        + " exists";
            }
            case "enum" -> {
                List<String> vals = new ArrayList<>();
                schemaNode.forEach(v -> vals.add(show(v)));
                msg = vals.size() == 1 ? "value must be " + vals.get(0)
                        : "value must be one of " + String.join(", ", vals);
            }
            case "const" -> msg = "value must be " + show(schemaNode);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                msg = kw + ": got " + number(instance) + ", want " + number(schemaNode);
            case "minLength", "maxLength" ->
                msg = kw + ": got " + instance.asString().codePointCount(0, instance.asString().length()) + ", want "
                        + number(schemaNode);
            case "minItems", "maxItems" -> msg = kw + ": got " + instance.size() + ", want " + number(schemaNode);
            case "minProperties", "maxProperties" ->
                msg = kw + ": got " + instance.size() + ", want " + number(schemaNode);
            case "pattern" -> msg = show(instance) + " does not match pattern " + quote(schemaNode.asString());
            case "uniqueItems" -> msg = uniqueItems(instance);
            case "false" -> msg = "false schema";
            case "not" -> msg = "'not' failed";
            default -> msg = e.getMessage();
        }
        return new SchemaErrors.Node(at, msg, List.of());
    }

    private static String uniqueItems(JsonNode array) {
        for (int i = 0; i < array.size(); i++) {
            for (int j = i + 1; j < array.size(); j++) {
                if (array.get(i).equals(array.get(j))) {
                    return "items at " + i + " and " + j + " are equal";
                }
            }
        }
        return "items are not unique";
    }

    private static String jsonType(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isString()) {
            return "string";
        }
        if (n.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String wantTypes(JsonNode t) {
        TreeSet<String> types = new TreeSet<>();
        if (t != null && t.isArray()) {
            t.forEach(x -> types.add(x.asString()));
        } else if (t != null) {
            types.add(t.asString());
        }
        return String.join(" or ", types);
    }

    private static String number(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return String.valueOf(n);
        }
        BigDecimal d = n.decimalValue().stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    private static String show(JsonNode v) {
        if (v == null) {
            return "null";
        }
        if (v.isString()) {
            return quote(v.asString());
        }
        if (v.isNumber()) {
            return number(v);
        }
        return v.toString();
    }

    /** santhosh-tekuri's quote: Go's %q with single quotes outside. */
    static String quote(String s) {
        String q = Strconv.quote(s == null ? "" : s);
        q = q.substring(1, q.length() - 1).replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q + "'";
    }

    /** The values model as a Jackson tree. */
    static JsonNode toNode(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), toNode(x)));
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            l.forEach(x -> a.add(toNode(x)));
            return a;
        }
        if (v instanceof String s) {
            return f.stringNode(s);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Long || v instanceof Integer) {
            return f.numberNode(((Number) v).longValue());
        }
        if (v instanceof Double d) {
            return f.numberNode(d);
        }
        if (v instanceof Number n) {
            return f.numberNode(new BigDecimal(n.toString()));
        }
        return f.stringNode(String.valueOf(v));
    }
}
