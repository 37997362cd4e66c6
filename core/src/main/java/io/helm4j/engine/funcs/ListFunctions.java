package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.helm4j.engine.funcs.Args.integer;

/** Sprig's list functions (list.go) and until/untilStep/seq. */
final class ListFunctions {
    private ListFunctions() {
    }

    /** A Sprig list function body that may fail with Sprig's error. */
    private interface ListOp {
        Object apply(Object[] a);
    }

    static void register(FuncMap f) {
        f.putVariadic("list", 0, a -> new ArrayList<>(Arrays.asList(a)));
        f.putVariadic("tuple", 0, a -> new ArrayList<>(Arrays.asList(a)));
        pair(f, "append", 2, a -> {
            List<Object> l = copy(a[0], "Cannot push on type %s");
            l.add(a[1]);
            return l;
        });
        pair(f, "push", 2, a -> {
            List<Object> l = copy(a[0], "Cannot push on type %s");
            l.add(a[1]);
            return l;
        });
        pair(f, "prepend", 2, a -> {
            List<Object> l = copy(a[0], "Cannot prepend on type %s");
            l.add(0, a[1]);
            return l;
        });
        pair(f, "first", 1, a -> {
            List<Object> l = copy(a[0], "Cannot find first on type %s");
            return l.isEmpty() ? null : l.getFirst();
        });
        pair(f, "last", 1, a -> {
            List<Object> l = copy(a[0], "Cannot find last on type %s");
            return l.isEmpty() ? null : l.getLast();
        });
        pair(f, "rest", 1, a -> {
            List<Object> l = copy(a[0], "Cannot find rest on type %s");
            return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(1, l.size()));
        });
        pair(f, "initial", 1, a -> {
            List<Object> l = copy(a[0], "Cannot find initial on type %s");
            return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(0, l.size() - 1));
        });
        pair(f, "reverse", 1, a -> {
            List<Object> l = copy(a[0], "Cannot find reverse on type %s");
            return new ArrayList<>(l.reversed());
        });
        pair(f, "compact", 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object o : copy(a[0], "Cannot compact on type %s")) {
                if (!GoValues.isEmpty(o)) {
                    out.add(o);
                }
            }
            return out;
        });
        pair(f, "uniq", 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object o : copy(a[0], "Cannot find uniq on type %s")) {
                if (!contains(out, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        pairVariadic(f, "without", 1, a -> {
            List<Object> out = new ArrayList<>();
            List<Object> omit = Arrays.asList(a).subList(1, a.length);
            for (Object o : copy(a[0], "Cannot find without on type %s")) {
                if (!contains(omit, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        pair(f, "has", 2, a -> {
            if (a[1] == null) {
                return false;
            }
            return contains(copy(a[1], "Cannot find has on type %s"), a[0]);
        });
        pairVariadic(f, "slice", 1, ListFunctions::slice);
        pair(f, "chunk", 2, a -> chunk(integer(a[0]), a[1]));
        f.putVariadic("concat", 0, a -> {
            List<Object> out = new ArrayList<>();
            for (Object l : a) {
                if (!GoValues.isSlice(l)) {
                    throw new IllegalStateException(
                            "Cannot concat type " + kind(l) + " as list");
                }
                out.addAll(GoValues.elements(l));
            }
            return out;
        });
        f.put("until", 1, a -> {
            int count = integer(a[0]);
            return untilStep(0, count, count < 0 ? -1 : 1);
        });
        f.put("untilStep", 3, a -> untilStep(integer(a[0]), integer(a[1]), integer(a[2])));
        f.putVariadic("seq", 0, ListFunctions::seq);
    }

    private static void pair(FuncMap f, String name, int arity, ListOp op) {
        f.put(name, arity, op::apply);
        f.put("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1), arity, op::apply);
    }

    private static void pairVariadic(FuncMap f, String name, int min, ListOp op) {
        f.putVariadic(name, min, op::apply);
        f.putVariadic("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1), min, op::apply);
    }

    /** reflect.TypeOf(v).Kind() as Sprig reports it; nil panics as Go does. */
    static String kind(Object v) {
        if (v == null) {
            throw new IllegalStateException("runtime error: invalid memory address or nil pointer dereference");
        }
        return GoValues.kindName(v);
    }

    static List<Object> copy(Object v, String error) {
        if (!GoValues.isSlice(v)) {
            throw new IllegalStateException(String.format(error, kind(v)));
        }
        return new ArrayList<>(GoValues.elements(v));
    }

    static boolean contains(List<Object> l, Object o) {
        for (Object x : l) {
            if (GoValues.deepEqual(o, x)) {
                return true;
            }
        }
        return false;
    }

    private static Object slice(Object[] a) {
        Object list = a[0];
        if (!GoValues.isSlice(list)) {
            throw new IllegalStateException("list should be type of slice or array but " + kind(list));
        }
        List<Object> l = GoValues.elements(list);
        if (l.isEmpty()) {
            return null;
        }
        int start = a.length > 1 ? Cast.toIntValue(a[1]) : 0;
        int end = a.length > 2 ? Cast.toIntValue(a[2]) : l.size();
        if (start < 0 || end < start || end > l.size()) {
            throw new IllegalStateException("reflect.Value.Slice: slice index out of bounds");
        }
        if (list instanceof byte[] b) {
            return Arrays.copyOfRange(b, start, end);
        }
        return new ArrayList<>(l.subList(start, end));
    }

    private static Object chunk(int size, Object list) {
        List<Object> l = copy(list, "Cannot chunk type %s");
        int n = l.size();
        if (size <= 0) {
            throw new IllegalStateException("runtime error: integer divide by zero");
        }
        int cs = (int) Math.floor((double) (n - 1) / size) + 1;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < cs; i++) {
            int clen = size;
            if (i == cs - 1) {
                clen = n % size;
                if (clen == 0) {
                    clen = size;
                }
            }
            out.add(new ArrayList<>(l.subList(i * size, i * size + clen)));
        }
        return out;
    }

    static List<Object> untilStep(int start, int stop, int step) {
        List<Object> v = new ArrayList<>();
        if (stop < start) {
            if (step >= 0) {
                return v;
            }
            for (int i = start; i > stop; i += step) {
                v.add(i);
            }
            return v;
        }
        if (step <= 0) {
            return v;
        }
        for (int i = start; i < stop; i += step) {
            v.add(i);
        }
        return v;
    }

    private static String seq(Object... a) {
        int[] p = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            p[i] = integer(a[i]);
        }
        List<Object> r;
        switch (p.length) {
            case 1 -> {
                int end = p[0];
                int inc = end < 1 ? -1 : 1;
                r = untilStep(1, end + inc, inc);
            }
            case 2 -> {
                int step = p[1] < p[0] ? -1 : 1;
                r = untilStep(p[0], p[1] + step, step);
            }
            case 3 -> {
                int start = p[0];
                int step = p[1];
                int end = p[2];
                int inc = 1;
                if (end < start) {
                    inc = -1;
                    if (step > 0) {
                        return "";
                    }
                } else if (step < 0) {
                    return "";
                }
                r = untilStep(start, end + inc, step);
            }
            default -> {
                return "";
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : r) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(o);
        }
        return sb.toString();
    }
}
