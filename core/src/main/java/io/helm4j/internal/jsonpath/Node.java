package io.helm4j.internal.jsonpath;

import java.util.ArrayList;
import java.util.List;

/** The parse tree of a template, as client-go's node types. */
sealed interface Node {
    /** A sequence of nodes: the whole template, one action, or one side of a filter. */
    record ListNode(List<Node> nodes) implements Node {
        ListNode() {
            this(new ArrayList<>());
        }
    }

    /** Literal text, outside an action or quoted inside one. */
    record TextNode(String text) implements Node {
    }

    /** {@code .name}: a map key. */
    record FieldNode(String name) implements Node {
    }

    /** {@code [start:end:step]}, each part maybe absent; {@code end} derived from {@code [n]} is n+1. */
    record ArrayNode(Param start, Param end, Param step) implements Node {
    }

    /** One slice bound. */
    record Param(int value, boolean known, boolean derived) {
    }

    /** {@code [?(left op right)]}, or {@code [?(left)]} (operator "exists"). */
    record FilterNode(ListNode left, ListNode right, String operator) implements Node {
    }

    record IntNode(int value) implements Node {
    }

    record FloatNode(double value) implements Node {
    }

    record BoolNode(boolean value) implements Node {
    }

    /** {@code .*} or {@code [*]} on a map. */
    record WildcardNode() implements Node {
    }

    /** {@code ..}: every value below, containers first. */
    record RecursiveNode() implements Node {
    }

    /** {@code [a,b]}: the results of each part, one after the other. */
    record UnionNode(List<ListNode> parts) implements Node {
    }

    /** {@code range}, {@code end}, or an unknown word (an error when evaluated). */
    record IdentifierNode(String name) implements Node {
    }
}
