package io.helm4j.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The line each node of a {@code config} or {@code runtimeConfig} would have in the YAML go-yaml v3 writes for
 * it: Helm decodes those sections from a re-marshalled copy ({@code yaml.Marshal} of a {@code map[string]any},
 * keys sorted), so its error messages count lines there, not in {@code plugin.yaml}.
 */
final class RemarshalLines implements YamlV3Decoder.LineMap {
    private final Map<Node, Integer> lines = new IdentityHashMap<>();

    RemarshalLines(Node root) {
        if (root instanceof CollectionNode<?> c && !c.getValue().isEmpty()) {
            place(root, 1);
        } else if (root != null) {
            lines.put(root, 1);
        }
    }

    @Override
    public int line(Node n) {
        return lines.getOrDefault(n, 1);
    }

    private int place(Node n, int line) {
        lines.put(n, line);
        int cur = line;
        if (n instanceof MappingNode m) {
            List<NodeTuple> entries = new ArrayList<>(m.getValue());
            entries.sort(Comparator.comparing(t -> key(t.getKeyNode())));
            for (NodeTuple t : entries) {
                lines.put(t.getKeyNode(), cur);
                Node v = t.getValueNode();
                cur = nested(v) ? place(v, cur + 1) : leaf(v, cur);
            }
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                cur = nested(item) ? place(item, cur) : leaf(item, cur);
            }
        }
        return cur;
    }

    private static boolean nested(Node n) {
        return n instanceof CollectionNode<?> c && !c.getValue().isEmpty();
    }

    private int leaf(Node n, int line) {
        lines.put(n, line);
        if (n instanceof ScalarNode s && s.getValue().contains("\n")) {
            return line + 1 + s.getValue().split("\n", -1).length;
        }
        return line + 1;
    }

    private static String key(Node k) {
        return k instanceof ScalarNode s ? s.getValue() : "";
    }
}
