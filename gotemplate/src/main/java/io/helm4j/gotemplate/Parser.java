package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import io.helm4j.gotemplate.Node.BranchNode;
import io.helm4j.gotemplate.Node.CommandNode;
import io.helm4j.gotemplate.Node.ListNode;
import io.helm4j.gotemplate.Node.PipeNode;
import io.helm4j.gotemplate.Node.VariableNode;
import io.helm4j.gotemplate.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's template parser: turns one text into trees (the top-level one plus every {@code define} and
 * {@code block}), with Go's error messages.
 */
final class Parser {
    private static final int MAX_STACK_DEPTH = 10000;

    private final String parseName;
    private final String text;
    private final TokenStream tokens;
    private final Predicate<String> hasFunction;
    private final Map<String, Tree> treeSet;
    private List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;
    private int stackDepth;
    /** Line of the action being parsed, for "unclosed action started at" (0 outside actions). */
    private int actionLine;

    private Parser(String parseName, String text, Predicate<String> hasFunction, Map<String, Tree> treeSet) {
        this.parseName = parseName;
        this.text = text;
        this.hasFunction = hasFunction;
        this.treeSet = treeSet;
        this.tokens = new TokenStream(Lexer.lex(text, !hasFunction.test("break"), !hasFunction.test("continue")));
    }

    /**
     * Parses {@code text} named {@code name}; adds the resulting trees to {@code treeSet} (insertion
     * order: definitions as met, then the top-level tree).
     */
    static void parse(String name, String text, Predicate<String> hasFunction, Map<String, Tree> treeSet) {
        Parser p = new Parser(name, text, hasFunction, treeSet);
        try {
            p.parseTop(name);
        } catch (StackOverflowError e) {
            throw new TemplateParseException(name, p.currentLine(), "max expression depth exceeded");
        }
    }

    private Token nextToken() {
        return tokens.next();
    }

    private void backup() {
        tokens.backup();
    }

    private Token peek() {
        return tokens.peek();
    }

    private Token nextNonSpace() {
        return tokens.nextNonSpace();
    }

    private Token peekNonSpace() {
        return tokens.peekNonSpace();
    }

    private int currentLine() {
        return tokens.currentLine();
    }

    private TemplateParseException error(String detail) {
        return new TemplateParseException(parseName, currentLine(), detail);
    }

    private TemplateParseException unexpected(Token token, String context) {
        if (token.kind() == Kind.ERROR) {
            return lexError(token);
        }
        return error("unexpected " + token + " in " + context);
    }

    /** A lexer error, noting where the action started when that was on another line. */
    private TemplateParseException lexError(Token token) {
        String extra = "";
        if (actionLine != 0 && actionLine != token.line()) {
            extra = token.val().endsWith(" action") ? " started at " + parseName + ":" + actionLine
                    : " in action started at " + parseName + ":" + actionLine;
        }
        return error(token.val() + extra);
    }

    private Token expect(Kind kind, String context) {
        Token t = nextNonSpace();
        if (t.kind() != kind) {
            throw unexpected(t, context);
        }
        return t;
    }

    // ---- structure ----

    private void parseTop(String name) {
        List<Node> nodes = new ArrayList<>();
        int rootPos = peek().pos();
        while (peek().kind() != Kind.EOF) {
            if (peek().kind() == Kind.LEFT_DELIM) {
                int mark = tokens.mark();
                nextToken();
                if (nextNonSpace().kind() == Kind.DEFINE) {
                    parseDefinition();
                    continue;
                }
                tokens.reset(mark);
            }
            Node n = textOrAction();
            if (n instanceof Node.EndNode || n instanceof Node.ElseNode) {
                throw error("unexpected " + Node.print(n));
            }
            nodes.add(n);
        }
        add(new Tree(name, parseName, new ListNode(rootPos, List.copyOf(nodes)), text));
    }

    private void add(Tree tree) {
        Tree old = treeSet.get(tree.name());
        if (old == null || old.root().isEmptyTree()) {
            treeSet.put(tree.name(), tree);
            return;
        }
        if (!tree.root().isEmptyTree()) {
            throw error("template: multiple definition of template " + Strconv.quote(tree.name()));
        }
    }

    private void parseDefinition() {
        String context = "define clause";
        Token nameTok = nextNonSpace();
        if (nameTok.kind() != Kind.STRING && nameTok.kind() != Kind.RAW_STRING) {
            throw unexpected(nameTok, context);
        }
        String name = unquote(nameTok.val());
        expect(Kind.RIGHT_DELIM, context);
        List<String> saved = vars;
        vars = new ArrayList<>(List.of("$"));
        ListAndEnd le = itemList();
        if (!(le.end instanceof Node.EndNode)) {
            throw error("unexpected " + Node.print(le.end) + " in " + context);
        }
        vars = saved;
        add(new Tree(name, parseName, le.list, text));
    }

    private String unquote(String quoted) {
        try {
            return Strconv.unquote(quoted);
        } catch (Strconv.SyntaxError e) {
            throw error("invalid syntax");
        }
    }

    private record ListAndEnd(ListNode list, Node end) {
    }

    private ListAndEnd itemList() {
        int pos = peekNonSpace().pos();
        List<Node> nodes = new ArrayList<>();
        while (peekNonSpace().kind() != Kind.EOF) {
            Node n = textOrAction();
            if (n instanceof Node.EndNode || n instanceof Node.ElseNode) {
                return new ListAndEnd(new ListNode(pos, List.copyOf(nodes)), n);
            }
            nodes.add(n);
        }
        throw error("unexpected EOF");
    }

    private Node textOrAction() {
        Token t = nextNonSpace();
        return switch (t.kind()) {
            case TEXT -> new Node.TextNode(t.pos(), t.val());
            case LEFT_DELIM -> {
                actionLine = t.line();
                try {
                    yield action();
                } finally {
                    actionLine = 0;
                }
            }
            default -> throw unexpected(t, "input");
        };
    }

    private Node action() {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case BLOCK:
                return blockControl();
            case BREAK:
                return breakControl(t, "{{break}}");
            case CONTINUE:
                return breakControl(t, "{{continue}}");
            case ELSE:
                return elseControl();
            case END:
                return new Node.EndNode(expect(Kind.RIGHT_DELIM, "end").pos());
            case IF:
                return control(Node.Branch.IF);
            case RANGE:
                return control(Node.Branch.RANGE);
            case TEMPLATE:
                return templateControl();
            case WITH:
                return control(Node.Branch.WITH);
            default:
                break;
        }
        backup();
        Token p = peek();
        return new Node.ActionNode(p.pos(), p.line(), pipeline("command", Kind.RIGHT_DELIM));
    }

    private Node breakControl(Token t, String context) {
        Token n = nextNonSpace();
        if (n.kind() != Kind.RIGHT_DELIM) {
            throw unexpected(n, context);
        }
        if (rangeDepth == 0) {
            throw error(context + " outside {{range}}");
        }
        return context.equals("{{break}}") ? new Node.BreakNode(t.pos(), t.line())
                : new Node.ContinueNode(t.pos(), t.line());
    }

    private Node elseControl() {
        Token p = peekNonSpace();
        if (p.kind() == Kind.IF || p.kind() == Kind.WITH) {
            return new Node.ElseNode(p.pos(), p.line());
        }
        Token t = expect(Kind.RIGHT_DELIM, "else");
        return new Node.ElseNode(t.pos(), t.line());
    }

    private Node control(Node.Branch kind) {
        int mark = vars.size();
        try {
            String context = kind.word;
            PipeNode pipe = pipeline(context, Kind.RIGHT_DELIM);
            if (kind == Node.Branch.RANGE) {
                rangeDepth++;
            }
            ListAndEnd le = itemList();
            if (kind == Node.Branch.RANGE) {
                rangeDepth--;
            }
            ListNode elseList = null;
            if (le.end instanceof Node.ElseNode) {
                if (kind == Node.Branch.IF && peek().kind() == Kind.IF) {
                    nextToken();
                    elseList = new ListNode(le.end.pos(), List.of(control(Node.Branch.IF)));
                } else if (kind == Node.Branch.WITH && peek().kind() == Kind.WITH) {
                    nextToken();
                    elseList = new ListNode(le.end.pos(), List.of(control(Node.Branch.WITH)));
                } else {
                    ListAndEnd el = itemList();
                    if (!(el.end instanceof Node.EndNode)) {
                        throw error("expected end; found " + Node.print(el.end));
                    }
                    elseList = el.list;
                }
            }
            return new BranchNode(kind, pipe.pos(), pipe.line(), pipe, le.list, elseList);
        } finally {
            popVars(mark);
        }
    }

    private void popVars(int n) {
        while (vars.size() > n) {
            vars.remove(vars.size() - 1);
        }
    }

    private Node blockControl() {
        String context = "block clause";
        Token t = nextNonSpace();
        String name = templateName(t, context);
        PipeNode pipe = pipeline(context, Kind.RIGHT_DELIM);
        List<String> saved = vars;
        int savedRange = rangeDepth;
        vars = new ArrayList<>(List.of("$"));
        rangeDepth = 0;
        ListAndEnd le = itemList();
        if (!(le.end instanceof Node.EndNode)) {
            throw error("unexpected " + Node.print(le.end) + " in " + context);
        }
        vars = saved;
        rangeDepth = savedRange;
        add(new Tree(name, parseName, le.list, text));
        return new Node.TemplateNode(t.pos(), t.line(), name, pipe);
    }

    private Node templateControl() {
        String context = "template clause";
        Token t = nextNonSpace();
        String name = templateName(t, context);
        PipeNode pipe = null;
        if (nextNonSpace().kind() != Kind.RIGHT_DELIM) {
            backup();
            pipe = pipeline(context, Kind.RIGHT_DELIM);
        }
        return new Node.TemplateNode(t.pos(), t.line(), name, pipe);
    }

    private String templateName(Token t, String context) {
        if (t.kind() == Kind.STRING || t.kind() == Kind.RAW_STRING) {
            return unquote(t.val());
        }
        throw unexpected(t, context);
    }

    // ---- pipelines ----

    private PipeNode pipeline(String context, Kind end) {
        Token first = peekNonSpace();
        boolean isAssign = false;
        List<VariableNode> decl = new ArrayList<>(2);
        while (true) {
            Token v = peekNonSpace();
            if (v.kind() != Kind.VARIABLE) {
                break;
            }
            int afterVarMark;
            nextNonSpace();
            afterVarMark = tokens.mark();
            Token after = nextNonSpace();
            if (after.kind() == Kind.ASSIGN || after.kind() == Kind.DECLARE) {
                isAssign = after.kind() == Kind.ASSIGN;
                decl.add(new VariableNode(v.pos(), List.of(v.val())));
                vars.add(v.val());
                break;
            } else if (after.kind() == Kind.CHAR && after.val().equals(",")) {
                decl.add(new VariableNode(v.pos(), List.of(v.val())));
                vars.add(v.val());
                if (context.equals("range") && decl.size() < 2) {
                    Kind k = peekNonSpace().kind();
                    if (k == Kind.VARIABLE || k == Kind.RIGHT_DELIM || k == Kind.RIGHT_PAREN) {
                        continue;
                    }
                    throw error("range can only initialize variables");
                }
                throw error("too many declarations in " + context);
            } else {
                tokens.reset(afterVarMark - 1);
                break;
            }
        }
        List<CommandNode> cmds = new ArrayList<>(2);
        while (true) {
            Token t = nextNonSpace();
            if (t.kind() == end) {
                checkPipeline(cmds, context);
                return new PipeNode(first.pos(), first.line(), isAssign, List.copyOf(decl), List.copyOf(cmds));
            }
            switch (t.kind()) {
                case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING,
                        VARIABLE, LEFT_PAREN -> {
                    backup();
                    cmds.add(command());
                }
                default -> throw unexpected(t, context);
            }
        }
    }

    private void checkPipeline(List<CommandNode> cmds, String context) {
        if (cmds.isEmpty()) {
            throw error("missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
            Node first = cmds.get(i).args().get(0);
            if (first instanceof Node.BoolNode || first instanceof Node.DotNode || first instanceof Node.NilNode
                    || first instanceof Node.NumberNode || first instanceof Node.StringNode) {
                throw error("non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private CommandNode command() {
        int pos = peekNonSpace().pos();
        List<Node> args = new ArrayList<>(4);
        while (true) {
            peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = nextToken();
            switch (t.kind()) {
                case SPACE:
                    continue;
                case ERROR:
                    throw lexError(t);
                case RIGHT_DELIM, RIGHT_PAREN:
                    backup();
                    break;
                case PIPE:
                    break;
                default:
                    throw error("unexpected " + t + " in operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw error("empty command");
        }
        return new CommandNode(pos, List.copyOf(args));
    }

    private Node operand() {
        Node node = term();
        if (node == null) {
            return null;
        }
        if (peek().kind() == Kind.FIELD) {
            int chainPos = peek().pos();
            List<String> fields = new ArrayList<>();
            while (peek().kind() == Kind.FIELD) {
                fields.add(nextToken().val().substring(1));
            }
            // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
            if (node instanceof Node.FieldNode f) {
                List<String> all = new ArrayList<>(f.ident());
                all.addAll(fields);
                return new Node.FieldNode(chainPos, List.copyOf(all));
            }
            if (node instanceof Node.VariableNode v) {
                List<String> all = new ArrayList<>(v.ident());
                all.addAll(fields);
                return new VariableNode(chainPos, List.copyOf(all));
            }
            if (node instanceof Node.BoolNode || node instanceof Node.StringNode || node instanceof Node.NumberNode
                    || node instanceof Node.NilNode || node instanceof Node.DotNode) {
                throw error("unexpected . after term " + Strconv.quote(Node.print(node)));
            }
            return new Node.ChainNode(chainPos, node, List.copyOf(fields));
        }
        return node;
    }

    private Node term() {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case ERROR:
                throw lexError(t);
            case IDENTIFIER: {
                Builtin b = Builtin.byName(t.val());
                if (b == null && !hasFunction.test(t.val())) {
                    throw error("function " + Strconv.quote(t.val()) + " not defined");
                }
                return new Node.IdentifierNode(t.pos(), t.val(), b);
            }
            case DOT:
                return new Node.DotNode(t.pos());
            case NIL:
                return new Node.NilNode(t.pos());
            case VARIABLE:
                return useVar(t);
            case FIELD:
                return new Node.FieldNode(t.pos(), List.of(t.val().substring(1)));
            case BOOL:
                return new Node.BoolNode(t.pos(), t.val().equals("true"));
            case CHAR_CONSTANT:
            case COMPLEX:
            case NUMBER:
                try {
                    return t.kind() == Kind.CHAR_CONSTANT ? NumberParser.charConstant(t.pos(), t.val())
                            : NumberParser.number(t.pos(), t.val());
                } catch (NumberParser.NumberError e) {
                    throw error(e.getMessage());
                }
            case LEFT_PAREN:
                if (stackDepth >= MAX_STACK_DEPTH) {
                    throw error("max expression depth exceeded");
                }
                stackDepth++;
                try {
                    return pipeline("parenthesized pipeline", Kind.RIGHT_PAREN);
                } finally {
                    stackDepth--;
                }
            case STRING:
            case RAW_STRING:
                return new Node.StringNode(t.pos(), t.val(), unquote(t.val()));
            default:
                backup();
                return null;
        }
    }

    private Node useVar(Token t) {
        List<String> ident = Arrays.asList(t.val().split("\\.", -1));
        VariableNode v = new VariableNode(t.pos(), List.copyOf(ident));
        if (!vars.contains(ident.get(0))) {
            throw error("undefined variable " + Strconv.quote(ident.get(0)));
        }
        return v;
    }
}
