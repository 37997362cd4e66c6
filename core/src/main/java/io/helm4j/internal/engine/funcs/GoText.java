package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.GoStrings;
import io.helm4j.gostd.Strconv;
import io.helm4j.gostd.Strings;
import io.helm4j.gostd.Unicode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Go string primitives: byte-indexed slicing, unicode classes, strings.Split, strconv.Quote. */
final class GoText {
    private GoText() {
    }

    static byte[] utf8(String s) {
        return GoStrings.bytes(s);
    }

    static String str(byte[] b, int from, int to) {
        return GoStrings.string(b, from, to - from);
    }

    /** Byte length of a Go string. */
    static int len(String s) {
        return GoStrings.len(s);
    }

    /** Go's {@code s[from:to]} on the UTF-8 bytes; panics like Go when out of range. */
    static String slice(String s, int from, int to) {
        if (from >= 0 && from <= to && to <= s.length() && len(s) == s.length()) {
            return s.substring(from, to);
        }
        byte[] b = utf8(s);
        if (from < 0 || to > b.length || from > to) {
            throw new IllegalStateException(sliceError(from, to, b.length));
        }
        return str(b, from, to);
    }

    /** Go's runtime boundsError: the high bound is checked first; a negative bound is printed without the other. */
    private static String sliceError(int from, int to, int len) {
        if (to < 0) {
            return "runtime error: slice bounds out of range [:" + to + "]";
        }
        if (to > len) {
            return "runtime error: slice bounds out of range [:" + to + "] with length " + len;
        }
        if (from < 0) {
            return "runtime error: slice bounds out of range [" + from + ":]";
        }
        return "runtime error: slice bounds out of range [" + from + ":" + to + "]";
    }

    /** unicode.IsSpace. */
    static boolean isSpace(int r) {
        return Unicode.isSpace(r);
    }

    static boolean isUpper(int r) {
        return Character.isUpperCase(r);
    }

    static boolean isLower(int r) {
        return Character.isLowerCase(r);
    }

    static String trimSpace(String s) {
        return Strings.trimSpace(s);
    }

    static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && inCutset(cutset, s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && inCutset(cutset, s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** strings.ContainsRune(cutset, r), an invalid byte (of s or of cutset) being RuneError. */
    private static boolean inCutset(String cutset, int r) {
        if (r == 0xFFFD || r >= 0xDC80 && r <= 0xDCFF) {
            return cutset.indexOf(0xFFFD) >= 0 || GoStrings.hasBytes(cutset);
        }
        return cutset.indexOf(r) >= 0;
    }

    static String mapCodePoints(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder sb = new StringBuilder(s.length());
        // strings.Map: an invalid byte is decoded as RuneError and written as U+FFFD
        s.codePoints().forEach(c -> sb.appendCodePoint(f.applyAsInt(c >= 0xDC80 && c <= 0xDCFF ? 0xFFFD : c)));
        return sb.toString();
    }

    static String upper(String s) {
        return mapCodePoints(s, Character::toUpperCase);
    }

    static String lower(String s) {
        return mapCodePoints(s, Character::toLowerCase);
    }

    /** strings.SplitN; n &lt; 0 means all. */
    static List<String> split(String s, String sep, int n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            int limit = n < 0 || n > cps.length ? cps.length : n;
            int pos = 0;
            for (int i = 0; i < limit - 1; i++) {
                out.add(new String(cps, i, 1));
                pos += Character.charCount(cps[i]);
            }
            if (limit > 0) {
                out.add(s.substring(pos));
            }
            return out;
        }
        int start = 0;
        while (n < 0 || out.size() < n - 1) {
            int idx = s.indexOf(sep, start);
            if (idx < 0) {
                break;
            }
            out.add(s.substring(start, idx));
            start = idx + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    /** strconv.Quote. */
    static String quote(String s) {
        return Strconv.quote(s);
    }

    /** strconv.IsPrint. */
    static boolean isPrint(int r) {
        return Strconv.isPrint(r);
    }

    /*
     * strings.Contains/HasPrefix/HasSuffix/Replace compare bytes: a carried invalid byte (a lone low surrogate)
     * must match the same byte inside a valid sequence ("\xe6" is in "日"), so strings holding one are compared
     * as bytes; valid text keeps Java's char search (a valid needle only matches whole UTF-8 sequences).
     */

    static boolean contains(String s, String sub) {
        if (!GoStrings.hasBytes(s) && !GoStrings.hasBytes(sub)) {
            return s.contains(sub);
        }
        return indexOf(utf8(s), utf8(sub), 0) >= 0;
    }

    static boolean hasPrefix(String s, String prefix) {
        if (!GoStrings.hasBytes(s) && !GoStrings.hasBytes(prefix)) {
            return s.startsWith(prefix);
        }
        byte[] b = utf8(s);
        byte[] p = utf8(prefix);
        return p.length <= b.length && java.util.Arrays.equals(b, 0, p.length, p, 0, p.length);
    }

    static boolean hasSuffix(String s, String suffix) {
        if (!GoStrings.hasBytes(s) && !GoStrings.hasBytes(suffix)) {
            return s.endsWith(suffix);
        }
        byte[] b = utf8(s);
        byte[] p = utf8(suffix);
        return p.length <= b.length && java.util.Arrays.equals(b, b.length - p.length, b.length, p, 0, p.length);
    }

    /** strings.Replace(s, old, new, -1); an empty old inserts around every rune (a carried byte is one). */
    static String replaceAll(String s, String old, String with) {
        if (old.isEmpty() || (!GoStrings.hasBytes(s) && !GoStrings.hasBytes(old))) {
            return s.replace(old, with);
        }
        byte[] b = utf8(s);
        byte[] o = utf8(old);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        byte[] w = utf8(with);
        int from = 0;
        for (int i = indexOf(b, o, 0); i >= 0; i = indexOf(b, o, from)) {
            out.write(b, from, i - from);
            out.write(w, 0, w.length);
            from = i + o.length;
        }
        out.write(b, from, b.length - from);
        return GoStrings.string(out.toByteArray());
    }

    private static int indexOf(byte[] b, byte[] sub, int from) {
        for (int i = from; i + sub.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + sub.length, sub, 0, sub.length)) {
                return i;
            }
        }
        return -1;
    }
}
