package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;

/** spf13/cast conversions as Sprig uses them: failures give 0. */
final class Cast {
    private Cast() {
    }

    static long toInt64(Object v) {
        // instanceof, not a switch over types: a cold JVM spins a class for each such switch (see Exec.walk)
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            return g.value();
        }
        if (v instanceof Double d) {
            return goInt64(d);
        }
        if (v instanceof GoTime.CalendarInt c) {
            return c.longValue(); // cast's toInt knows time.Month and time.Weekday (not time.Duration)
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            Long p = parseGoInt(trimZeroDecimal(s));
            return p == null ? 0 : p;
        }
        return 0;
    }

    /**
     * Go's int64(f) on amd64: truncation toward zero, and the "integer indefinite" value, the minimum
     * int64, for NaN and for anything outside the int64 range (Java's cast saturates instead).
     */
    static long goInt64(double f) {
        if (Double.isNaN(f) || f >= 0x1p63 || f < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) f;
    }

    /** cast.ToInt: the result as Go int (Integer when it fits, else a GoInteger of type int). */
    static Object toInt(Object v) {
        return io.helm4j.gotemplate.GoInteger.ofInt(toInt64(v));
    }

    static int toIntValue(Object v) {
        return (int) toInt64(v);
    }

    static double toFloat64(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof io.helm4j.gotemplate.GoInteger g) {
            return g.doubleValue();
        }
        if (v instanceof GoTime.CalendarInt c) {
            return c.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            Double d = parseGoFloat(s);
            return d == null ? 0 : d;
        }
        return 0;
    }

    static String trimZeroDecimal(String s) {
        boolean foundZero = false;
        for (int i = s.length(); i > 0; i--) {
            char c = s.charAt(i - 1);
            if (c == '.') {
                if (foundZero) {
                    return s.substring(0, i - 1);
                }
            } else if (c == '0') {
                foundZero = true;
            } else {
                return s;
            }
        }
        return s;
    }

    /** strconv.ParseInt(s, 0, 64), or null when it fails. */
    static Long parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String t = s;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int base = 10;
        boolean prefixed = false;
        if (t.length() >= 2 && t.charAt(0) == '0') {
            char c = Character.toLowerCase(t.charAt(1));
            if (c == 'x') {
                base = 16;
                t = t.substring(2);
                prefixed = true;
            } else if (c == 'b') {
                base = 2;
                t = t.substring(2);
                prefixed = true;
            } else if (c == 'o') {
                base = 8;
                t = t.substring(2);
                prefixed = true;
            } else {
                base = 8;
                t = t.substring(1);
                prefixed = true;
            }
        }
        if (!underscoreOk(s)) {
            return null;
        }
        t = t.replace("_", "");
        if (t.isEmpty()) {
            return prefixed && base == 8 && s.replace("_", "").matches("[+-]?0+") ? 0L : null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), base) < 0 || t.charAt(i) > 'z') {
                return null;
            }
        }
        BigInteger bi = new BigInteger(t, base);
        if (neg) {
            bi = bi.negate();
        }
        if (bi.bitLength() > 63) {
            return null;
        }
        return bi.longValue();
    }

    /** Go's underscoreOK: underscores only between digits, and only with a base prefix. */
    private static boolean underscoreOk(String s) {
        if (s.indexOf('_') < 0) {
            return true;
        }
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'x' || c == 'b' || c == 'o') {
                hex = c == 'x';
                i = 2;
                saw = '0';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** strconv.ParseFloat(s, 64), or null when it fails (range errors give ±Inf in Go, with an error). */
    static Double parseGoFloat(String s) {
        String t = s;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (t.indexOf('_') >= 0) {
            if (!underscoreOk(t)) {
                return null;
            }
            t = t.replace("_", "");
            unsigned = unsigned.replace("_", "");
        }
        if (unsigned.startsWith("0x")) {
            if (!unsigned.contains("p")) {
                return null;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!unsigned.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
            return null;
        }
        double d = Double.parseDouble(t);
        if (Double.isInfinite(d)) {
            return null;
        }
        return d;
    }
}
