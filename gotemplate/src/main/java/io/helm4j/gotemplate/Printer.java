package io.helm4j.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints values the way Go's {@code fmt} does for one verb: the operand switch, maps and slices,
 * and the {@code %!verb(type=value)} error forms. {@link FormatParser} drives it for Sprintf.
 */
final class Printer {
    final StringBuilder buf = new StringBuilder();
    final FieldFormatter fmt = new FieldFormatter(buf);
    /** The operand being printed, for error forms. */
    private Object current;
    private boolean erroring;

    @Override
    public String toString() {
        return buf.toString();
    }

    /** Prints one top-level operand with {@code verb}. */
    void printArg(Object arg, int verb) {
        current = arg;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            fmt.fmtS(GoTypes.typeName(arg));
            return;
        }
        if (verb == 'p') {
            fmtPointer(arg, verb);
            return;
        }
        if (verb == 'w' && !(arg instanceof byte[])) {
            // %w is for errors (Errorf); a []byte is printed element by element before methods are looked at
            badVerb(verb);
            return;
        }
        if (!isPlain(arg) && handleMethods(arg, verb)) {
            return;
        }
        printValue(arg, verb, 0);
    }

    private static boolean isPlain(Object v) {
        return v instanceof String || v instanceof Boolean || v instanceof Number && !(v instanceof GoObject)
            || v instanceof Character
            || v instanceof byte[] || v instanceof Map<?, ?> || v instanceof List<?>;
    }

    /** Stringer-like values (a struct with its own rendering, other Java objects) under a string verb. */
    private boolean handleMethods(Object v, int verb) {
        if (erroring || fmt.sharpV) {
            return false;
        }
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') {
            return false;
        }
        if (v instanceof GoObject o && o.structFields() != null && !o.stringer()) {
            return false;
        }
        String text = v instanceof GoObject o ? o.formatValue() : v.toString();
        if (text == null) {
            return false;
        }
        current = text;
        fmtString(text, verb);
        return true;
    }

    private void printValue(Object v, int verb, int depth) {
        if (depth > 0 && v != null && !isPlain(v) && handleMethods(v, verb)) {
            return;
        }
        current = v;
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (v == null) {
            buf.append(fmt.sharpV ? "interface {}(nil)" : "<nil>");
        } else if (v instanceof Boolean b) {
            fmtBool(b, verb);
        } else if (v instanceof Double d) {
            fmtFloat(d, 64, verb);
        } else if (v instanceof Float f) {
            fmtFloat(f, 32, verb);
        } else if (v instanceof GoInteger g) {
            fmtInteger(g.value(), g.type().signed(), verb);
        } else if (v instanceof String s) {
            fmtString(s, verb);
        } else if (v instanceof byte[] b) {
            fmtBytes(b, verb, depth == 0 ? "[]byte" : "[]uint8");
        } else if (v instanceof Map<?, ?> m) {
            printMap(m, verb, depth);
        } else if (v instanceof List<?> l) {
            printList(l, verb, depth);
        } else if (v instanceof GoObject o) {
            if (o instanceof Number n) {
                fmtInteger(n.longValue(), true, verb);
            } else if (o.structFields() != null && (depth == 0 || !o.goTypeName().startsWith("*"))) {
                printStruct(o, verb, depth);
            } else if (o.structFields() != null) {
                fmtPointer(o, verb);
            } else {
                String text = o.formatValue();
                buf.append(text != null ? text : "{" + o.goTypeName() + "}");
            }
        } else if (GoTypes.isInteger(v)) {
            fmtInteger(GoTypes.integerValue(v), true, verb);
        } else if (verb == 'v' || verb == 's') {
            fmt.pad(v.toString());
        } else {
            badVerb(verb);
        }
    }

    /** fmt's struct printing: {@code {a b}}, {@code {A:a B:b}} under {@code %+v}, {@code T{A:"a"}} under {@code %#v}. */
    private void printStruct(GoObject o, int verb, int depth) {
        String type = o.goTypeName();
        if (type.startsWith("*")) {
            // a pointer at depth 0 prints as & and the struct it points to
            buf.append('&');
            type = type.substring(1);
        }
        if (fmt.sharpV) {
            buf.append(type);
        }
        buf.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : o.structFields().entrySet()) {
            if (!first) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            first = false;
            if (fmt.plusV || fmt.sharpV) {
                buf.append(e.getKey()).append(':');
            }
            printValue(e.getValue(), verb, depth + 1);
        }
        buf.append('}');
    }

    private void printMap(Map<?, ?> m, int verb, int depth) {
        if (fmt.sharpV && m instanceof GoNilValue) {
            buf.append(GoTypes.typeName(m)).append("(nil)");
            return;
        }
        if (fmt.sharpV) {
            buf.append(GoTypes.typeName(m)).append('{');
        } else {
            buf.append("map[");
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Comparator.comparing(Map.Entry::getKey, Printer::compareKeys));
        boolean first = true;
        for (Map.Entry<?, ?> e : entries) {
            if (!first) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            first = false;
            printValue(e.getKey(), verb, depth + 1);
            buf.append(':');
            printValue(e.getValue(), verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private void printList(List<?> l, int verb, int depth) {
        if (fmt.sharpV && l instanceof GoNilValue) {
            buf.append(GoTypes.typeName(l)).append("(nil)");
            return;
        }
        if (fmt.sharpV) {
            buf.append(GoTypes.typeName(l)).append('{');
        } else {
            buf.append('[');
        }
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            printValue(l.get(i), verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    /** Go's map key order: strings bytewise (that is, by code point), numbers by value. */
    static int compareKeys(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int byType = GoTypes.typeName(a).compareTo(GoTypes.typeName(b));
        return byType != 0 ? byType : compareCodePoints(a.toString(), b.toString());
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    void badVerb(int verb) {
        erroring = true;
        buf.append("%!").appendCodePoint(verb).append('(');
        Object v = current;
        if (v == null) {
            buf.append("<nil>");
        } else {
            buf.append(GoTypes.typeName(v)).append('=');
            if (!isPlain(v) && !(v instanceof GoObject)) {
                fmt.pad(v.toString());
            } else {
                printValue(v, 'v', 0);
            }
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    /**
     * fmt's fmtPointer: a pointer inside a map, slice or struct prints as its address. The address is made up
     * (Go's differs from run to run too), in the form of Go's heap addresses.
     */
    private void fmtPointer(GoObject o, int verb) {
        long address = 0xc000000000L + ((System.identityHashCode(o) & 0xffffffL) << 4);
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    buf.append('(').append(o.goTypeName()).append(")(");
                    fmt0x64(address, true);
                    buf.append(')');
                } else {
                    fmt0x64(address, !fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(address, !fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(address, false, verb);
            default -> badVerb(verb);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', FieldFormatter.LDIGITS);
        fmt.sharp = sharp;
    }

    private void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !isSigned) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, isSigned, verb, FieldFormatter.LDIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, isSigned, verb, FieldFormatter.LDIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, isSigned, verb, FieldFormatter.LDIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, isSigned, verb, FieldFormatter.LDIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, isSigned, verb, FieldFormatter.LDIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, isSigned, verb, FieldFormatter.UDIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    private void fmtString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(v);
                } else {
                    fmt.fmtS(v);
                }
            }
            case 's' -> fmt.fmtS(v);
            case 'x' -> fmt.fmtSx(v, FieldFormatter.LDIGITS);
            case 'X' -> fmt.fmtSx(v, FieldFormatter.UDIGITS);
            case 'q' -> fmt.fmtQ(v);
            default -> badVerb(verb);
        }
    }

    private void fmtBytes(byte[] v, int verb, String typeString) {
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.append(typeString).append('{');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) {
                            buf.append(", ");
                        }
                        fmt0x64(v[i] & 0xFF, true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        fmt.fmtInteger(v[i] & 0xFF, 10, false, verb, FieldFormatter.LDIGITS);
                    }
                    buf.append(']');
                }
            }
            case 's' -> fmt.fmtS(io.helm4j.gostd.GoStrings.string(v));
            case 'x' -> fmt.fmtBx(v, FieldFormatter.LDIGITS);
            case 'X' -> fmt.fmtBx(v, FieldFormatter.UDIGITS);
            case 'q' -> fmt.fmtQ(io.helm4j.gostd.GoStrings.string(v));
            default -> {
                buf.append('[');
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) {
                        buf.append(' ');
                    }
                    printValue(GoInteger.uint8(v[i]), verb, 1);
                }
                buf.append(']');
            }
        }
    }

    /** %p: maps, slices and structs have an address (here an identity hash); other values do not. */
    private void fmtPointer(Object v, int verb) {
        if (!(v instanceof Map<?, ?> || v instanceof List<?> || v instanceof byte[] || v instanceof GoObject)) {
            badVerb(verb);
            return;
        }
        fmt0x64(0xc000000000L + System.identityHashCode(v) * 8L, !fmt.sharp);
    }
}
