package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import io.helm4j.yaml.GoStringMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.helm4j.internal.engine.funcs.Args.integer;
import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's string functions (strings.go and the Go stdlib ones it exposes). */
final class StringFunctions implements Area {
    private StringFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new StringFunctions();
        f.put("trim", "string", new Area.Named("trim", area));
        f.put("upper", "string", new Area.Named("upper", area));
        f.put("lower", "string", new Area.Named("lower", area));
        f.put("title", "string", new Area.Named("title", area));
        f.put("untitle", "string", new Area.Named("untitle", area));
        f.put("substr", "int, int, string", new Area.Named("substr", area));
        f.put("repeat", "int, string", new Area.Named("repeat", area));
        f.put("trimall", "string, string", new Area.Named("trimall", area));
        f.put("trimAll", "string, string", new Area.Named("trimAll", area));
        f.put("trimSuffix", "string, string", new Area.Named("trimSuffix", area));
        f.put("trimPrefix", "string, string", new Area.Named("trimPrefix", area));
        f.put("nospace", "string", new Area.Named("nospace", area));
        f.put("initials", "string", new Area.Named("initials", area));
        f.put("swapcase", "string", new Area.Named("swapcase", area));
        f.put("snakecase", "string", new Area.Named("snakecase", area));
        f.put("kebabcase", "string", new Area.Named("kebabcase", area));
        f.put("camelcase", "string", new Area.Named("camelcase", area));
        f.put("wrap", "int, string", new Area.Named("wrap", area));
        f.put("wrapWith", "int, string, string", new Area.Named("wrapWith", area));
        f.put("contains", "string, string", new Area.Named("contains", area));
        f.put("hasPrefix", "string, string", new Area.Named("hasPrefix", area));
        f.put("hasSuffix", "string, string", new Area.Named("hasSuffix", area));
        f.put("quote", "...interface {}", new Area.Named("quote", area));
        f.put("squote", "...interface {}", new Area.Named("squote", area));
        f.put("cat", "...interface {}", new Area.Named("cat", area));
        f.put("indent", "int, string", new Area.Named("indent", area));
        f.put("nindent", "int, string", new Area.Named("nindent", area));
        f.put("replace", "string, string, string", new Area.Named("replace", area));
        f.put("plural", "string, string, int", new Area.Named("plural", area));
        f.put("toString", "interface {}", new Area.Named("toString", area));
        f.put("abbrev", "int, string", new Area.Named("abbrev", area));
        f.put("abbrevboth", "int, int, string", new Area.Named("abbrevboth", area));
        f.put("trunc", "int, string", new Area.Named("trunc", area));
        f.put("split", "string, string", new Area.Named("split", area));
        f.put("splitList", "string, string", new Area.Named("splitList", area));
        f.put("splitn", "string, int, string", new Area.Named("splitn", area));
        f.put("toStrings", "interface {}", new Area.Named("toStrings", area));
        f.put("join", "string, interface {}", new Area.Named("join", area));
        f.put("sortAlpha", "interface {}", new Area.Named("sortAlpha", area));
        f.put("hello", "", new Area.Named("hello", area));
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] prev = {' '};
        s.codePoints().forEach(r -> {
            sb.appendCodePoint(isSeparator(prev[0]) ? Character.toTitleCase(r) : r);
            prev[0] = r;
        });
        return sb.toString();
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7f) {
            return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_');
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return GoText.isSpace(r);
    }

    static String substring(int start, int end, String s) {
        if (start < 0) {
            return GoText.slice(s, 0, end);
        }
        int len = GoText.len(s);
        if (end < 0 || end > len) {
            return GoText.slice(s, start, len);
        }
        return GoText.slice(s, start, end);
    }

    static String repeat(int count, String s) {
        if (count < 0) {
            throw new IllegalStateException("strings: negative Repeat count");
        }
        return s.repeat(count);
    }

    private static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** goutils DeleteWhiteSpace: works on bytes, each read as a Latin-1 rune. */
    /**
     * goutils.DeleteWhiteSpace (nospace): each byte seen as a rune; when one is white space, the rest are written
     * as those runes (so a byte above 0x7f becomes its Latin-1 character); when none is, the string is returned as
     * it was, bytes and all.
     */
    static String deleteWhiteSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean deleted = false;
        for (byte b : GoText.utf8(s)) {
            int c = b & 0xff;
            if (!GoText.isSpace(c)) {
                sb.appendCodePoint(c);
            } else {
                deleted = true;
            }
        }
        return deleted ? sb.toString() : s;
    }

    static String quote(Object... args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                out.add(GoText.quote(GoValues.strval(o)));
            }
        }
        return String.join(" ", out);
    }

    static String squote(Object... args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                out.add("'" + GoValues.formatV(o) + "'");
            }
        }
        return String.join(" ", out);
    }

    static String cat(Object... args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                out.add(GoValues.formatV(o));
            }
        }
        return String.join(" ", out);
    }

    static String indent(int spaces, String v) {
        String pad = spaces > 0 ? " ".repeat(spaces) : "";
        if (spaces < 0) {
            throw new IllegalStateException("strings: negative Repeat count");
        }
        return pad + v.replace("\n", "\n" + pad);
    }

    static String abbrev(int width, String s) {
        if (width < 4) {
            return s;
        }
        return TextCase.abbreviate(s, 0, width);
    }

    static String abbrevboth(int left, int right, String s) {
        if (right < 4 || left > 0 && right < 7) {
            return s;
        }
        return TextCase.abbreviate(s, left, right);
    }

    static String trunc(int c, String s) {
        int len = GoText.len(s);
        if (c < 0 && len + c > 0) {
            return GoText.slice(s, len + c, len);
        }
        if (c >= 0 && len > c) {
            return GoText.slice(s, 0, c);
        }
        return s;
    }

    /** Sprig's split and splitn: a map[string]string of "_0", "_1"... */
    private static Map<String, Object> indexed(List<String> parts) {
        Map<String, Object> m = new GoStringMap();
        for (int i = 0; i < parts.size(); i++) {
            m.put("_" + i, parts.get(i));
        }
        return m;
    }

    /** Sprig's strslice: a list's non-nil elements as strings; a scalar as a one-element list. */
    static List<String> strslice(Object v) {
        List<String> out = new ArrayList<>();
        if (GoValues.isSlice(v)) {
            for (Object o : GoValues.elements(v)) {
                if (o != null) {
                    out.add(GoValues.strval(o));
                }
            }
        } else if (v != null) {
            out.add(GoValues.strval(v));
        }
        return out;
    }

    /**
     * Sprig's sortAlpha: a {@code []string} is sorted in place and returned (its strslice is the slice itself), so
     * a variable holding it sees the new order; other slices are copied first.
     */
    static List<Object> sortAlpha(Object v) {
        if (v instanceof TypedList t && t.goType().equals("[]string")) {
            t.sort((a, b) -> compareBytes((String) a, (String) b));
            return t;
        }
        if (GoValues.isSlice(v)) {
            List<String> s = strslice(v);
            s.sort(StringFunctions::compareBytes);
            return strsliceCapacity(v, TypedList.strings(s));
        }
        return TypedList.strings(List.of(GoValues.strval(v)));
    }

    /**
     * The capacity of Sprig's strslice result: a {@code []string} is returned as it is (its capacity and what
     * lies past its length kept), other slices are copied into a slice made with their length as capacity
     * (nil elements are left out, so the capacity may exceed the length).
     */
    private static TypedList strsliceCapacity(Object v, TypedList out) {
        if (v instanceof TypedList t && t.goType().equals("[]string")) {
            Object[] tail = null;
            if (t.hasTail()) {
                tail = new Object[t.goCap() - t.size()];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = t.beyondLength(t.size() + i);
                }
            }
            out.withCapacity(t.goCap(), tail);
        } else if (GoValues.isSlice(v)) {
            out.withCapacity(GoValues.elements(v).size(), null);
        }
        return out;
    }

    /** Go string order: byte-wise UTF-8, i.e. code point order. */
    static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The string argument as Go's rune loops see it: each byte that is not UTF-8 becomes U+FFFD. */
    private static String runes(Object a) {
        return io.helm4j.gostd.GoStrings.replaceBytes(str(a));
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "trim" -> {
                return GoText.trimSpace(str(a[0]));
            }
            case "upper" -> {
                return GoText.upper(str(a[0]));
            }
            case "lower" -> {
                return GoText.lower(str(a[0]));
            }
            case "title" -> {
                return title(runes(a[0]));
            }
            case "untitle" -> {
                return TextCase.uncapitalize(runes(a[0]));
            }
            case "substr" -> {
                return substring(integer(a[0]), integer(a[1]), str(a[2]));
            }
            case "repeat" -> {
                return repeat(integer(a[0]), str(a[1]));
            }
            case "trimall" -> {
                return GoText.trim(str(a[1]), str(a[0]));
            }
            case "trimAll" -> {
                return GoText.trim(str(a[1]), str(a[0]));
            }
            case "trimSuffix" -> {
                return trimSuffix(str(a[1]), str(a[0]));
            }
            case "trimPrefix" -> {
                return trimPrefix(str(a[1]), str(a[0]));
            }
            case "nospace" -> {
                return deleteWhiteSpace(str(a[0]));
            }
            case "initials" -> {
                return TextCase.initials(str(a[0]));
            }
            case "swapcase" -> {
                return TextCase.swapCase(runes(a[0]));
            }
            case "snakecase" -> {
                return TextCase.toLowerWords(str(a[0]), '_');
            }
            case "kebabcase" -> {
                return TextCase.toLowerWords(str(a[0]), '-');
            }
            case "camelcase" -> {
                return TextCase.toCamelCase(runes(a[0]));
            }
            case "wrap" -> {
                return TextCase.wrap(str(a[1]), integer(a[0]), "", false);
            }
            case "wrapWith" -> {
                return TextCase.wrap(str(a[2]), integer(a[0]), str(a[1]), true);
            }
            case "contains" -> {
                return GoText.contains(str(a[1]), str(a[0]));
            }
            case "hasPrefix" -> {
                return GoText.hasPrefix(str(a[1]), str(a[0]));
            }
            case "hasSuffix" -> {
                return GoText.hasSuffix(str(a[1]), str(a[0]));
            }
            case "indent" -> {
                return indent(integer(a[0]), str(a[1]));
            }
            case "nindent" -> {
                return "\n" + indent(integer(a[0]), str(a[1]));
            }
            case "replace" -> {
                return GoText.replaceAll(str(a[2]), str(a[0]), str(a[1]));
            }
            case "plural" -> {
                String one = str(a[0]);
                String many = str(a[1]);
                return integer(a[2]) == 1 ? one : many;
            }
            case "toString" -> {
                return GoValues.strval(a[0]);
            }
            case "abbrev" -> {
                return abbrev(integer(a[0]), str(a[1]));
            }
            case "abbrevboth" -> {
                return abbrevboth(integer(a[0]), integer(a[1]), str(a[2]));
            }
            case "trunc" -> {
                return trunc(integer(a[0]), str(a[1]));
            }
            case "split" -> {
                return indexed(GoText.split(str(a[1]), str(a[0]), -1));
            }
            case "splitList" -> {
                return TypedList.strings(GoText.split(str(a[1]), str(a[0]), -1));
            }
            case "splitn" -> {
                String sep = str(a[0]);
                int n = integer(a[1]);
                return indexed(GoText.split(str(a[2]), sep, n));
            }
            case "toStrings" -> {
                if (a[0] instanceof TypedList t && t.goType().equals("[]string")) {
                    return t; // strslice returns a []string itself
                }
                return strsliceCapacity(a[0], TypedList.strings(strslice(a[0])));
            }
            case "join" -> {
                return String.join(str(a[0]), strslice(a[1]));
            }
            case "sortAlpha" -> {
                return sortAlpha(a[0]);
            }
            case "hello" -> {
                return "Hello!";
            }
            case "quote" -> {
                return quote(a);
            }
            case "squote" -> {
                return squote(a);
            }
            case "cat" -> {
                return cat(a);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
