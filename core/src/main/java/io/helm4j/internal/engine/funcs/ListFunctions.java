package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.yaml.GoGrowth;
import io.helm4j.yaml.GoSlice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.helm4j.internal.engine.funcs.Args.integer;

/** Sprig's list functions (list.go) and until/untilStep/seq. */
final class ListFunctions implements Area {
    private ListFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new ListFunctions();
        f.put("list", "...interface {}", new Area.Named("list", area));
        f.put("tuple", "...interface {}", new Area.Named("tuple", area));
        f.put("append", "interface {}, interface {}", new Area.Named("append", area));
        f.put("mustAppend", "interface {}, interface {}", new Area.Named("append", area));
        f.put("push", "interface {}, interface {}", new Area.Named("push", area));
        f.put("mustPush", "interface {}, interface {}", new Area.Named("push", area));
        f.put("prepend", "interface {}, interface {}", new Area.Named("prepend", area));
        f.put("mustPrepend", "interface {}, interface {}", new Area.Named("prepend", area));
        f.put("first", "interface {}", new Area.Named("first", area));
        f.put("mustFirst", "interface {}", new Area.Named("first", area));
        f.put("last", "interface {}", new Area.Named("last", area));
        f.put("mustLast", "interface {}", new Area.Named("last", area));
        f.put("rest", "interface {}", new Area.Named("rest", area));
        f.put("mustRest", "interface {}", new Area.Named("rest", area));
        f.put("initial", "interface {}", new Area.Named("initial", area));
        f.put("mustInitial", "interface {}", new Area.Named("initial", area));
        f.put("reverse", "interface {}", new Area.Named("reverse", area));
        f.put("mustReverse", "interface {}", new Area.Named("reverse", area));
        f.put("compact", "interface {}", new Area.Named("compact", area));
        f.put("mustCompact", "interface {}", new Area.Named("compact", area));
        f.put("uniq", "interface {}", new Area.Named("uniq", area));
        f.put("mustUniq", "interface {}", new Area.Named("uniq", area));
        f.put("without", "interface {}, ...interface {}", new Area.Named("without", area));
        f.put("mustWithout", "interface {}, ...interface {}", new Area.Named("without", area));
        f.put("has", "interface {}, interface {}", new Area.Named("has", area));
        f.put("mustHas", "interface {}, interface {}", new Area.Named("has", area));
        f.put("slice", "interface {}, ...interface {}", new Area.Named("slice", area));
        f.put("mustSlice", "interface {}, ...interface {}", new Area.Named("slice", area));
        f.put("chunk", "int, interface {}", new Area.Named("chunk", area));
        f.put("mustChunk", "int, interface {}", new Area.Named("chunk", area));
        f.put("concat", "...interface {}", new Area.Named("concat", area));
        f.put("until", "int", new Area.Named("until", area));
        f.put("untilStep", "int, int, int", new Area.Named("untilStep", area));
        f.put("seq", "...int", new Area.Named("seq", area));
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
        // reflect's Value.Slice checks the upper bound against the capacity, not the length (a third index is
        // ignored by Sprig)
        // a []byte is a chart file's, with the capacity io.ReadAll left it (zero bytes past its length)
        int cap = list instanceof GoSlice s ? s.goCap() : list instanceof byte[] b ? GoGrowth.readAllCap(b.length)
                : l.size();
        if (start < 0 || end < start || end > cap) {
            throw new IllegalStateException("reflect.Value.Slice: slice index out of bounds");
        }
        if (list instanceof byte[] b) {
            byte[] out = new byte[end - start];
            if (start < b.length) {
                System.arraycopy(b, start, out, 0, Math.min(end, b.length) - start);
            }
            return out;
        }
        List<Object> elements = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            elements.add(at(list, l, i));
        }
        Object[] tail = null;
        if (end < l.size() || list instanceof GoSlice s && s.hasTail()) {
            tail = new Object[cap - end];
            for (int i = end; i < cap; i++) {
                tail[i - end] = at(list, l, i);
            }
        }
        if (list instanceof io.helm4j.chart.common.ApiVersions) {
            List<String> versions = new ArrayList<>();
            elements.forEach(e -> versions.add((String) e));
            return new io.helm4j.chart.common.ApiVersions(versions); // a slice of a VersionSet is a VersionSet
        }
        GoSlice out = list instanceof TypedList t ? new TypedList(t.goType(), elements) : new GoSlice(elements);
        return out.withCapacity(cap - start, tail);
    }

    /** Element {@code i} of the backing array: within the length, or past it up to the capacity. */
    private static Object at(Object list, List<Object> l, int i) {
        return i < l.size() ? l.get(i) : ((GoSlice) list).beyondLength(i);
    }

    /** Go's append to a slice of capacity {@code oldCap} that made {@code elements}. */
    private static GoSlice appendedOne(List<Object> elements, int oldCap) {
        return new GoSlice(elements).grownFrom(oldCap);
    }

    private static Object chunk(int size, Object list) {
        List<Object> l = copy(list, "Cannot chunk type %s");
        int n = l.size();
        // Sprig's float arithmetic as Go runs it on amd64: a size of 0 or below gives NaN, ±Inf or a negative count,
        // which int() turns into the least int64 where it is not a number, and make() refuses
        long cs = goInt(Math.floor((double) (n - 1) / size) + 1);
        if (cs < 0) {
            throw new IllegalStateException("runtime error: makeslice: len out of range");
        }
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < cs; i++) {
            long clen = size;
            if (i == cs - 1) {
                clen = goInt(Math.floor((double) n % size));
                if (clen == 0) {
                    clen = size;
                }
            }
            if (clen < 0) {
                throw new IllegalStateException("runtime error: makeslice: len out of range");
            }
            out.add(new ArrayList<>(l.subList((int) (i * size), (int) (i * size + clen))));
        }
        return new TypedList("[][]interface {}", out); // Sprig's chunk returns a [][]interface{}
    }

    /** Go's int(f) on amd64: the least int64 for NaN, ±Inf and values beyond int64. */
    private static long goInt(double f) {
        return Double.isNaN(f) || f >= 0x1p63 || f < -0x1p63 ? Long.MIN_VALUE : (long) f;
    }

    static List<Object> untilStep(int start, int stop, int step) {
        TypedList v = TypedList.ints(List.of());
        if (stop < start) {
            for (int i = start; step < 0 && i > stop; i += step) {
                v.add(i);
            }
        } else {
            for (int i = start; step > 0 && i < stop; i += step) {
                v.add(i);
            }
        }
        return v.appended(GoGrowth.INT, false); // Sprig appends to an empty []int
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

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "list" -> {
                return new ArrayList<>(Arrays.asList(a));
            }
            case "tuple" -> {
                return new ArrayList<>(Arrays.asList(a));
            }
            case "append", "push" -> {
                // Sprig copies the list into a slice of its length and appends: Go grows the capacity
                List<Object> l = copy(a[0], "Cannot push on type %s");
                int n = l.size();
                l.add(a[1]);
                return appendedOne(l, n);
            }
            case "prepend" -> {
                // append([]interface{}{v}, list...): grown from a capacity of 1
                List<Object> l = copy(a[0], "Cannot prepend on type %s");
                l.add(0, a[1]);
                return l.size() == 1 ? l : appendedOne(l, 1);
            }
            case "first" -> {
                List<Object> l = copy(a[0], "Cannot find first on type %s");
                return l.isEmpty() ? null : l.getFirst();
            }
            case "last" -> {
                List<Object> l = copy(a[0], "Cannot find last on type %s");
                return l.isEmpty() ? null : l.getLast();
            }
            case "rest" -> {
                List<Object> l = copy(a[0], "Cannot find rest on type %s");
                return l.isEmpty() ? io.helm4j.yaml.GoNil.list() : new ArrayList<>(l.subList(1, l.size()));
            }
            case "initial" -> {
                List<Object> l = copy(a[0], "Cannot find initial on type %s");
                return l.isEmpty() ? io.helm4j.yaml.GoNil.list() : new ArrayList<>(l.subList(0, l.size() - 1));
            }
            case "reverse" -> {
                List<Object> l = copy(a[0], "Cannot find reverse on type %s");
                return new ArrayList<>(l.reversed());
            }
            case "compact" -> {
                List<Object> out = new GoSlice.Appended();
                for (Object o : copy(a[0], "Cannot compact on type %s")) {
                    if (!GoValues.isEmpty(o)) {
                        out.add(o);
                    }
                }
                return out;
            }
            case "uniq" -> {
                List<Object> out = new GoSlice.Appended();
                for (Object o : copy(a[0], "Cannot find uniq on type %s")) {
                    if (!contains(out, o)) {
                        out.add(o);
                    }
                }
                return out;
            }
            case "without" -> {
                List<Object> out = new GoSlice.Appended();
                List<Object> omit = Arrays.asList(a).subList(1, a.length);
                for (Object o : copy(a[0], "Cannot find without on type %s")) {
                    if (!contains(omit, o)) {
                        out.add(o);
                    }
                }
                return out;
            }
            case "has" -> {
                if (a[1] == null) {
                    return false;
                }
                return contains(copy(a[1], "Cannot find has on type %s"), a[0]);
            }
            case "chunk" -> {
                return chunk(integer(a[0]), a[1]);
            }
            case "concat" -> {
                List<Object> out = new GoSlice.Appended();
                for (Object l : a) {
                    if (!GoValues.isSlice(l)) {
                        throw new IllegalStateException(
                                "Cannot concat type " + kind(l) + " as list");
                    }
                    out.addAll(GoValues.elements(l));
                }
                return out.isEmpty() ? io.helm4j.yaml.GoNil.list() : out; // appending nothing to a nil slice leaves it nil
            }
            case "until" -> {
                int count = integer(a[0]);
                return untilStep(0, count, count < 0 ? -1 : 1);
            }
            case "untilStep" -> {
                return untilStep(integer(a[0]), integer(a[1]), integer(a[2]));
            }
            case "slice" -> {
                return slice(a);
            }
            case "seq" -> {
                return seq(a);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
