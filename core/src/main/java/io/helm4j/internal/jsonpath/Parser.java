package io.helm4j.internal.jsonpath;

import io.helm4j.internal.jsonpath.Node.ArrayNode;
import io.helm4j.internal.jsonpath.Node.BoolNode;
import io.helm4j.internal.jsonpath.Node.FieldNode;
import io.helm4j.internal.jsonpath.Node.FilterNode;
import io.helm4j.internal.jsonpath.Node.FloatNode;
import io.helm4j.internal.jsonpath.Node.IdentifierNode;
import io.helm4j.internal.jsonpath.Node.IntNode;
import io.helm4j.internal.jsonpath.Node.ListNode;
import io.helm4j.internal.jsonpath.Node.Param;
import io.helm4j.internal.jsonpath.Node.RecursiveNode;
import io.helm4j.internal.jsonpath.Node.TextNode;
import io.helm4j.internal.jsonpath.Node.UnionNode;
import io.helm4j.internal.jsonpath.Node.WildcardNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * client-go's JSONPath parser: text outside braces, actions inside, scanned rune by rune with the same
 * terminators, quoting and error messages. One instance parses one template.
 */
final class Parser {
    private static final Pattern DICT_KEY = Pattern.compile("^'([^']*)'$");
    private static final Pattern SLICE = Pattern.compile("^(-?\\d*)(:-?\\d*)?(:-?\\d*)?$");
    private static final Pattern FILTER = Pattern.compile("^([^!<>=]+)([!<>=]+)(.+?)$", Pattern.DOTALL);

    private final String input;
    private final ListNode root = new ListNode();
    private int pos;
    private int start;
    private int width;

    private Parser(String input) {
        this.input = input;
    }

    static ListNode parse(String text) {
        Parser p = new Parser(text);
        p.parseText(p.root);
        return p.root;
    }

    /** Parses {@code {text}} and returns the action's node list (client-go's parseAction). */
    private static ListNode parseAction(String text) {
        return (ListNode) parse("{" + text + "}").nodes().get(0);
    }

    private String consume() {
        String v = input.substring(start, pos);
        start = pos;
        return v;
    }

    private int next() {
        if (pos >= input.length()) {
            width = 0;
            return -1;
        }
        int r = input.codePointAt(pos);
        width = Character.charCount(r);
        pos += width;
        return r;
    }

    private int peek() {
        int r = next();
        pos -= width;
        return r;
    }

    private void backup() {
        pos -= width;
    }

    private void parseText(ListNode cur) {
        while (true) {
            if (input.startsWith("{", pos)) {
                if (pos > start) {
                    cur.nodes().add(new TextNode(consume()));
                }
                pos += 1;
                consume();
                ListNode action = new ListNode();
                cur.nodes().add(action);
                parseInsideAction(action);
                return;
            }
            if (next() == -1) {
                break;
            }
        }
        if (pos > start) {
            cur.nodes().add(new TextNode(consume()));
        }
    }

    private void parseInsideAction(ListNode cur) {
        while (true) {
            if (input.startsWith("}", pos)) {
                pos += 1;
                consume();
                parseText(root);
                return;
            }
            if (input.startsWith("[?(", pos)) {
                parseFilter(cur);
                continue;
            }
            if (input.startsWith("..", pos)) {
                parseRecursive(cur);
                continue;
            }
            int r = next();
            if (r == -1 || r == '\r' || r == '\n') {
                throw new JsonPathException("unclosed action");
            } else if (r == ' ' || r == '@' || r == '$') {
                consume();
            } else if (r == '[') {
                parseArray(cur);
            } else if (r == '"' || r == '\'') {
                parseQuote(cur, r);
            } else if (r == '.') {
                parseField(cur);
            } else if (r == '+' || r == '-' || Character.isDigit(r)) {
                backup();
                parseNumber(cur);
            } else if (isAlphaNumeric(r)) {
                backup();
                parseIdentifier(cur);
            } else {
                throw new JsonPathException("unrecognized character in action: " + goUnicode(r));
            }
        }
    }

    private void parseIdentifier(ListNode cur) {
        int r;
        do {
            r = next();
        } while (!isTerminator(r));
        backup();
        String value = consume();
        if (value.equals("true") || value.equals("false")) {
            cur.nodes().add(new BoolNode(value.equals("true")));
        } else {
            cur.nodes().add(new IdentifierNode(value));
        }
    }

    private void parseRecursive(ListNode cur) {
        List<Node> nodes = cur.nodes();
        if (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof RecursiveNode) {
            throw new JsonPathException("invalid multiple recursive descent");
        }
        pos += 2;
        consume();
        nodes.add(new RecursiveNode());
        if (isAlphaNumeric(peek())) {
            parseField(cur);
        }
    }

    private void parseNumber(ListNode cur) {
        int r = peek();
        if (r == '+' || r == '-') {
            next();
        }
        while (true) {
            r = next();
            if (r != '.' && !(r >= '0' && r <= '9')) {
                backup();
                break;
            }
        }
        String value = consume();
        Integer i = GoNumbers.atoi(value);
        if (i != null) {
            cur.nodes().add(new IntNode(i));
            return;
        }
        Double d = GoNumbers.parseFloat(value);
        if (d != null) {
            cur.nodes().add(new FloatNode(d));
            return;
        }
        throw new JsonPathException("cannot parse number " + value);
    }

    private void parseArray(ListNode cur) {
        while (true) {
            int r = next();
            if (r == -1 || r == '\n') {
                throw new JsonPathException("unterminated array");
            }
            if (r == ']') {
                break;
            }
        }
        String text = consume();
        text = text.substring(1, text.length() - 1);
        if (text.equals("*")) {
            text = ":";
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 1) {
            List<ListNode> union = new ArrayList<>();
            for (String part : parts) {
                union.add(parseAction("[" + part.replaceAll("^ +| +$", "") + "]"));
            }
            cur.nodes().add(new UnionNode(union));
            return;
        }
        Matcher dict = DICT_KEY.matcher(text);
        if (dict.matches()) {
            cur.nodes().addAll(parseAction("." + dict.group(1)).nodes());
            return;
        }
        Matcher slice = SLICE.matcher(text);
        if (!slice.matches()) {
            throw new JsonPathException("invalid array index " + text);
        }
        Param[] params = new Param[3];
        for (int i = 0; i < 3; i++) {
            String v = slice.group(i + 1) == null ? "" : slice.group(i + 1);
            if (!v.isEmpty()) {
                if (i > 0) {
                    v = v.substring(1);
                }
                if (i > 0 && v.isEmpty()) {
                    params[i] = new Param(0, false, false);
                } else {
                    Integer n = GoNumbers.atoi(v);
                    if (n == null) {
                        throw new JsonPathException("array index " + v + " is not a number");
                    }
                    params[i] = new Param(n, true, false);
                }
            } else if (i == 1) {
                params[i] = new Param(params[0].value() + 1, true, true);
            } else {
                params[i] = new Param(0, false, false);
            }
        }
        cur.nodes().add(new ArrayNode(params[0], params[1], params[2]));
    }

    private void parseFilter(ListNode cur) {
        pos += 3;
        consume();
        boolean begin = false;
        boolean end = false;
        int pair = 0;
        loop:
        while (true) {
            int r = next();
            switch (r) {
                case -1, '\n' -> throw new JsonPathException("unterminated filter");
                case '"', '\'' -> {
                    if (!begin) {
                        begin = true;
                        pair = r;
                        continue;
                    }
                    if (input.charAt(pos - 2) != '\\' && r == pair) {
                        end = true;
                    }
                }
                case ')' -> {
                    if (begin == end) {
                        break loop;
                    }
                }
                default -> {
                }
            }
        }
        if (next() != ']') {
            throw new JsonPathException("unclosed array expect ]");
        }
        String text = consume();
        text = text.substring(0, text.length() - 2);
        Matcher m = FILTER.matcher(text);
        if (!m.matches()) {
            cur.nodes().add(new FilterNode(parseAction(text), new ListNode(), "exists"));
        } else {
            ListNode left = parseAction(m.group(1));
            ListNode right = parseAction(m.group(3));
            cur.nodes().add(new FilterNode(left, right, m.group(2)));
        }
    }

    private void parseQuote(ListNode cur, int quote) {
        while (true) {
            int r = next();
            if (r == -1 || r == '\n') {
                throw new JsonPathException("unterminated quoted string");
            }
            if (r == quote && input.charAt(pos - 2) != '\\') {
                break;
            }
        }
        String value = consume();
        cur.nodes().add(new TextNode(GoNumbers.unquoteExtend(value)));
    }

    private void parseField(ListNode cur) {
        consume();
        while (advance()) {
            // scan to the next unescaped terminator
        }
        String value = consume();
        cur.nodes().add(value.equals("*") ? new WildcardNode() : new FieldNode(value.replace("\\", "")));
    }

    private boolean advance() {
        int r = next();
        if (r == '\\') {
            next();
        } else if (isTerminator(r)) {
            backup();
            return false;
        }
        return true;
    }

    private static boolean isTerminator(int r) {
        return switch (r) {
            case -1, ' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}' -> true;
            default -> false;
        };
    }

    private static boolean isAlphaNumeric(int r) {
        return r == '_' || Character.isLetter(r) || Character.isDigit(r);
    }

    /** Go's {@code %#U}: U+0041 'A', or without the character when it is not printable. */
    static String goUnicode(int r) {
        String hex = String.format("U+%04X", r);
        boolean printable = !Character.isISOControl(r) && Character.isDefined(r)
                && Character.getType(r) != Character.FORMAT && Character.getType(r) != Character.UNASSIGNED;
        return printable ? hex + " '" + new String(Character.toChars(r)) + "'" : hex;
    }
}
