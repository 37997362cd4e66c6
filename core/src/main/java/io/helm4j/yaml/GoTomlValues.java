package io.helm4j.yaml;

import io.helm4j.yaml.GoTomlLexer.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scalar tokens of {@link GoTomlLexer} as BurntSushi/toml v1.6.0's parser converts them, with its checks
 * and errors: strings with their escapes (and multi-line strings' first newline and line-ending backslashes),
 * integers as int64 (Long; {@code 0x}, {@code 0o}, {@code 0b}, underscores between digits, no leading zeroes),
 * floats as float64 (Double), booleans, and date-times tried against the seven layouts it accepts.
 */
final class GoTomlValues {
    private static final Pattern FLOAT_SYNTAX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String DATE = "(\\d{4})-(\\d{2})-(\\d{2})";
    private static final String FRACTION = "(\\.\\d+)?";
    private static final String ZONE = "(Z|[+-]\\d{2}:\\d{2})";
    /** BurntSushi's layouts in its order: RFC 3339 with nanoseconds, local date-time, date, time, then without seconds. */
    private static final List<Layout> LAYOUTS = List.of(
            new Layout("2006-01-02T15:04:05.999999999Z07:00", DATE + "T(\\d{1,2}):(\\d{2}):(\\d{2})" + FRACTION + ZONE),
            new Layout("2006-01-02T15:04:05.999999999", DATE + "T(\\d{1,2}):(\\d{2}):(\\d{2})" + FRACTION),
            new Layout("2006-01-02", DATE),
            new Layout("15:04:05.999999999", "(\\d{1,2}):(\\d{2}):(\\d{2})" + FRACTION),
            new Layout("2006-01-02T15:04Z07:00", DATE + "T(\\d{1,2}):(\\d{2})" + ZONE),
            new Layout("2006-01-02T15:04", DATE + "T(\\d{1,2}):(\\d{2})"),
            new Layout("15:04", "(\\d{1,2}):(\\d{2})"));

    private record Layout(String go, Pattern pattern) {
        Layout(String go, String regex) {
            this(go, Pattern.compile(regex));
        }

        boolean hasDate() {
            return go.startsWith("2006");
        }

        boolean hasSeconds() {
            return go.contains("05");
        }

        boolean hasZone() {
            return go.endsWith("Z07:00");
        }
    }

    private GoTomlValues() {
    }

    static Object scalar(GoTomlReader r, Token t) {
        return switch (t.type()) {
            case STRING, STRING_ESC, ML_STRING, RAW, ML_RAW -> string(r, t);
            case INTEGER -> integer(r, t);
            case FLOAT -> floating(r, t);
            case BOOL -> t.val().equals("true");
            case DATETIME -> datetime(r, t);
            default -> throw new IllegalStateException("BUG: unexpected TOML value token " + t);
        };
    }

    static String string(GoTomlReader r, Token t) {
        return switch (t.type()) {
            case STRING, RAW -> t.val();
            case STRING_ESC -> escapes(r, t, t.val());
            case ML_STRING -> escapes(r, t, stripEscapedNewlines(stripFirstNewline(t.val())));
            case ML_RAW -> stripFirstNewline(t.val());
            default -> throw new IllegalStateException("BUG: unexpected TOML key token " + t);
        };
    }

    private static String stripFirstNewline(String s) {
        return s.startsWith("\n") ? s.substring(1) : s.startsWith("\r\n") ? s.substring(2) : s;
    }

    /** Drops each line-ending backslash with the white space and newlines after it. */
    private static String stripEscapedNewlines(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (true) {
            int ix = s.indexOf('\\', i);
            if (ix < 0) {
                return b.append(s).toString();
            }
            i = ix;
            if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && " \t\r\n".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j == i + 1 || s.substring(i, j).indexOf('\n') < 0) {
                i++;
                continue;
            }
            b.append(s, 0, i);
            s = s.substring(j);
            i = 0;
        }
    }

    private static String escapes(GoTomlReader r, Token t, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case ' ', '\t' -> throw r.error(t.line(), "invalid escape: '\\" + e + "'");
                case 'b' -> b.append('\b');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'f' -> b.append('\f');
                case 'r' -> b.append('\r');
                case 'e' -> b.append('\u001b');
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String hex = s.substring(i + 1, i + 1 + n);
                    long v = Long.parseLong(hex, 16);
                    if (v > Character.MAX_CODE_POINT || v >= 0xD800 && v <= 0xDFFF) {
                        throw r.error(t.line(), "Escaped character '\\u" + hex + "' is not valid UTF-8.");
                    }
                    b.appendCodePoint((int) v);
                    i += n;
                }
                default -> throw new IllegalStateException("BUG: TOML escape \\" + e);
            }
        }
        return b.toString();
    }

    private static Object integer(GoTomlReader r, Token t) {
        String v = t.val();
        if (!underscoresOk(v)) {
            throw r.error(t.line(), "Invalid integer " + GoSyntax.quote(v) + ": underscores must be surrounded by digits");
        }
        if (leadingZero(v)) {
            throw r.error(t.line(), "Invalid integer " + GoSyntax.quote(v) + ": cannot have leading zeroes");
        }
        String digits = v.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0' && "xob".indexOf(digits.charAt(1)) >= 0) {
            radix = digits.charAt(1) == 'x' ? 16 : digits.charAt(1) == 'o' ? 8 : 2;
            digits = digits.substring(2);
        }
        BigInteger n = new BigInteger(digits, radix);
        n = negative ? n.negate() : n;
        if (n.compareTo(INT64_MIN) < 0 || n.compareTo(INT64_MAX) > 0) {
            throw r.error(t.line(), v + " is out of range for int64");
        }
        return n.longValue();
    }

    private static Object floating(GoTomlReader r, Token t) {
        String v = t.val();
        List<String> parts = new ArrayList<>();
        for (String p : v.split("[.eE]")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        for (String p : parts) {
            if (!underscoresOk(p)) {
                throw r.error(t.line(), "Invalid float " + GoSyntax.quote(v) + ": underscores must be surrounded by digits");
            }
        }
        if (!parts.isEmpty() && leadingZero(parts.get(0))) {
            throw r.error(t.line(), "Invalid float " + GoSyntax.quote(v) + ": cannot have leading zeroes");
        }
        if (!periodsOk(v)) {
            throw r.error(t.line(), "Invalid float " + GoSyntax.quote(v) + ": '.' must be followed by one or more digits");
        }
        String val = v.replace("_", "");
        switch (val) {
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
            }
        }
        if (!FLOAT_SYNTAX.matcher(val).matches()) {
            throw r.error(t.line(), "Invalid float value: " + GoSyntax.quote(v));
        }
        double d = Double.parseDouble(val);
        if (Double.isInfinite(d)) {
            throw r.error(t.line(), v + " is out of range for float64");
        }
        return d;
    }

    /** Every underscore stands between two characters that are not underscores (hexadecimal digits). */
    private static boolean underscoresOk(String s) {
        switch (s) {
            case "nan", "+nan", "-nan", "inf", "-inf", "+inf" -> {
                return true;
            }
            default -> {
            }
        }
        boolean accept = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && !accept) {
                return false;
            }
            accept = GoTomlLexer.isHex(c);
        }
        return accept;
    }

    private static boolean leadingZero(String s) {
        return s.length() > 1 && s.charAt(0) == '0' && "box".indexOf(s.charAt(1)) < 0
                || s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '+') && s.charAt(1) == '0';
    }

    private static boolean periodsOk(String s) {
        boolean period = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (period && !GoTomlLexer.isDigit(c)) {
                return false;
            }
            period = c == '.';
        }
        return !period;
    }

    private static Object datetime(GoTomlReader r, Token t) {
        String v = t.val().replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
        for (Layout l : LAYOUTS) {
            Matcher m = l.pattern().matcher(v);
            if (m.matches() && inRange(l, m)) {
                if (missingLeadingZero(v, l.go())) {
                    break;
                }
                int g = 1;
                String date = l.hasDate() ? m.group(g) + "-" + m.group(g + 1) + "-" + m.group(g + 2) : null;
                if (l.go().equals("2006-01-02")) {
                    return GoTomlTime.of(date, null, null, null);
                }
                g += l.hasDate() ? 3 : 0;
                String hour = m.group(g).length() == 1 ? "0" + m.group(g) : m.group(g);
                String time = hour + ":" + m.group(g + 1) + (l.hasSeconds() ? ":" + m.group(g + 2) : "");
                g += l.hasSeconds() ? 3 : 2;
                String fraction = l.hasSeconds() ? m.group(g++) : null;
                String zone = l.hasZone() ? m.group(g) : null;
                return GoTomlTime.of(date, time, fraction, zone);
            }
        }
        throw r.error(t.line(), "invalid datetime: " + GoSyntax.quote(v));
    }

    /** Go's time.Parse range checks: month, day of the month, hour, minute, second, zone offset. */
    private static boolean inRange(Layout l, Matcher m) {
        int g = 1;
        if (l.hasDate()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return false;
            }
            g = 4;
        }
        if (l.go().equals("2006-01-02")) {
            return true;
        }
        if (Integer.parseInt(m.group(g)) >= 24 || Integer.parseInt(m.group(g + 1)) >= 60
                || l.hasSeconds() && Integer.parseInt(m.group(g + 2)) >= 60) {
            return false;
        }
        String zone = l.hasZone() ? m.group(m.groupCount()) : "Z";
        return zone.equals("Z") || Integer.parseInt(zone.substring(1, 3)) <= 24 && Integer.parseInt(zone.substring(4)) <= 60;
    }

    /** Go accepts a one-digit hour; BurntSushi refuses it by comparing the separators' places with the layout. */
    private static boolean missingLeadingZero(String d, String layout) {
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            if (c == '.' || c == 'Z') {
                return false;
            }
            if ((c < '0' || c > '9') && (i >= d.length() || d.charAt(i) != c)) {
                return true;
            }
        }
        return false;
    }
}
