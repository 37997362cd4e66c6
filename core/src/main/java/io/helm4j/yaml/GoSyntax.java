package io.helm4j.yaml;

import io.helm4j.gostd.Strconv;
import java.math.BigInteger;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Go's {@code %#v} of decoded YAML values, for the few error messages that print one. */
final class GoSyntax {
    private GoSyntax() {
    }

    static String typeName(Object v) {
        return switch (v) {
            case String s -> "string";
            case Long l -> "int";
            case Double d -> "float64";
            case Boolean b -> "bool";
            case BigInteger b -> b.bitLength() <= 64 && b.signum() > 0 ? "uint64" : "*big.Int";
            default -> "interface {}";
        };
    }

    static String value(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case String s -> quote(s);
            case Double d -> GoFloat.formatG(d);
            case BigInteger b -> b.bitLength() <= 64 && b.signum() > 0 ? "0x" + b.toString(16) : b.toString();
            default -> String.valueOf(v);
        };
    }

    static String describe(GoYamlReader r, Node n) {
        StringBuilder b = new StringBuilder();
        describe(r, n, b, 0);
        return b.toString();
    }

    private static void describe(GoYamlReader r, Node n, StringBuilder b, int depth) {
        if (depth > 20) {
            b.append("...");
        } else if (n instanceof ScalarNode s) {
            b.append(value(r.scalar(s)));
        } else if (n instanceof SequenceNode seq) {
            b.append("[]interface {}{");
            boolean first = true;
            for (Node item : seq.getValue()) {
                b.append(first ? "" : ", ");
                first = false;
                describe(r, item, b, depth + 1);
            }
            b.append('}');
        } else if (n instanceof MappingNode m) {
            b.append("map[interface {}]interface {}{");
            boolean first = true;
            for (NodeTuple t : m.getValue()) {
                b.append(first ? "" : ", ");
                first = false;
                describe(r, t.getKeyNode(), b, depth + 1);
                b.append(':');
                describe(r, t.getValueNode(), b, depth + 1);
            }
            b.append('}');
        }
    }

    /** strconv.Quote. */
    static String quote(String s) {
        return Strconv.quote(s);
    }
}
