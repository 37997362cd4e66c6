package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import io.helm4j.gotemplate.Node.IdentifierNode;
import java.util.ArrayList;
import java.util.List;

/** Calls of template functions, builtins and GoObject methods for one {@link Exec} (Go's evalCall). */
final class Functions {
    /** Go's {@code fmt.Sprintf}, the one builtin with a typed parameter. */
    private static final Signature PRINTF = Signature.parse("string, ...interface {}");

    private final Exec exec;

    Functions(Exec exec) {
        this.exec = exec;
    }

    Object evalFunction(Object dot, IdentifierNode id, Node cmd, List<Node> args, Object fin) {
        exec.at(id);
        String name = id.name();
        FuncMap.Entry entry = exec.set.funcs.get(name);
        if (entry != null) {
            return callEntry(dot, entry, cmd, args, fin);
        }
        Builtin b = id.builtin() != null ? id.builtin() : Builtin.byName(name);
        if (b == null) {
            throw exec.error(Strconv.quote(name) + " is not a defined function", null);
        }
        return callBuiltin(dot, b, cmd, args, fin);
    }

    private static int argCount(List<Node> args) {
        return args == null ? 0 : args.size() - 1;
    }

    private static int numIn(List<Node> args, Object fin) {
        return argCount(args) + (fin != Exec.NO_FINAL ? 1 : 0);
    }

    private void checkArity(String name, int min, boolean variadic, List<Node> args, Object fin) {
        int numIn = numIn(args, fin);
        if (variadic) {
            if (numIn < min) {
                throw exec.error("wrong number of args for " + name + ": want at least " + min + " got "
                        + argCount(args), null);
            }
        } else if (numIn != min) {
            throw exec.error("wrong number of args for " + name + ": want " + min + " got " + numIn, null);
        }
    }

    /** Evaluates the arguments (and the piped final value) for interface{} parameters. */
    private List<Object> evalArgs(Object dot, List<Node> args, Object fin, boolean reflectValue) {
        List<Object> out = new ArrayList<>(numIn(args, fin));
        if (args != null) {
            for (int i = 1; i < args.size(); i++) {
                out.add(validate(exec.evalArg(dot, args.get(i)), reflectValue));
            }
        }
        if (fin != Exec.NO_FINAL) {
            out.add(validate(fin, reflectValue));
        }
        return out;
    }

    private Object validate(Object v, boolean reflectValue) {
        return reflectValue ? v : Values.arg(v);
    }

    private Object callEntry(Object dot, FuncMap.Entry entry, Node cmd, List<Node> args, Object fin) {
        Signature sig = entry.signature();
        checkArity(entry.name(), sig.fixedParams(), sig.variadic(), args, fin);
        Object[] argv = sig.typed() ? TypedArgs.eval(exec, dot, sig, args, fin)
                : evalArgs(dot, args, fin, false).toArray();
        for (int i = 0; i < argv.length; i++) {
            // an argument is a copy in Go: a struct field passed to a function is no longer addressable there
            if (argv[i] instanceof GoObject o && o.templateText() != null) {
                argv[i] = o.unaddressable();
            }
        }
        try {
            Object result = entry.function().call(exec.execution, argv);
            return result instanceof GoObject o && o.templateText() != null ? o.unaddressable() : result;
        } catch (FunctionArgumentException e) {
            throw exec.error(e.getMessage(), e);
        } catch (RuntimeException e) {
            exec.at(cmd);
            throw exec.error("error calling " + entry.name() + ": " + e.getMessage(), e);
        }
    }

    Object callMethod(Object dot, GoObject receiver, String name, Node n, List<Node> args, Object fin) {
        String params = receiver.methodParams(name);
        List<Object> argv;
        if (params == null) {
            argv = evalArgs(dot, args, fin, false);
        } else {
            Signature sig = Signature.parse(params);
            checkArity(name, sig.fixedParams(), sig.variadic(), args, fin);
            argv = sig.typed() ? java.util.Arrays.asList(TypedArgs.eval(exec, dot, sig, args, fin))
                    : evalArgs(dot, args, fin, false);
        }
        try {
            return receiver.callMethod(name, argv);
        } catch (FunctionArgumentException e) {
            throw exec.error(e.getMessage(), e);
        } catch (TemplateExecException e) {
            exec.at(n);
            throw exec.error("error calling " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            exec.at(n);
            throw exec.error("error calling " + name + ": " + e.getMessage(), e);
        }
    }

    private Object callBuiltin(Object dot, Builtin b, Node cmd, List<Node> args, Object fin) {
        String name = b.goName;
        switch (b) {
            case AND, OR -> {
                checkArity(name, 1, true, args, fin);
                return andOr(dot, b == Builtin.OR, args, fin);
            }
            case NOT, LEN -> checkArity(name, 1, false, args, fin);
            case INDEX, SLICE, CALL, PRINTF, EQ -> checkArity(name, 1, true, args, fin);
            case NE, LT, LE, GT, GE -> checkArity(name, 2, false, args, fin);
            default -> checkArity(name, 0, true, args, fin);
        }
        if (b == Builtin.PRINTF) {
            return printf(dot, args, fin);
        }
        boolean reflectValue = switch (b) {
            case HTML, JS, URLQUERY, PRINT, PRINTLN -> false;
            default -> true;
        };
        List<Object> argv = evalArgs(dot, args, fin, reflectValue);
        try {
            return switch (b) {
                case NOT -> !Values.isTrue(argv.get(0));
                case LEN -> Indexing.len(argv.get(0));
                case INDEX -> Indexing.index(argv.get(0), argv.subList(1, argv.size()));
                case SLICE -> Indexing.slice(argv.get(0), argv.subList(1, argv.size()));
                case CALL -> call(args != null && args.size() > 1 ? args.get(1) : null, argv);
                case HTML -> Escapes.html(evalEscaperArgs(argv));
                case JS -> Escapes.js(evalEscaperArgs(argv));
                case URLQUERY -> Escapes.urlQuery(evalEscaperArgs(argv));
                case PRINT -> GoFmt.sprint(argv.toArray());
                case PRINTLN -> GoFmt.sprintln(argv.toArray());
                case EQ -> Compare.eq(argv.get(0), argv.subList(1, argv.size()));
                case NE -> !Compare.eq2(argv.get(0), argv.get(1));
                case LT -> Compare.lt(argv.get(0), argv.get(1));
                case LE -> Compare.le(argv.get(0), argv.get(1));
                case GT -> Compare.gt(argv.get(0), argv.get(1));
                case GE -> Compare.ge(argv.get(0), argv.get(1));
                default -> throw new IllegalStateException(name);
            };
        } catch (CallError e) {
            exec.at(cmd);
            throw exec.error("error calling " + name + ": " + e.getMessage(), null);
        }
    }

    private Object andOr(Object dot, boolean isOr, List<Node> args, Object fin) {
        Object v = null;
        if (args != null) {
            for (int i = 1; i < args.size(); i++) {
                v = exec.evalArg(dot, args.get(i));
                if (Values.isTrue(v) == isOr) {
                    return v;
                }
            }
        }
        if (fin != Exec.NO_FINAL) {
            v = fin;
        }
        return v;
    }

    private static String evalEscaperArgs(List<Object> argv) {
        if (argv.size() == 1 && argv.get(0) instanceof String s) {
            return s;
        }
        Object[] a = argv.toArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                a[i] = "<no value>";
            }
        }
        return GoFmt.sprint(a);
    }

    private Object printf(Object dot, List<Node> args, Object fin) {
        Object[] argv = TypedArgs.eval(exec, dot, PRINTF, args, fin);
        try {
            return GoFmt.sprintf((String) argv[0], java.util.Arrays.copyOfRange(argv, 1, argv.length));
        } catch (FunctionArgumentException e) {
            throw exec.error(e.getMessage(), e);
        }
    }

    /**
     * The builtin {@code call}. Go names the callee in its errors by its argument node ({@code .Values.f}), or, when
     * the function comes piped in, by {@code reflect.Value}'s String of it: the string itself, else
     * {@code <TYPE Value>}.
     */
    private Object call(Node calleeNode, List<Object> argv) {
        Object fn = argv.get(0);
        if (fn == null || fn == Values.MISSING) {
            throw new CallError("call of nil");
        }
        if (!(fn instanceof TemplateFunction f)) {
            String name = calleeNode != null ? Node.print(calleeNode)
                    : fn instanceof String str ? str : "<" + Values.typeName(fn) + " Value>";
            throw new CallError("non-function " + name + " of type " + Values.typeName(fn));
        }
        Object[] rest = argv.subList(1, argv.size()).stream().map(Values::arg).toArray();
        try {
            return f.call(rest);
        } catch (FunctionArgumentException e) {
            throw new CallError(e.getMessage());
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CallError(e.getMessage());
        }
    }
}
