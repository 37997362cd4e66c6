package io.helm4j.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
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
    }

    static List<Node> validate(String schemaText, Map<String, Object> values) {
        JsonNode tree = SchemaJson.read(schemaText);
        if (tree instanceof ObjectNode o && o.get("$schema") != null
                && SpecificationVersion.fromDialectId(o.get("$schema").asString()).isEmpty()) {
            // santhosh-tekuri takes any other meta-schema URI (such as http://json-schema.org/schema#) as the latest
            o.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        }
        Schema schema = Registry.INSTANCE.getSchema(tree);
        List<Error> errors = schema.validate(SchemaMessages.toNode(values));
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

    /**
     * The keywords santhosh-tekuri evaluates before all others, in its order; a subschema failing one of them
     * reports that failure alone.
     */
    private static final List<String> EARLY_EXITS = List.of("type", "const", "enum", "format");

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
        for (String kw : EARLY_EXITS) {
            List<Flat> first = leaves.get(kw);
            if (first != null) {
                // santhosh-tekuri checks these keywords first and stops at the first that fails: the subschema's
                // other keywords (and its $ref, applicators and combinators) are not evaluated at all
                leaves.clear();
                leaves.put(kw, first);
                children.clear();
                combinators.clear();
                break;
            }
        }
        for (Map.Entry<String, List<Flat>> e : leaves.entrySet()) {
            List<Error> errs = e.getValue().stream().map(Flat::error).toList();
            String at0 = pointer(e.getValue().get(0).inst());
            if (e.getKey().equals("propertyNames")) {
                out.addAll(propertyNames(errs));
            } else {
                out.add(SchemaMessages.leaf(e.getKey(), errs, at0));
            }
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

    /**
     * santhosh-tekuri reports each bad property name as a group at '' holding the name's own failures
     * (also at ''); networknt gives one message per name, so the name is validated again on its own.
     */
    private static List<Node> propertyNames(List<Error> errors) {
        List<Node> out = new ArrayList<>();
        for (Error e : errors) {
            String name = e.getProperty() != null ? e.getProperty()
                    : e.getArguments() != null && e.getArguments().length > 0 ? String.valueOf(e.getArguments()[0]) : "";
            List<Node> causes = new ArrayList<>();
            try {
                Schema sub = Registry.INSTANCE.getSchema(e.getSchemaNode());
                List<Flat> flats = new ArrayList<>();
                for (Error x : sub.validate(JsonNodeFactory.instance.stringNode(name))) {
                    flats.add(new Flat(segments(x.getEvaluationPath()), segments(x.getInstanceLocation()), x));
                }
                causes.addAll(group(List.of(), List.of(), flats));
            } catch (RuntimeException ex) {
                causes.add(new Node("", e.getMessage(), List.of()));
            }
            out.add(new Node("", "invalid propertyName " + SchemaMessages.quote(name), causes));
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

    static String pointer(List<String> segs) {
        StringBuilder b = new StringBuilder();
        for (String s : segs) {
            b.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

}
