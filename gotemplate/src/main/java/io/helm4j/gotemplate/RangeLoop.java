package io.helm4j.gotemplate;

import io.helm4j.gotemplate.Node.BranchNode;
import io.helm4j.gotemplate.Node.VariableNode;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code range}: over lists, maps (sorted keys), integers and byte slices, with one or two variables,
 * {@code else}, {@code break} and {@code continue}.
 */
final class RangeLoop {
    private final Exec exec;
    private final Variables vars;

    RangeLoop(Exec exec, Variables vars) {
        this.exec = exec;
        this.vars = vars;
    }

    int walk(Object dot, BranchNode r) {
        exec.at(r);
        int outer = vars.mark();
        try {
            Object val = exec.evalPipeline(dot, r.pipe());
            int mark = vars.mark();
            if (val instanceof List<?> list) {
                if (!list.isEmpty()) {
                    for (int i = 0; i < list.size(); i++) {
                        if (iteration(r, mark, i, list.get(i), true) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (val instanceof Map<?, ?> map) {
                if (!map.isEmpty()) {
                    for (Object key : MapKeys.sorted(map)) {
                        if (iteration(r, mark, key, map.get(key), true) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (Values.isInt(val)) {
                if (r.pipe().decl().size() > 1) {
                    throw exec.error("can't use " + printed(val) + " to iterate over more than one variable", null);
                }
                long n = Values.toLong(val);
                if (n > 0) {
                    boolean isLong = val instanceof Long;
                    boolean isUint8 = val instanceof GoInteger g && g.type() == GoInteger.Type.UINT8;
                    for (long i = 0; i < n; i++) {
                        Object v = isLong ? (Object) i : isUint8 ? GoInteger.uint8((int) i) : GoInteger.ofInt(i);
                        if (iteration(r, mark, v, v, false) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (val instanceof byte[] bytes) {
                if (bytes.length > 0) {
                    for (int i = 0; i < bytes.length; i++) {
                        if (iteration(r, mark, i, GoInteger.uint8(bytes[i]), false) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (val instanceof Object[] arr) {
                if (arr.length > 0) {
                    for (int i = 0; i < arr.length; i++) {
                        if (iteration(r, mark, i, arr[i], true) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (val instanceof GoObject g && val instanceof Number num && g.namedInt(0) != null) {
                if (r.pipe().decl().size() > 1) {
                    throw exec.error("can't use " + printed(val) + " to iterate over more than one variable", null);
                }
                long n = num.longValue();
                if (n > 0) {
                    for (long i = 0; i < n; i++) {
                        Object v = g.namedInt(i);
                        if (iteration(r, mark, v, v, false) == Exec.BREAK) {
                            break;
                        }
                    }
                    return Exec.NORMAL;
                }
            } else if (val != Values.MISSING && val != null) {
                throw exec.error("range can't iterate over " + printed(val), null);
            }
            if (r.elseList() != null) {
                return exec.walk(dot, r.elseList());
            }
            return Exec.NORMAL;
        } finally {
            vars.pop(outer);
        }
    }

    private int iteration(BranchNode r, int mark, Object index, Object elem, boolean elemBoxed) {
        List<VariableNode> decl = r.pipe().decl();
        int n = decl.size();
        if (n > 0) {
            if (r.pipe().isAssign()) {
                exec.setVar(decl.get(0).ident().get(0), n > 1 ? index : elem);
            } else {
                vars.setTop(1, elem, elemBoxed);
            }
        }
        if (n > 1) {
            if (r.pipe().isAssign()) {
                exec.setVar(decl.get(1).ident().get(0), elem);
            } else {
                vars.setTop(2, index, false);
            }
        }
        boolean savedBoxed = exec.dotBoxed();
        exec.dotBoxed(elemBoxed);
        try {
            int flow = exec.walk(elem, r.list());
            return flow == Exec.BREAK ? Exec.BREAK : Exec.NORMAL;
        } finally {
            exec.dotBoxed(savedBoxed);
            vars.pop(mark);
        }
    }

    /**
     * The value in range's errors, as Go's {@code errorf("... %v", val)} prints it: range dereferences a pointer
     * first ({@code indirect}), so a pointer to a struct without a String method ({@code *common.Capabilities})
     * prints as the struct's fields, without fmt's {@code &}.
     */
    private static String printed(Object val) {
        String s = GoFmt.sprint(val);
        if (val instanceof GoObject g && g.goTypeName().startsWith("*") && !g.stringer() && s.startsWith("&")) {
            return s.substring(1);
        }
        return s;
    }
}
