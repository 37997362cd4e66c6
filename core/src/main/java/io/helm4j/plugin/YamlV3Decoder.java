package io.helm4j.plugin;

import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Decodes YAML nodes into typed fields as go-yaml v3 decodes into Go structs: any scalar into a string (its
 * text), YAML 1.1 words into bools, and type errors collected as {@code line N: cannot unmarshal !!seq into
 * string}, then reported together as {@code yaml: unmarshal errors:}. With known fields, a key the struct does
 * not have is {@code line N: field K not found in type T}. Line numbers are {@link #lineOffset} plus the node's.
 */
final class YamlV3Decoder {
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True",
            "TRUE");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False",
            "FALSE");

    private final List<String> errors = new ArrayList<>();
    /** Added to node lines: for a document re-marshalled by Helm, the place of the node in Helm's text. */
    private final LineMap lines;

    /** Where a node stands in the text Helm decodes (its own line, or its line in a re-marshalled document). */
    interface LineMap {
        int line(Node n);
    }

    YamlV3Decoder(LineMap lines) {
        this.lines = lines;
    }

    static int ownLine(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The first document's root node, null for an empty stream; syntax errors as go-yaml's. */
    static Node compose(String text) {
        try {
            GoYaml.checkSyntaxV3(text); // go-yaml v3's messages and lines for syntax errors
        } catch (YamlException e) {
            String m = e.getMessage();
            String prefix = "error converting YAML to JSON: ";
            throw new YamlException(m.startsWith(prefix) ? m.substring(prefix.length()) : m, -1);
        }
        for (Node doc : new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeAllFromString(text)) {
            return doc;
        }
        return null;
    }

    /** Throws the collected type errors, if any, as go-yaml's {@code yaml: unmarshal errors:}. */
    void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new YamlException("yaml: unmarshal errors:\n  " + String.join("\n  ", errors), -1);
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The entries of a mapping node (null or a null scalar: none; another kind: a type error into {@code type}). */
    Map<String, Node> struct(Node n, String type, Set<String> known) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (n == null || isNull(n)) {
            return out;
        }
        if (!(n instanceof MappingNode m)) {
            terror(n, type);
            return out;
        }
        if (duplicateKeys(m)) {
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (known != null && !known.contains(key)) {
                errors.add("line " + lines.line(t.getKeyNode()) + ": field " + key + " not found in type " + type);
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /**
     * go-yaml v3 decodes no mapping with a key twice (same kind, same text): each later one is {@code line N: mapping
     * key "K" already defined at line M}, and none of the mapping's entries is decoded.
     */
    private boolean duplicateKeys(MappingNode m) {
        int before = errors.size();
        List<NodeTuple> ts = m.getValue();
        for (int i = 0; i < ts.size(); i++) {
            Node ki = ts.get(i).getKeyNode();
            for (int j = i + 1; j < ts.size(); j++) {
                Node kj = ts.get(j).getKeyNode();
                if (ki.getNodeType() == kj.getNodeType() && ki instanceof ScalarNode si && kj instanceof ScalarNode sj
                        && si.getValue().equals(sj.getValue())) {
                    errors.add("line " + lines.line(kj) + ": mapping key " + io.helm4j.gostd.Strconv.quote(sj.getValue())
                            + " already defined at line " + lines.line(ki));
                }
            }
        }
        return errors.size() > before;
    }

    /** A mapping of string keys to nodes, into a Go map type named {@code type}. */
    Map<String, Node> map(Node n, String type) {
        return struct(n, type, null);
    }

    String string(Node n) {
        if (n == null || isNull(n)) {
            return "";
        }
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        terror(n, "string");
        return "";
    }

    boolean bool(Node n) {
        if (n == null || isNull(n)) {
            return false;
        }
        if (n instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.PLAIN || tag(s).equals("!!bool"))) {
            if (TRUE.contains(s.getValue())) {
                return true;
            }
            if (FALSE.contains(s.getValue())) {
                return false;
            }
        }
        terror(n, "bool");
        return false;
    }

    /** An unsigned or signed integer field of Go type {@code type} ({@code uint32}, {@code int64}, {@code uint64}). */
    long integer(Node n, String type) {
        if (n == null || isNull(n)) {
            return 0;
        }
        if (n instanceof ScalarNode s && tag(s).equals("!!int")) {
            try {
                String v = s.getValue().replace("_", "");
                long x = v.startsWith("0x") ? Long.parseLong(v.substring(2), 16)
                        : v.startsWith("0o") ? Long.parseLong(v.substring(2), 8)
                        : v.startsWith("0b") ? Long.parseLong(v.substring(2), 2) : Long.parseLong(v);
                if (!(type.startsWith("u") && x < 0) && !(type.equals("uint32") && x > 0xFFFFFFFFL)) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // falls through to the type error
            }
        }
        terror(n, type);
        return 0;
    }

    /** A sequence of nodes into the Go slice type {@code type}. */
    List<Node> seq(Node n, String type) {
        if (n == null || isNull(n)) {
            return List.of();
        }
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        terror(n, type);
        return List.of();
    }

    List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        for (Node item : seq(n, "[]string")) {
            out.add(string(item));
        }
        return out;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && tag(s).equals("!!null");
    }

    private void terror(Node n, String type) {
        String tag = tag(n);
        String value = "";
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            value = v.length() > 10 ? " `" + v.substring(0, 7) + "...`" : " `" + v + "`";
        }
        errors.add("line " + lines.line(n) + ": cannot unmarshal " + tag + value + " into " + type);
    }

    /** go-yaml v3's short tag of a node: explicit, else resolved as YAML 1.2's core schema resolves plain scalars. */
    static String tag(Node n) {
        String explicit = n.getTag().getValue();
        if (n instanceof MappingNode) {
            return "!!map";
        }
        if (n instanceof SequenceNode) {
            return "!!seq";
        }
        ScalarNode s = (ScalarNode) n;
        if (s.getScalarStyle() != ScalarStyle.PLAIN) {
            return explicit.startsWith("tag:yaml.org,2002:") && !explicit.endsWith(":str")
                    ? "!!" + explicit.substring("tag:yaml.org,2002:".length()) : "!!str";
        }
        String v = s.getValue();
        if (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
            return "!!null";
        }
        if (v.equals("true") || v.equals("True") || v.equals("TRUE") || v.equals("false") || v.equals("False")
                || v.equals("FALSE")) {
            return "!!bool";
        }
        if (INT.matcher(v).matches()) {
            return "!!int";
        }
        if (FLOAT.matcher(v).matches()) {
            return "!!float";
        }
        return "!!str";
    }
}
