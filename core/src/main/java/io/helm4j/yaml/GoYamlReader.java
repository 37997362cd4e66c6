package io.helm4j.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * sigs.k8s.io/yaml Unmarshal into interface{}: snakeyaml-engine composes the node graph, then this
 * class decodes it the way go-yaml v2 does (scalar resolution, v2 merge-key order, aliases copied)
 * and applies the YAML to JSON step (keys to strings, every number a float64, NaN and infinities
 * rejected).
 */
final class GoYamlReader {
    /** Tag our resolver gives every untagged plain scalar, so go-yaml's rules can run later. */
    static final Tag PLAIN = new Tag("tag:helm4j,2026:plain");
    static final String PREFIX = "error converting YAML to JSON: ";

    private static final Schema SCHEMA = new Schema() {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> implicit ? PLAIN : Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    static final LoadSettings SETTINGS = settings(1024);

    /**
     * snakeyaml-engine copies its window each time it reads another buffer, which is quadratic in
     * the length of one long scalar; a buffer as large as the text reads it in one go.
     */
    private static LoadSettings settings(int bufferSize) {
        return LoadSettings.builder()
            .setBufferSize(bufferSize)
            .setSchema(SCHEMA)
            .setCodePointLimit(Integer.MAX_VALUE)
            .setMaxAliasesForCollections(Integer.MAX_VALUE)
            .setAllowRecursiveKeys(true)
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true)
            .setUseMarks(true)
            .setLabel("yaml")
            .build();
    }

    private static Compose compose(String yaml) {
        return new Compose(yaml.length() < 1024 ? SETTINGS : settings(yaml.length() + 1));
    }

    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> anchorsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decodeCount;
    private long aliasCount;
    private int aliasDepth;
    private char flowClose;
    private YamlException keyError;
    private YamlException jsonError;

    private GoYamlReader() {
    }

    /**
     * The first document, as sigs.k8s.io/yaml Unmarshal reads it (null for an empty stream): the
     * hand-written {@link FastYamlReader} when it reads the whole stream with certainty, else snakeyaml.
     */
    static Object loadFirst(String text) {
        GoYamlDepth.checkText(text);
        String yaml = GoYamlFinalBreak.chomp(text);
        Object fast = FastYamlReader.loadFirst(yaml);
        if (fast != FastYamlReader.DECLINED) {
            checkScanRules(yaml, true);
        }
        Object v = fast != FastYamlReader.DECLINED ? fast : snakeLoadFirst(yaml);
        GoYamlDepth.checkTree(v, yaml.length());
        return v;
    }

    /** {@link GoYaml#loadPlainMap}: the fast reader's mapping, when it and go-yaml's rules accept the text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> loadPlainMap(String yaml) {
        if (yaml.isEmpty() || yaml.charAt(yaml.length() - 1) != '\n') {
            return null; // a block scalar ending the stream reads otherwise (GoYamlFinalBreak)
        }
        Object fast = FastYamlReader.loadAll(yaml);
        if (!(fast instanceof List<?> docs) || docs.size() != 1 || !(docs.get(0) instanceof Map<?, ?> map)) {
            return null;
        }
        try {
            GoYamlDepth.checkText(yaml);
            checkScanRules(yaml, true);
            GoYamlDepth.checkTree(map, yaml.length());
        } catch (YamlException e) {
            return null;
        }
        return (Map<String, Object>) map;
    }

    /** Every document of the stream (the fast reader first, as {@link #loadFirst}). */
    @SuppressWarnings("unchecked")
    static List<Object> loadAll(String text) {
        GoYamlDepth.checkText(text);
        String yaml = GoYamlFinalBreak.chomp(text);
        Object fast = FastYamlReader.loadAll(yaml);
        if (fast != FastYamlReader.DECLINED) {
            checkScanRules(yaml, false);
        }
        List<Object> docs = fast != FastYamlReader.DECLINED ? (List<Object>) fast : snakeLoadAll(yaml);
        for (Object d : docs) {
            GoYamlDepth.checkTree(d, yaml.length());
        }
        return docs;
    }

    /** go-yaml's scanner rules over text the fast reader read (it reads tabs inside block scalars). */
    private static void checkScanRules(String yaml, boolean firstOnly) {
        GoYamlScanRules.Problem rule = GoYamlScanRules.first(yaml, firstOnly);
        if (rule != null) {
            throw rule.exception();
        }
    }

    /**
     * The first document's syntax as go-yaml v3's {@code Decoder.Decode} checks it (Helm 4 reads plugin.yaml so):
     * go-yaml's messages, the line chosen by v3's rule ({@link GoYamlErrors#translate}).
     */
    static void checkFirstV3(String yaml) {
        composed(GoYamlFinalBreak.chomp(yaml), true, true, text -> {
            Iterator<Node> docs = compose(text).composeAllFromString(text).iterator();
            return docs.hasNext() ? docs.next() : null;
        });
    }

    /** {@link #loadFirst} through snakeyaml-engine only: every construct, every error message. */
    static Object snakeLoadFirst(String yaml) {
        return composed(yaml, true, false, text -> {
            Iterator<Node> docs = compose(text).composeAllFromString(text).iterator();
            return docs.hasNext() ? new GoYamlReader().document(docs.next()) : null;
        });
    }

    /** {@link #loadAll} through snakeyaml-engine only. */
    static List<Object> snakeLoadAll(String yaml) {
        return composed(yaml, false, false, text -> {
            List<Object> out = new ArrayList<>();
            for (Node n : compose(text).composeAllFromString(text)) {
                out.add(new GoYamlReader().document(n));
            }
            return out;
        });
    }

    /**
     * Runs {@code read} over the text with snakeyaml-engine's errors in go-yaml's words; where
     * snakeyaml stops at a \L or \P escape (which go-yaml knows), it reads again with that escape
     * written as the equivalent four-digit unicode escape. go-yaml's scanner rules that snakeyaml does not
     * enforce ({@link GoYamlScanRules}: tabs, anchor names) win over snakeyaml's result and over its later errors.
     */
    private static <T> T composed(String yaml, boolean firstOnly, boolean v3, java.util.function.Function<String, T> read) {
        checkDirectives(yaml);
        GoYamlScanRules.Problem rule = GoYamlScanRules.first(yaml, firstOnly);
        String text = rule == null ? GoYamlScanRules.rewrite(yaml, firstOnly) : yaml;
        while (true) {
            T v;
            try {
                v = read.apply(text);
            } catch (YamlEngineException e) {
                String fixed = GoYamlErrors.lineSeparatorEscape(text, e);
                if (fixed == null) {
                    if (rule != null && rule.before(e)) {
                        throw rule.exception(v3);
                    }
                    throw GoYamlErrors.translate(e, text, v3);
                }
                text = fixed;
                continue;
            } catch (YamlException e) {
                throw rule != null ? rule.exception(v3) : e; // a scanner error stops go-yaml before it decodes
            } catch (RuntimeException e) {
                if (rule != null) {
                    throw rule.exception(v3); // snakeyaml refused what go-yaml's scanner stopped at before
                }
                throw e;
            }
            if (rule != null) {
                throw rule.exception(v3);
            }
            return v;
        }
    }

    /** go-yaml knows only the %YAML and %TAG directives; snakeyaml-engine ignores unknown ones. */
    private static void checkDirectives(String yaml) {
        int line = 0;
        int i = 0;
        while (i < yaml.length()) {
            int eol = yaml.indexOf('\n', i);
            if (eol < 0) {
                eol = yaml.length();
            }
            char c = i < eol ? yaml.charAt(i) : '\n';
            if (c == '%') {
                int e = i + 1;
                while (e < eol && isAlpha(yaml.charAt(e))) {
                    e++;
                }
                String name = yaml.substring(i + 1, e);
                String problem = null;
                if (name.isEmpty()) {
                    problem = "could not find expected directive name";
                } else if (e < eol && yaml.charAt(e) != ' ' && yaml.charAt(e) != '\t' && yaml.charAt(e) != '\r') {
                    problem = "found unexpected non-alphabetical character";
                } else if (!name.equals("YAML") && !name.equals("TAG")) {
                    problem = "found unknown directive name";
                }
                if (problem != null) {
                    String where = line > 0 ? "line " + (line + 1) + ": " : "";
                    throw new YamlException(PREFIX + "yaml: " + where + problem, line > 0 ? line + 1 : -1);
                }
            } else if (c != '#' && c != '\n' && c != '\r') {
                return;
            }
            i = eol + 1;
            line++;
        }
    }

    private static boolean isAlpha(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    }

    private Object document(Node root) {
        Object v = value(root);
        if (keyError != null) {
            throw keyError;
        }
        if (jsonError != null) {
            throw jsonError;
        }
        return v;
    }

    private Object value(Node n) {
        boolean alias = countDecode(n);
        if (alias) {
            aliasDepth++;
        }
        try {
            return decode(n);
        } finally {
            if (alias) {
                aliasDepth--;
            }
        }
    }

    /**
     * go-yaml v2's guard against alias bombs: counts decoded nodes and those decoded through an
     * alias, and fails when aliases expand too much. Returns whether n is reached through an alias
     * (snakeyaml-engine gives an alias the anchored node itself: any later visit is an alias).
     */
    private boolean countDecode(Node n) {
        boolean alias = n.getAnchor().isPresent() && !anchorsSeen.add(n);
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (alias) {
            decodeCount++; // the alias node, then its target
            aliasCount += aliasDepth > 0 ? 1 : 0;
        }
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
            throw decodeError("document contains excessive aliasing");
        }
        return alias;
    }

    private static double allowedAliasRatio(long decodes) {
        if (decodes <= 400_000) {
            return 0.99;
        }
        if (decodes >= 4_000_000) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((decodes - 400_000) / 3_600_000.0);
    }

    private Object decode(Node n) {
        if (n instanceof ScalarNode s) {
            return jsonScalar(scalar(s));
        }
        if (!inProgress.add(n)) {
            throw decodeError("anchor '" + n.getAnchor().map(Object::toString).orElse("") + "' value contains itself");
        }
        char outerFlow = flowClose;
        flowClose = flowCloser(n, outerFlow);
        try {
            if (n instanceof SequenceNode seq) {
                List<Node> items = seq.getValue();
                List<Object> out = new GoSlice.Appended(items.size()); // sigs.k8s.io/yaml decodes the JSON form: appended
                for (Node item : items) {
                    out.add(value(item));
                }
                return out;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            mappingInto((MappingNode) n, out);
            return out;
        } finally {
            inProgress.remove(n);
            flowClose = outerFlow;
        }
    }

    /** The closing bracket of the innermost flow collection, or 0 in block context. */
    private static char flowCloser(Node n, char outer) {
        if (n instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW) {
            return n instanceof SequenceNode ? ']' : '}';
        }
        return outer;
    }

    private void mappingInto(MappingNode m, Map<String, Object> out) {
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (isMerge(k)) {
                merge(t.getValueNode(), out);
                continue;
            }
            String key = key(k, t.getValueNode());
            Object v = value(t.getValueNode());
            if (key != null) {
                out.put(key, v);
            }
        }
    }

    private static boolean isMerge(Node k) {
        if (!(k instanceof ScalarNode s) || !s.getValue().equals("<<")) {
            return false;
        }
        return s.getTag().equals(PLAIN) || s.getTag().equals(Tag.MERGE);
    }

    private void merge(Node n, Map<String, Object> out) {
        if (n instanceof MappingNode m) {
            mergeMapping(m, out);
        } else if (n instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = items.size() - 1; i >= 0; i--) {
                if (!(items.get(i) instanceof MappingNode m)) {
                    throw decodeError("map merge requires map or sequence of maps as the value");
                }
                mergeMapping(m, out);
            }
        } else {
            throw decodeError("map merge requires map or sequence of maps as the value");
        }
    }

    private void mergeMapping(MappingNode m, Map<String, Object> out) {
        if (!inProgress.add(m)) {
            throw decodeError("anchor '" + m.getAnchor().map(Object::toString).orElse("") + "' value contains itself");
        }
        char outerFlow = flowClose;
        flowClose = flowCloser(m, outerFlow);
        try {
            mappingInto(m, out);
        } finally {
            inProgress.remove(m);
            flowClose = outerFlow;
        }
    }

    /** The JSON key for a key node (convertToJSONableObject), or null after recording a conversion error. */
    private String key(Node k, Node valueNode) {
        if (!(k instanceof ScalarNode s)) {
            throw decodeError("invalid map key: " + GoSyntax.describe(this, k));
        }
        Object v = scalar(s);
        String key = jsonKey(v);
        if (key == null) {
            recordKeyError(v, valueNode);
        }
        return key;
    }

    /**
     * The JSON object key sigs.k8s.io/yaml makes of a decoded scalar key (a string, integer, bool or
     * float), or null for a key it cannot convert (null, integers beyond 64 bits).
     */
    static String jsonKey(Object v) {
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (v instanceof String str) {
            return str;
        }
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            String f = GoFloat.formatG32(d);
            return switch (f) {
                case "+Inf" -> ".inf";
                case "-Inf" -> "-.inf";
                case "NaN" -> ".nan";
                default -> f;
            };
        }
        return null;
    }

    private void recordKeyError(Object v, Node valueNode) {
        if (keyError == null) {
            String type = v == null ? "%!s(<nil>)" : GoSyntax.typeName(v);
            keyError = new YamlException(PREFIX + "unsupported map key of type: " + type + ", key: "
                    + GoSyntax.value(v) + ", value: " + GoSyntax.describe(this, valueNode), -1);
        }
    }

    /** go-yaml's decoded scalar: null, Boolean, Long, BigInteger, Double or String. */
    Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        if (flowClose != 0 && s.isPlain() && s.getValue().indexOf('?', 1) > 0) {
            // YAML 1.1: inside flow collections '?' ends a plain scalar and starts a key
            int line = s.getStartMark().map(m -> m.getLine()).orElse(0);
            throw new YamlException(PREFIX + "yaml: " + (line > 0 ? "line " + line + ": " : "")
                    + "did not find expected ',' or '" + flowClose + "'", line > 0 ? line : -1);
        }
        if (tag.equals(PLAIN)) {
            Object v = GoScalars.resolvePlain(s.getValue()).value();
            return v == GoScalars.MERGE ? "<<" : v;
        }
        if (tag.equals(Tag.STR)) {
            return s.getValue();
        }
        try {
            return GoScalars.resolveTagged(tag.getValue(), s.getValue());
        } catch (YamlException e) {
            throw new YamlException(PREFIX + e.getMessage(), -1);
        }
    }

    private Object jsonScalar(Object v) {
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite()) && jsonError == null) {
            jsonError = new YamlException(PREFIX + "json: unsupported value: " + GoFloat.formatG(d), -1);
        }
        return v;
    }

    private static YamlException decodeError(String msg) {
        return new YamlException(PREFIX + "yaml: " + msg, -1);
    }
}
