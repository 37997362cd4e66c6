package io.helm4j.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs networknt's validator and regroups its flat error list into the tree santhosh-tekuri/jsonschema
 * (Helm's validator) prints: one line per failing keyword, a "validation failed" group where one subschema
 * fails several ways, and a group per failing anyOf/oneOf/allOf. Internal: no networknt type leaves it.
 */
final class SchemaErrors {
    private SchemaErrors() {
    }

    /** One line of the report, with the lines nested under it. */
    record Node(String at, String message, List<Node> causes) {
        void print(StringBuilder b, String indent) {
            b.append(indent).append("- at '").append(at).append("': ").append(message);
            for (Node c : causes) {
                b.append('\n');
                c.print(b, indent + "  ");
            }
        }
    }

    private record Flat(List<String> eval, List<String> inst, Error error) {
    }

    /** Built once: creating a registry loads the draft meta-schemas. */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaCacheEnabled(false));
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    static List<Node> validate(String schemaText, Map<String, Object> values) {
        JsonNode tree = Registry.MAPPER.readTree(schemaText);
        if (tree instanceof ObjectNode o && o.get("$schema") != null
                && SpecificationVersion.fromDialectId(o.get("$schema").asString()).isEmpty()) {
            // santhosh-tekuri takes any other meta-schema URI (such as http://json-schema.org/schema#) as the latest
            o.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        }
        Schema schema = Registry.INSTANCE.getSchema(tree);
        List<Error> errors = schema.validate(toNode(values));
        List<Flat> flats = new ArrayList<>();
        for (Error e : errors) {
            flats.add(new Flat(segments(e.getEvaluationPath()), segments(e.getInstanceLocation()), e));
        }
        return group(List.of(), List.of(), flats);
    }

    private static List<String> segments(NodePath p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.getNameCount(); i++) {
            out.add(String.valueOf(p.getElement(i)));
        }
        return out;
    }

    /** The results of the schema at {@code eval} applied to the instance at {@code inst}. */
    private static List<Node> group(List<String> eval, List<String> inst, List<Flat> flats) {
        List<Node> out = new ArrayList<>();
        Map<String, List<Flat>> leaves = new LinkedHashMap<>();
        Map<List<String>, List<Flat>> children = new LinkedHashMap<>();
        Map<String, List<Flat>> combinators = new LinkedHashMap<>();
        for (Flat f : flats) {
            List<String> rest = f.eval().subList(eval.size(), f.eval().size());
            String kw = f.error().getKeyword();
            if (rest.size() == 1) {
                if (isCombinator(rest.get(0))) {
                    combinators.computeIfAbsent(rest.get(0), k -> new ArrayList<>()).add(f);
                } else {
                    leaves.computeIfAbsent(kw, k -> new ArrayList<>()).add(f);
                }
                continue;
            }
            String s = rest.get(0);
            if (isCombinator(s)) {
                combinators.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                continue;
            }
            int evalTake = takesName(s, rest) ? 2 : 1;
            int instTake = consumesInstance(s) ? 1 : 0;
            List<String> childEval = f.eval().subList(0, eval.size() + evalTake);
            List<String> childInst = f.inst().subList(0, Math.min(f.inst().size(), inst.size() + instTake));
            List<String> key = new ArrayList<>(childEval);
            key.add("@");
            key.addAll(childInst);
            children.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        String at = pointer(inst);
        for (Map.Entry<String, List<Flat>> e : leaves.entrySet()) {
            out.addAll(leaf(e.getKey(), e.getValue()));
        }
        for (List<Flat> fs : children.values()) {
            Flat f = fs.get(0);
            int cut = fs.get(0).eval().size();
            // recompute the child's own paths from the key used above
            List<String> rest = f.eval().subList(eval.size(), cut);
            String s = rest.get(0);
            int evalTake = takesName(s, rest) ? 2 : 1;
            int instTake = consumesInstance(s) ? 1 : 0;
            List<String> childEval = f.eval().subList(0, eval.size() + evalTake);
            List<String> childInst = f.inst().subList(0, Math.min(f.inst().size(), inst.size() + instTake));
            Node n = single(childInst, group(childEval, childInst, fs));
            if (n != null) {
                out.add(n);
            }
        }
        for (Map.Entry<String, List<Flat>> e : combinators.entrySet()) {
            out.add(combinator(e.getKey(), eval, inst, at, e.getValue()));
        }
        return out;
    }

    private static Node single(List<String> inst, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return null;
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        return new Node(pointer(inst), "validation failed", nodes);
    }

    private static boolean isCombinator(String s) {
        return s.equals("anyOf") || s.equals("oneOf") || s.equals("allOf");
    }

    private static boolean takesName(String s, List<String> rest) {
        return switch (s) {
            case "properties", "patternProperties", "dependentSchemas", "dependencies", "prefixItems", "$defs",
                    "definitions" -> rest.size() > 2;
            case "items" -> rest.size() > 2 && rest.get(1).chars().allMatch(Character::isDigit);
            default -> false;
        };
    }

    private static boolean consumesInstance(String s) {
        return switch (s) {
            case "properties", "patternProperties", "items", "prefixItems", "additionalProperties",
                    "additionalItems", "unevaluatedProperties", "unevaluatedItems", "contains" -> true;
            default -> false;
        };
    }

    private static Node combinator(String kind, List<String> eval, List<String> inst, String at, List<Flat> flats) {
        Flat header = null;
        Map<String, List<Flat>> branches = new LinkedHashMap<>();
        for (Flat f : flats) {
            List<String> rest = f.eval().subList(eval.size(), f.eval().size());
            if (rest.size() == 1) {
                header = f;
            } else {
                branches.computeIfAbsent(rest.get(1), k -> new ArrayList<>()).add(f);
            }
        }
        List<Node> causes = new ArrayList<>();
        for (Map.Entry<String, List<Flat>> b : branches.entrySet()) {
            List<String> be = new ArrayList<>(eval);
            be.add(kind);
            be.add(b.getKey());
            Node n = single(inst, group(be, inst, b.getValue()));
            if (n != null) {
                causes.add(n);
            }
        }
        String message = switch (kind) {
            case "anyOf" -> "'anyOf' failed";
            case "allOf" -> "'allOf' failed";
            default -> {
                Object[] args = header == null ? null : header.error().getArguments();
                if (args == null || args.length == 0 || "0".equals(String.valueOf(args[0]))) {
                    yield "'oneOf' failed, none matched";
                }
                List<String> idx = new ArrayList<>();
                for (int i = 1; i < args.length; i++) {
                    idx.add(String.valueOf(args[i]));
                }
                yield "'oneOf' failed, subschemas " + String.join(", ", idx) + " matched";
            }
        };
        return new Node(at, message, causes);
    }

    /** One line for a failing keyword (several networknt errors of one keyword make one line). */
    private static List<Node> leaf(String kw, List<Flat> fs) {
        Error e = fs.get(0).error();
        String at = pointer(fs.get(0).inst());
        JsonNode instance = e.getInstanceNode();
        JsonNode schemaNode = e.getSchemaNode();
        String msg;
        switch (kw) {
            case "type" -> msg = "got " + jsonType(instance) + ", want " + wantTypes(schemaNode);
            case "required" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(f.error().getProperty())));
                msg = props.size() == 1 ? "missing property " + props.get(0)
                        : "missing properties " + String.join(", ", props);
            }
            case "additionalProperties" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(f.error().getProperty())));
                msg = "additional properties " + String.join(", ", props) + " not allowed";
            }
            case "dependentRequired", "dependencies" -> {
                List<String> props = new ArrayList<>();
                fs.forEach(f -> props.add(quote(String.valueOf(f.error().getArguments()[0]))));
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
        return List.of(new Node(at, msg, List.of()));
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
        String q = GoText.quote(s == null ? "" : s);
        q = q.substring(1, q.length() - 1).replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q + "'";
    }

    private static String pointer(List<String> segs) {
        StringBuilder b = new StringBuilder();
        for (String s : segs) {
            b.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
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
