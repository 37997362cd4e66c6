package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import io.helm4j.gotemplate.Node.ActionNode;
import io.helm4j.gotemplate.Node.BranchNode;
import io.helm4j.gotemplate.Node.ChainNode;
import io.helm4j.gotemplate.Node.CommandNode;
import io.helm4j.gotemplate.Node.FieldNode;
import io.helm4j.gotemplate.Node.IdentifierNode;
import io.helm4j.gotemplate.Node.ListNode;
import io.helm4j.gotemplate.Node.PipeNode;
import io.helm4j.gotemplate.Node.TemplateNode;
import io.helm4j.gotemplate.Node.VariableNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One execution of a template (Go's {@code state}): walks the tree, evaluates pipelines, and writes
 * into a StringBuilder. Not reusable; not shared between threads.
 */
final class Exec {
    static final int MAX_EXEC_DEPTH = 100000;
    /** Go's {@code missingVal}: "no final argument from a previous pipeline stage". */
    static final Object NO_FINAL = new Object();

    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;

    final TemplateSet set;
    /** The chain of executions this one belongs to; handed to functions that execute templates themselves. */
    final Execution execution;
    private final StringBuilder out;
    private Tree tmpl;
    private Node node;
    private final Variables vars = new Variables();
    /** Whether dot is a value read from an interface{} slot (a range element). */
    private boolean dotBoxed;
    /** Whether the last evalField result came from an interface{} slot (a map element). */
    private boolean lastBoxed;
    private int depth;
    private final Functions functions;
    private final RangeLoop range;

    Exec(TemplateSet set, Tree tmpl, StringBuilder out, Execution execution) {
        this.set = set;
        this.execution = execution;
        this.tmpl = tmpl;
        this.out = out;
        this.functions = new Functions(this);
        this.range = new RangeLoop(this, vars);
    }

    void run(Object data) {
        Object dot = data == null ? Values.MISSING : data;
        vars.push("$", dot);
        int nesting = execution.enter();
        try {
            walk(dot, tmpl.root());
        } catch (DepthExceeded e) {
            tmpl = e.tree;
            at(e.node);
            throw depthError(nesting);
        } catch (StackOverflowError e) {
            throw depthError(nesting);
        } catch (NestedDepthExceeded e) {
            if (nesting > 1) {
                throw e;
            }
            throw error("exceeded maximum template depth (" + MAX_EXEC_DEPTH + ")", null);
        } finally {
            execution.leave();
        }
    }

    /**
     * The error for a stack overflow caught by this execution. Executions started by functions
     * (Helm's {@code tpl} and {@code include}: {@link ExecutingFunction}s that run templates as part
     * of their caller's {@link Execution}, which counts the nesting) nest; Go has no bound on that
     * nesting and dies of a stack overflow where it runs away. Converting the overflow here would have every enclosing
     * function call wrap the message once more, keeping each longer copy alive through the causes
     * (quadratic memory: an OutOfMemoryError instead of an error). Past {@link #MAX_NESTED_EXECS}
     * the overflow unwinds unwrapped to the outermost execution, which reports it once.
     */
    private RuntimeException depthError(int nesting) {
        if (nesting > MAX_NESTED_EXECS) {
            throw NESTED_DEPTH_EXCEEDED;
        }
        return error("exceeded maximum template depth (" + MAX_EXEC_DEPTH + ")", null);
    }

    /** Nested executions past which a stack overflow is no longer reported where it happened. */
    static final int MAX_NESTED_EXECS = 100;
    /** Made with Exec's class, not on a nearly full stack where class initialisation would fail. */
    private static final NestedDepthExceeded NESTED_DEPTH_EXCEEDED = new NestedDepthExceeded();

    /**
     * A stack overflow deep in nested executions, on its way to the outermost one. An Error, so
     * that function calls on the way (which wrap RuntimeExceptions) let it through untouched.
     */
    private static final class NestedDepthExceeded extends Error {
        NestedDepthExceeded() {
            super("exceeded maximum template depth", null, false, false);
        }
    }

    /** Unwinds a Java stack overflow in a template call to the top, where the error is then built. */
    private static final class DepthExceeded extends RuntimeException {
        final transient Tree tree;
        final transient Node node;

        DepthExceeded(Tree tree, Node node) {
            super(null, null, false, false);
            this.tree = tree;
            this.node = node;
        }
    }

    // ---- errors ----

    void at(Node n) {
        node = n;
    }

    Node node() {
        return node;
    }

    TemplateExecException error(String detail, Throwable cause) {
        Node n = node;
        if (n == null) {
            return new TemplateExecException(tmpl.parseName(), 1, 0, tmpl.name(), null, detail, cause);
        }
        String text = tmpl.text();
        int pos = Math.min(n.pos(), text.length());
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int col = text.substring(lineStart, pos).getBytes(StandardCharsets.UTF_8).length;
        return new TemplateExecException(tmpl.parseName(), line, col, tmpl.name(), Node.print(n), detail, cause);
    }

    boolean dotBoxed() {
        return dotBoxed;
    }

    void dotBoxed(boolean boxed) {
        dotBoxed = boxed;
    }

    // ---- variables ----

    void setVar(String name, Object value) {
        int i = vars.find(name);
        if (i < 0) {
            throw error("undefined variable: " + name, null);
        }
        vars.set(i, value);
    }

    private Object varValue(String name) {
        int i = vars.find(name);
        if (i < 0) {
            throw error("undefined variable: " + name, null);
        }
        lastBoxed = vars.boxed(i);
        return vars.value(i);
    }

    // ---- walking ----

    // instanceof chains, not pattern switches: each switch over types spins a class at its first run (about a
    // millisecond cold, not kept by the AOT cache), a cost every cold render paid at a dozen sites
    int walk(Object dot, Node n) {
        if (n instanceof ListNode l) {
            List<Node> nodes = l.nodes();
            for (int i = 0, size = nodes.size(); i < size; i++) {
                int flow = walk(dot, nodes.get(i));
                if (flow != NORMAL) {
                    return flow;
                }
            }
            return NORMAL;
        }
        if (n instanceof Node.TextNode t) {
            out.append(t.text());
            return NORMAL;
        }
        if (n instanceof ActionNode a) {
            at(a);
            Object val = evalPipeline(dot, a.pipe());
            if (a.pipe().decl().isEmpty()) {
                at(a);
                out.append(Values.print(val));
            }
            return NORMAL;
        }
        if (n instanceof BranchNode b) {
            return b.kind() == Node.Branch.RANGE ? range.walk(dot, b) : walkIfOrWith(dot, b);
        }
        if (n instanceof TemplateNode t) {
            walkTemplate(dot, t);
            return NORMAL;
        }
        if (n instanceof Node.BreakNode) {
            return BREAK;
        }
        if (n instanceof Node.ContinueNode) {
            return CONTINUE;
        }
        throw error("unknown node: " + Node.print(n), null);
    }

    private int walkIfOrWith(Object dot, BranchNode b) {
        int mark = vars.mark();
        try {
            Object val = evalPipeline(dot, b.pipe());
            if (Values.isTrue(val)) {
                if (b.kind() == Node.Branch.WITH) {
                    boolean savedBoxed = dotBoxed;
                    dotBoxed = false;
                    try {
                        return walk(val, b.list());
                    } finally {
                        dotBoxed = savedBoxed;
                    }
                }
                return walk(dot, b.list());
            } else if (b.elseList() != null) {
                return walk(dot, b.elseList());
            }
            return NORMAL;
        } finally {
            vars.pop(mark);
        }
    }

    private void walkTemplate(Object dot, TemplateNode t) {
        at(t);
        Tree called = set.trees.get(t.name());
        if (called == null) {
            throw error("template " + Strconv.quote(t.name()) + " not defined", null);
        }
        if (depth == MAX_EXEC_DEPTH) {
            throw error("exceeded maximum template depth (" + MAX_EXEC_DEPTH + ")", null);
        }
        Object newDot = t.pipe() == null ? Values.MISSING : evalPipeline(dot, t.pipe());
        Tree savedTmpl = tmpl;
        boolean savedBoxed = dotBoxed;
        tmpl = called;
        long frame = vars.enterFrame(newDot);
        dotBoxed = false;
        depth++;
        try {
            walk(newDot, called.root());
        } catch (StackOverflowError e) {
            throw new DepthExceeded(savedTmpl, t);
        } finally {
            dotBoxed = savedBoxed;
            depth--;
            vars.leaveFrame(frame);
            tmpl = savedTmpl;
        }
    }

    // ---- evaluation ----

    Object evalPipeline(Object dot, PipeNode pipe) {
        at(pipe);
        Object value = NO_FINAL;
        List<CommandNode> cmds = pipe.cmds();
        for (int i = 0, size = cmds.size(); i < size; i++) {
            value = evalCommand(dot, cmds.get(i), value);
            if (value == null) {
                value = Values.MISSING;
            }
        }
        List<VariableNode> decl = pipe.decl();
        for (int i = 0, size = decl.size(); i < size; i++) {
            String name = decl.get(i).ident().get(0);
            if (pipe.isAssign()) {
                setVar(name, value);
            } else {
                vars.push(name, value);
            }
        }
        return value;
    }

    private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
        List<Node> args = cmd.args();
        Node first = args.get(0);
        if (first instanceof FieldNode f) {
            return evalFieldNode(dot, f, args, fin);
        }
        if (first instanceof ChainNode c) {
            return evalChainNode(dot, c, args, fin);
        }
        if (first instanceof IdentifierNode id) {
            return functions.evalFunction(dot, id, cmd, args, fin);
        }
        if (first instanceof PipeNode p) {
            notAFunction(args, fin);
            return evalPipeline(dot, p);
        }
        if (first instanceof VariableNode v) {
            return evalVariableNode(dot, v, args, fin);
        }
        at(first);
        notAFunction(args, fin);
        if (first instanceof Node.BoolNode b) {
            return b.value();
        }
        if (first instanceof Node.DotNode) {
            return dot;
        }
        if (first instanceof Node.NilNode) {
            throw error("nil is not a command", null);
        }
        if (first instanceof Node.NumberNode n) {
            return idealConstant(n);
        }
        if (first instanceof Node.StringNode s) {
            return s.text();
        }
        throw error("can't evaluate command " + Strconv.quote(Node.print(first)), null);
    }

    Object idealConstant(Node.NumberNode n) {
        at(n);
        if (n.value() == null) {
            throw error(n.error(), null);
        }
        return n.value();
    }

    private void notAFunction(List<Node> args, Object fin) {
        if (args.size() > 1 || fin != NO_FINAL) {
            throw error("can't give argument to non-function " + Node.print(args.get(0)), null);
        }
    }

    Object evalFieldNode(Object dot, FieldNode field, List<Node> args, Object fin) {
        at(field);
        lastBoxed = dotBoxed;
        return evalFieldChain(dot, dot, field, field.ident(), args, fin);
    }

    Object evalChainNode(Object dot, ChainNode chain, List<Node> args, Object fin) {
        at(chain);
        if (chain.node() instanceof Node.NilNode) {
            throw error("indirection through explicit nil in " + Node.print(chain), null);
        }
        Object pipe = evalArg(dot, chain.node());
        lastBoxed = false;
        return evalFieldChain(dot, pipe, chain, chain.fields(), args, fin);
    }

    Object evalVariableNode(Object dot, VariableNode variable, List<Node> args, Object fin) {
        at(variable);
        Object value = varValue(variable.ident().get(0));
        if (variable.ident().size() == 1) {
            if (args != null) {
                notAFunction(args, fin);
            } else if (fin != NO_FINAL) {
                notAFunction(List.of(variable), fin);
            }
            return value;
        }
        return evalFieldChain(dot, value, variable, variable.ident().subList(1, variable.ident().size()), args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, Node n, List<String> ident, List<Node> args,
            Object fin) {
        int last = ident.size() - 1;
        for (int i = 0; i < last; i++) {
            receiver = evalField(dot, ident.get(i), n, null, NO_FINAL, receiver);
        }
        return evalField(dot, ident.get(last), n, args, fin, receiver);
    }

    private Object evalField(Object dot, String fieldName, Node n, List<Node> args, Object fin, Object receiver) {
        boolean boxed = lastBoxed;
        lastBoxed = false;
        if (receiver == Values.MISSING) {
            if (set.missingKey == MissingKey.ERROR) {
                throw error("nil data; no entry for key " + Strconv.quote(fieldName), null);
            }
            return Values.MISSING;
        }
        if (receiver == null) {
            throw error("nil pointer evaluating interface {}." + fieldName, null);
        }
        boolean hasArgs = (args != null && args.size() > 1) || fin != NO_FINAL;
        if (receiver instanceof GoObject g && (g.hasMethod(fieldName) || !(receiver instanceof Map))) {
            if (g.hasMethod(fieldName)) {
                Object result = functions.callMethod(dot, g, fieldName, n, args, fin);
                lastBoxed = false;
                return result;
            }
            if (g.hasField(fieldName)) {
                if (hasArgs) {
                    throw error(fieldName + " has arguments but cannot be invoked as function", null);
                }
                Object value = g.field(fieldName);
                // a nil field (typically a nil map) reads as "no value" rather than a nil interface
                return value == null ? Values.MISSING : value;
            }
            throw error("can't evaluate field " + fieldName + " in type " + (boxed ? "interface {}" : g.goTypeName()),
                    null);
        }
        if (receiver instanceof Map<?, ?> map) {
            if (hasArgs) {
                throw error(fieldName + " is not a method but has arguments", null);
            }
            Object result = map.get(fieldName);
            lastBoxed = true;
            if (result == null && !map.containsKey(fieldName)) {
                return switch (set.missingKey) {
                    case DEFAULT -> Values.MISSING;
                    case ZERO -> map instanceof GoTyped t ? t.zeroElement() : null;
                    case ERROR -> throw error("map has no entry for key " + Strconv.quote(fieldName), null);
                };
            }
            return result;
        }
        throw error("can't evaluate field " + fieldName + " in type "
                + (boxed ? "interface {}" : Values.typeName(receiver)), null);
    }

    /** Evaluates an argument for an interface{} or reflect.Value parameter; may return MISSING. */
    Object evalArg(Object dot, Node n) {
        at(n);
        if (n instanceof Node.DotNode) {
            return dot;
        }
        if (n instanceof Node.NilNode) {
            return Values.MISSING;
        }
        if (n instanceof FieldNode f) {
            return evalFieldNode(dot, f, null, NO_FINAL);
        }
        if (n instanceof VariableNode v) {
            return evalVariableNode(dot, v, null, NO_FINAL);
        }
        if (n instanceof PipeNode p) {
            return evalPipeline(dot, p);
        }
        if (n instanceof IdentifierNode id) {
            return functions.evalFunction(dot, id, id, null, NO_FINAL);
        }
        if (n instanceof ChainNode c) {
            return evalChainNode(dot, c, null, NO_FINAL);
        }
        if (n instanceof Node.BoolNode b) {
            return b.value();
        }
        if (n instanceof Node.NumberNode num) {
            return idealConstant(num);
        }
        if (n instanceof Node.StringNode s) {
            return s.text();
        }
        throw error("can't handle " + Node.print(n) + " for arg of type interface {}", null);
    }
}
