package io.helm4j.internal.jsonpath;

import io.helm4j.internal.jsonpath.Node.ArrayNode;
import io.helm4j.internal.jsonpath.Node.BoolNode;
import io.helm4j.internal.jsonpath.Node.FieldNode;
import io.helm4j.internal.jsonpath.Node.FilterNode;
import io.helm4j.internal.jsonpath.Node.FloatNode;
import io.helm4j.internal.jsonpath.Node.IdentifierNode;
import io.helm4j.internal.jsonpath.Node.IntNode;
import io.helm4j.internal.jsonpath.Node.ListNode;
import io.helm4j.internal.jsonpath.Node.RecursiveNode;
import io.helm4j.internal.jsonpath.Node.TextNode;
import io.helm4j.internal.jsonpath.Node.UnionNode;
import io.helm4j.internal.jsonpath.Node.WildcardNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One execution of a parsed template over data (client-go's {@code FindResults} and {@code walk}): each
 * top-level node is evaluated against the data, and {@code range ... end} re-runs the nodes between them
 * for each result. Holds the range bookkeeping, so it is used once.
 */
final class Evaluator {
    private final List<Node> root;
    private final boolean allowMissingKeys;
    private int beginRange;
    private int inRange;
    private int endRange;
    private int lastEnd = -1;

    Evaluator(ListNode root, boolean allowMissingKeys) {
        this.root = root.nodes();
        this.allowMissingKeys = allowMissingKeys;
    }

    /** The results of each top-level node, in order (range bodies once per item). */
    List<List<Object>> findResults(Object data, int from) {
        List<Object> cur = Collections.singletonList(data);
        List<List<Object>> full = new ArrayList<>();
        for (int i = from; i < root.size(); i++) {
            List<Object> results = walk(cur, root.get(i));
            if (endRange > 0 && endRange <= inRange) {
                endRange--;
                lastEnd = i;
                break;
            }
            if (beginRange > 0) {
                beginRange--;
                inRange++;
                if (!results.isEmpty()) {
                    for (Object v : results) {
                        full.addAll(findResults(v, i + 1));
                    }
                } else {
                    findResults(null, i + 1);
                }
                inRange--;
                for (int k = i + 1; k < root.size(); k++) {
                    if (k == lastEnd) {
                        i = k;
                        break;
                    }
                }
                continue;
            }
            full.add(results);
        }
        return full;
    }

    private List<Object> walk(List<Object> in, Node node) {
        return switch (node) {
            case ListNode l -> list(in, l);
            case TextNode t -> Collections.singletonList(t.text());
            case FieldNode f -> field(in, f);
            case ArrayNode a -> array(in, a);
            case FilterNode f -> filter(in, f);
            case IntNode n -> Collections.nCopies(in.size(), n.value());
            case FloatNode n -> Collections.nCopies(in.size(), n.value());
            case BoolNode n -> Collections.nCopies(in.size(), n.value());
            case WildcardNode w -> wildcard(in);
            case RecursiveNode r -> recursive(in);
            case UnionNode u -> union(in, u);
            case IdentifierNode id -> identifier(in, id);
        };
    }

    private List<Object> list(List<Object> in, ListNode node) {
        List<Object> cur = in;
        for (Node n : node.nodes()) {
            cur = walk(cur, n);
        }
        return cur;
    }

    private List<Object> identifier(List<Object> in, IdentifierNode node) {
        switch (node.name()) {
            case "range" -> {
                beginRange++;
                return in;
            }
            case "end" -> {
                if (inRange == 0) {
                    throw new JsonPathException("not in range, nothing to end");
                }
                endRange++;
                return List.of();
            }
            default -> throw new JsonPathException("unrecognized identifier " + node.name());
        }
    }

    private List<Object> field(List<Object> in, FieldNode node) {
        List<Object> out = new ArrayList<>();
        if (in.isEmpty()) {
            return out;
        }
        for (Object v : in) {
            if (v instanceof Map<?, ?> m && m.containsKey(node.name())) {
                out.add(m.get(node.name()));
            }
        }
        if (out.isEmpty() && !allowMissingKeys) {
            throw new JsonPathException(node.name() + " is not found");
        }
        return out;
    }

    private List<Object> array(List<Object> in, ArrayNode node) {
        List<Object> out = new ArrayList<>();
        for (Object v : in) {
            if (v == null) {
                continue;
            }
            if (!(v instanceof List<?> list)) {
                throw new JsonPathException(Values.goType(v) + " is not array or slice");
            }
            int len = list.size();
            int start = node.start().known() ? node.start().value() : 0;
            if (start < 0) {
                start += len;
            }
            int end = node.end().known() ? node.end().value() : len;
            if (end < 0 || (end == 0 && node.end().derived())) {
                end += len;
            }
            if (end == start) {
                return out;
            }
            if (start >= len || start < 0) {
                throw new JsonPathException("array index out of bounds: index " + start + ", length " + len);
            }
            if (end > len || end < 0) {
                throw new JsonPathException("array index out of bounds: index " + (end - 1) + ", length " + len);
            }
            if (start > end) {
                throw new JsonPathException("starting index " + start + " is greater than ending index " + end);
            }
            int step = 1;
            if (node.step().known()) {
                if (node.step().value() <= 0) {
                    throw new JsonPathException("step must be > 0");
                }
                step = node.step().value();
            }
            for (int i = start; i < end; i += step) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    private List<Object> union(List<Object> in, UnionNode node) {
        List<Object> out = new ArrayList<>();
        for (ListNode part : node.parts()) {
            out.addAll(list(in, part));
        }
        return out;
    }

    private List<Object> wildcard(List<Object> in) {
        List<Object> out = new ArrayList<>();
        for (Object v : in) {
            out.addAll(Values.children(v));
        }
        return out;
    }

    private List<Object> recursive(List<Object> in) {
        List<Object> out = new ArrayList<>();
        for (Object v : in) {
            List<Object> children = Values.children(v);
            if (!children.isEmpty()) {
                out.add(v);
                out.addAll(recursive(children));
            }
        }
        return out;
    }

    private List<Object> filter(List<Object> in, FilterNode node) {
        List<Object> out = new ArrayList<>();
        for (Object v : in) {
            if (!(v instanceof List<?> list)) {
                throw new JsonPathException((v == null ? "<nil>" : io.helm4j.gotemplate.GoFmt.sprint(v))
                        + " is not array or slice and cannot be filtered");
            }
            for (Object item : list) {
                List<Object> temp = Collections.singletonList(item);
                if (node.operator().equals("exists")) {
                    List<Object> lefts;
                    try {
                        lefts = list(temp, node.left());
                    } catch (JsonPathException e) {
                        lefts = List.of();
                    }
                    if (!lefts.isEmpty()) {
                        out.add(item);
                    }
                    continue;
                }
                List<Object> lefts = list(temp, node.left());
                if (lefts.isEmpty()) {
                    continue;
                }
                if (lefts.size() > 1) {
                    throw new JsonPathException("can only compare one element at a time");
                }
                List<Object> rights = list(temp, node.right());
                if (rights.isEmpty()) {
                    continue;
                }
                if (rights.size() > 1) {
                    throw new JsonPathException("can only compare one element at a time");
                }
                if (compare(node.operator(), lefts.get(0), rights.get(0))) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static boolean compare(String op, Object left, Object right) {
        return switch (op) {
            case "<" -> Values.less(left, right);
            case ">" -> !(Values.less(left, right) || Values.equal(left, right));
            case "==" -> Values.equal(left, right);
            case "!=" -> !Values.equal(left, right);
            case "<=" -> Values.less(left, right) || Values.equal(left, right);
            case ">=" -> !Values.less(left, right);
            default -> throw new JsonPathException("unrecognized filter operator " + op);
        };
    }
}
