package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.GoStrings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Go's time.ParseInLocation over reference-time layouts, with Go's error texts: a layout without a year parses
 * into year 0, each element takes what Go's takes ({@code getnum}, {@code lookup} of names in any case,
 * {@code parseTimeZone} for {@code MST}, fractions after seconds), out-of-range values are reported after the
 * element, and the zone is decided as Go decides it (the local zone when its offset or name matches, else a
 * fixed zone of that offset or name).
 */
final class GoTimeParser {
    private GoTimeParser() {
    }

    /** A layout/value mismatch, worded as Go's time.ParseError. */
    static final class ParseException extends RuntimeException {
        ParseException(String message) {
            super(message);
        }
    }

    /** Go's {@code errBad}: the element did not parse. */
    private static final class Bad extends Exception {
        Bad() {
            super(null, null, false, false);
        }
    }

    private static ParseException mismatch(String layout, String value, String layoutElem, String valueElem) {
        return new ParseException("parsing time " + quote(value) + " as " + quote(layout)
                + ": cannot parse " + quote(valueElem) + " as " + quote(layoutElem));
    }

    private static ParseException message(String value, String msg) {
        return new ParseException("parsing time " + quote(value) + msg);
    }

    /** The time package's own quote: bytes outside printable ASCII as {@code \xNN}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (byte x : GoStrings.bytes(s)) {
            int c = x & 0xFF;
            if (c >= 0x80 || c < ' ') {
                b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append((char) c);
            }
        }
        return b.append('"').toString();
    }

    /** time.ParseInLocation(layout, value, local) with java.time's rules for the local zone. */
    static GoTime parse(String layout, String value, ZoneId local) {
        return parse(layout, value, local, null);
    }

    /** time.ParseInLocation; {@code localTz} is the local zone read from the tz database, or null. */
    static GoTime parse(String layout, String value, ZoneId local, GoZone localTz) {
        String alayout = layout;
        String avalue = value;
        String rangeErr = "";
        boolean amSet = false;
        boolean pmSet = false;
        int year = 0;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int nsec = 0;
        boolean utc = false;
        int zoneOffset = -1;
        String zoneName = "";
        int pos = 0;
        while (true) {
            GoTimeFormat.Chunk c = GoTimeFormat.nextChunk(layout, pos);
            String stdstr = c.std() == null ? "" : layout.substring(pos + c.prefix().length(), c.next());
            String[] skipped = skip(value, c.prefix());
            value = skipped[0];
            if (skipped[1] != null) {
                throw mismatch(alayout, avalue, c.prefix(), value);
            }
            if (c.std() == null) {
                if (!value.isEmpty()) {
                    throw message(avalue, ": extra text: " + quote(value));
                }
                break;
            }
            pos = c.next();
            String std = c.std();
            String hold = value;
            try {
                switch (std) {
                    case "06" -> {
                        if (value.length() < 2) {
                            throw new Bad();
                        }
                        year = atoi(value.substring(0, 2));
                        value = value.substring(2);
                        year += year >= 69 ? 1900 : 2000;
                    }
                    case "2006" -> {
                        if (value.length() < 4 || !isDigit(value, 0)) {
                            throw new Bad();
                        }
                        year = atoi(value.substring(0, 4));
                        value = value.substring(4);
                    }
                    case "Jan", "January" -> {
                        int[] r = lookup(std.equals("Jan") ? shortNames(GoTimeFormat.LONG_MONTHS)
                                : GoTimeFormat.LONG_MONTHS, value);
                        month = r[0] + 1;
                        value = value.substring(r[1]);
                    }
                    case "1", "01" -> {
                        int[] r = getnum(value, std.equals("01"));
                        month = r[0];
                        value = value.substring(r[1]);
                        if (month <= 0 || 12 < month) {
                            rangeErr = "month";
                        }
                    }
                    case "Mon", "Monday" -> {
                        int[] r = lookup(std.equals("Mon") ? shortNames(GoTimeFormat.LONG_DAYS)
                                : GoTimeFormat.LONG_DAYS, value);
                        value = value.substring(r[1]);
                    }
                    case "2", "_2", "02" -> {
                        if (std.equals("_2") && value.startsWith(" ")) {
                            value = value.substring(1);
                        }
                        int[] r = getnum(value, std.equals("02"));
                        day = r[0];
                        value = value.substring(r[1]);
                    }
                    case "__2", "002" -> {
                        for (int i = 0; i < 2; i++) {
                            if (std.equals("__2") && value.startsWith(" ")) {
                                value = value.substring(1);
                            }
                        }
                        int[] r = getnum3(value, std.equals("002"));
                        yday = r[0];
                        value = value.substring(r[1]);
                    }
                    case "15" -> {
                        int[] r = getnum(value, false);
                        hour = r[0];
                        value = value.substring(r[1]);
                        if (hour < 0 || 24 <= hour) {
                            rangeErr = "hour";
                        }
                    }
                    case "3", "03" -> {
                        int[] r = getnum(value, std.equals("03"));
                        hour = r[0];
                        value = value.substring(r[1]);
                        if (hour < 0 || 12 < hour) {
                            rangeErr = "hour";
                        }
                    }
                    case "4", "04" -> {
                        int[] r = getnum(value, std.equals("04"));
                        min = r[0];
                        value = value.substring(r[1]);
                        if (min < 0 || 60 <= min) {
                            rangeErr = "minute";
                        }
                    }
                    case "5", "05" -> {
                        int[] r = getnum(value, std.equals("05"));
                        sec = r[0];
                        value = value.substring(r[1]);
                        if (sec < 0 || 60 <= sec) {
                            rangeErr = "second";
                            break;
                        }
                        // a fraction in the value but none in the layout is taken here
                        if (value.length() >= 2 && commaOrPeriod(value.charAt(0)) && isDigit(value, 1)) {
                            GoTimeFormat.Chunk next = GoTimeFormat.nextChunk(layout, pos);
                            if (next.std() != null && commaOrPeriod(next.std().charAt(0))) {
                                break;
                            }
                            int n = 2;
                            while (n < value.length() && isDigit(value, n)) {
                                n++;
                            }
                            long[] ns = parseNanoseconds(value, n);
                            nsec = (int) ns[0];
                            rangeErr = ns[1] != 0 ? "fractional second" : rangeErr;
                            value = value.substring(n);
                        }
                    }
                    case "PM", "pm" -> {
                        if (value.length() < 2) {
                            throw new Bad();
                        }
                        String p = value.substring(0, 2);
                        value = value.substring(2);
                        if (p.equals(std.equals("PM") ? "PM" : "pm")) {
                            pmSet = true;
                        } else if (p.equals(std.equals("PM") ? "AM" : "am")) {
                            amSet = true;
                        } else {
                            throw new Bad();
                        }
                    }
                    case "MST" -> {
                        if (value.startsWith("UTC")) {
                            utc = true;
                            value = value.substring(3);
                            break;
                        }
                        int n = parseTimeZone(value);
                        if (n <= 0) {
                            throw new Bad();
                        }
                        zoneName = value.substring(0, n);
                        value = value.substring(n);
                    }
                    default -> {
                        if (std.charAt(0) == '.' || std.charAt(0) == ',') {
                            if (std.charAt(1) == '0') {
                                int ndigit = std.length();
                                if (value.length() < ndigit) {
                                    throw new Bad();
                                }
                                long[] ns = parseNanoseconds(value, ndigit);
                                nsec = (int) ns[0];
                                rangeErr = ns[1] != 0 ? "fractional second" : rangeErr;
                                value = value.substring(ndigit);
                            } else {
                                if (value.length() < 2 || !commaOrPeriod(value.charAt(0)) || !isDigit(value, 1)) {
                                    break; // the fraction omitted
                                }
                                int i = 0;
                                while (i + 1 < value.length() && isDigit(value, i + 1)) {
                                    i++;
                                }
                                long[] ns = parseNanoseconds(value, 1 + i);
                                nsec = (int) ns[0];
                                rangeErr = ns[1] != 0 ? "fractional second" : rangeErr;
                                value = value.substring(1 + i);
                            }
                            break;
                        }
                        if (std.charAt(0) == 'Z' && value.startsWith("Z")) {
                            value = value.substring(1);
                            utc = true;
                            break;
                        }
                        String shape = std.substring(1); // 0700, 07:00, 07, 070000, 07:00:00
                        String sign;
                        String hh;
                        String mm;
                        String ss;
                        if (shape.equals("07:00")) {
                            if (value.length() < 6 || value.charAt(3) != ':') {
                                throw new Bad();
                            }
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(4, 6);
                            ss = "00";
                            value = value.substring(6);
                        } else if (shape.equals("07")) {
                            if (value.length() < 3) {
                                throw new Bad();
                            }
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = "00";
                            ss = "00";
                            value = value.substring(3);
                        } else if (shape.equals("07:00:00")) {
                            if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                                throw new Bad();
                            }
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(4, 6);
                            ss = value.substring(7, 9);
                            value = value.substring(9);
                        } else if (shape.equals("070000")) {
                            if (value.length() < 7) {
                                throw new Bad();
                            }
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(3, 5);
                            ss = value.substring(5, 7);
                            value = value.substring(7);
                        } else {
                            if (value.length() < 5) {
                                throw new Bad();
                            }
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(3, 5);
                            ss = "00";
                            value = value.substring(5);
                        }
                        int hr = 0;
                        int mi = 0;
                        int se = 0;
                        boolean bad = false;
                        try {
                            hr = getnum(hh, true)[0];
                            mi = getnum(mm, true)[0];
                            se = getnum(ss, true)[0];
                        } catch (Bad e) {
                            bad = true;
                        }
                        if (hr > 24) {
                            rangeErr = "time zone offset hour";
                        }
                        if (mi > 60) {
                            rangeErr = "time zone offset minute";
                        }
                        if (se > 60) {
                            rangeErr = "time zone offset second";
                        }
                        zoneOffset = (hr * 60 + mi) * 60 + se;
                        switch (sign) {
                            case "+" -> {
                            }
                            case "-" -> zoneOffset = -zoneOffset;
                            default -> bad = true;
                        }
                        if (bad && rangeErr.isEmpty()) {
                            throw new Bad();
                        }
                    }
                }
            } catch (Bad e) {
                if (!rangeErr.isEmpty()) {
                    throw mismatchRange(alayout, avalue, stdstr, value, rangeErr);
                }
                throw mismatch(alayout, avalue, stdstr, hold);
            }
            if (!rangeErr.isEmpty()) {
                throw mismatchRange(alayout, avalue, stdstr, value, rangeErr);
            }
        }
        if (pmSet && hour < 12) {
            hour += 12;
        } else if (amSet && hour == 12) {
            hour = 0;
        }
        if (yday >= 0) {
            int d = 0;
            int m = 0;
            if (isLeap(year)) {
                if (yday == 31 + 29) {
                    m = 2;
                    d = 29;
                } else if (yday > 31 + 29) {
                    yday--;
                }
            }
            if (yday < 1 || yday > 365) {
                throw message(avalue, ": day-of-year out of range");
            }
            if (m == 0) {
                m = (yday - 1) / 31 + 1;
                if (DAYS_BEFORE.get(m) < yday) {
                    m++;
                }
                d = yday - DAYS_BEFORE.get(m - 1);
            }
            if (month >= 0 && month != m) {
                throw message(avalue, ": day-of-year does not match month");
            }
            month = m;
            if (day >= 0 && day != d) {
                throw message(avalue, ": day-of-year does not match day");
            }
            day = d;
        } else {
            if (month < 0) {
                month = 1;
            }
            if (day < 0) {
                day = 1;
            }
        }
        if (day < 1 || day > daysIn(month, year)) {
            throw message(avalue, ": day out of range");
        }
        // seconds of the wall clock as if in UTC
        long wall = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3600L + min * 60L + sec;
        if (utc) {
            return new GoTime(wall + GoTime.UNIX_TO_INTERNAL, nsec, ZoneOffset.UTC, null);
        }
        if (zoneOffset != -1) { // Go's sentinel: an offset of -1 s reads as none
            long unix = wall - zoneOffset;
            GoTime inLocal = inLocal(unix, nsec, local, localTz);
            GoTime.Civil l = inLocal.civil();
            if (l.offset() == zoneOffset && (zoneName.isEmpty() || l.name().equals(zoneName))) {
                return inLocal;
            }
            return fixed(unix, nsec, zoneName, zoneOffset);
        }
        if (!zoneName.isEmpty()) {
            Integer offset = isUtc(local, localTz) ? null : lookupName(local, localTz, zoneName, wall);
            if (offset != null) {
                return inLocal(wall - offset, nsec, local, localTz);
            }
            int off = 0;
            if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
                off = Integer.parseInt(zoneName.substring(3).replace("+", "")) * 3600;
            }
            return fixed(wall, nsec, zoneName, off); // Go keeps the wall clock as UTC here
        }
        return date(wall, nsec, local, localTz);
    }

    private static boolean isUtc(ZoneId local, GoZone tz) {
        return tz == null && (local instanceof ZoneOffset o && o.getTotalSeconds() == 0 || local.getId().equals("UTC"));
    }

    private static GoTime inLocal(long unix, int nsec, ZoneId local, GoZone tz) {
        GoTime t = new GoTime(unix + GoTime.UNIX_TO_INTERNAL, nsec, local, null);
        return tz != null ? t.in(tz) : t;
    }

    /** {@code FixedZone(name, offset)}: a zone of that offset, printed under that name ("" prints the offset). */
    private static GoTime fixed(long unix, int nsec, String name, int offset) {
        return new GoTime(unix + GoTime.UNIX_TO_INTERNAL, nsec, ZoneOffset.UTC, null, GoZone.fixed(name, offset));
    }

    /** {@code Date(..., loc)}: the wall clock in the local zone, its offset found as Go's Date finds it. */
    private static GoTime date(long wall, int nsec, ZoneId local, GoZone tz) {
        if (isUtc(local, tz)) {
            return new GoTime(wall + GoTime.UNIX_TO_INTERNAL, nsec, local, null);
        }
        int offset = inLocal(wall, nsec, local, tz).civil().offset();
        if (offset != 0) {
            int again = inLocal(wall - offset, nsec, local, tz).civil().offset();
            offset = again;
        }
        return inLocal(wall - offset, nsec, local, tz);
    }

    /** Go's Location.lookupName: the offset of a zone of that name in force then, else of any zone of that name. */
    private static Integer lookupName(ZoneId local, GoZone tz, String name, long wall) {
        if (tz != null) {
            return tz.lookupName(name, wall);
        }
        // java.time knows no list of a zone's abbreviations: the zone at that wall time under either offset
        java.time.zone.ZoneRules rules = local.getRules();
        for (ZoneOffset o : rules.getValidOffsets(java.time.LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC))) {
            GoTime t = inLocal(wall - o.getTotalSeconds(), 0, local, null);
            if (t.civil().name().equals(name)) {
                return o.getTotalSeconds();
            }
        }
        return null;
    }

    private static ParseException mismatchRange(String layout, String value, String stdstr, String rest, String what) {
        return new ParseException("parsing time " + quote(value) + ": " + what + " out of range");
    }

    /**
     * Go's skip: the value after the layout's literal text (a space matches a run of spaces), and in [1] a mark
     * when it does not match; [0] is then the value where the match failed, which Go's error quotes.
     */
    private static String[] skip(String value, String prefix) {
        int p = 0;
        while (p < prefix.length()) {
            if (prefix.charAt(p) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') {
                    return new String[] {value, "bad"};
                }
                while (p < prefix.length() && prefix.charAt(p) == ' ') {
                    p++;
                }
                int v = 0;
                while (v < value.length() && value.charAt(v) == ' ') {
                    v++;
                }
                value = value.substring(v);
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(p)) {
                return new String[] {value, "bad"};
            }
            p++;
            value = value.substring(1);
        }
        return new String[] {value, null};
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static boolean commaOrPeriod(char c) {
        return c == '.' || c == ',';
    }

    private static int atoi(String s) throws Bad {
        String t = s;
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        long n = 0; // Go's leadingInt: no digits is 0
        for (int i = 0; i < t.length(); i++) {
            if (!isDigit(t, i)) {
                throw new Bad();
            }
            n = n * 10 + (t.charAt(i) - '0');
            if (n > Integer.MAX_VALUE) {
                throw new Bad();
            }
        }
        return (int) (neg ? -n : n);
    }

    /** Go's getnum: one or two digits ({@code fixed}: exactly two). {value, length}. */
    private static int[] getnum(String s, boolean fixed) throws Bad {
        if (!isDigit(s, 0)) {
            throw new Bad();
        }
        if (!isDigit(s, 1)) {
            if (fixed) {
                throw new Bad();
            }
            return new int[] {s.charAt(0) - '0', 1};
        }
        return new int[] {(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0'), 2};
    }

    /** Go's getnum3: one to three digits ({@code fixed}: exactly three). */
    private static int[] getnum3(String s, boolean fixed) throws Bad {
        int n = 0;
        int i = 0;
        while (i < 3 && isDigit(s, i)) {
            n = n * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == 0 || fixed && i != 3) {
            throw new Bad();
        }
        return new int[] {n, i};
    }

    /** Go's lookup: the first name that the value starts with, ignoring ASCII case. {index, length}. */
    private static int[] lookup(java.util.List<String> names, String value) throws Bad {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (value.length() >= n.length() && asciiEqualFold(value.substring(0, n.length()), n)) {
                return new int[] {i, n.length()};
            }
        }
        throw new Bad();
    }

    private static boolean asciiEqualFold(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 'A' && x <= 'Z') {
                x += 'a' - 'A';
            }
            if (y >= 'A' && y <= 'Z') {
                y += 'a' - 'A';
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> shortNames(java.util.List<String> names) {
        return names.stream().map(n -> n.substring(0, 3)).toList();
    }

    /** Go's parseNanoseconds over value[0:n] (a separator and digits): {nanoseconds, 1 if out of range}. */
    private static long[] parseNanoseconds(String value, int nbytes) throws Bad {
        if (!commaOrPeriod(value.charAt(0))) {
            throw new Bad();
        }
        if (nbytes > 10) {
            value = value.substring(0, 10);
            nbytes = 10;
        }
        long ns = atoi(value.substring(1, nbytes));
        if (ns < 0) {
            return new long[] {0, 1};
        }
        for (int i = 0; i < 10 - nbytes; i++) {
            ns *= 10;
        }
        return new long[] {ns, 0};
    }

    /** Go's parseTimeZone: the length of a zone abbreviation at the start of the value, 0 if none. */
    private static int parseTimeZone(String value) {
        if (value.length() < 3) {
            return 0;
        }
        if (value.length() >= 4 && (value.startsWith("ChST") || value.startsWith("MeST"))) {
            return 4;
        }
        if (value.startsWith("GMT")) {
            return parseGmt(value);
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            return parseSignedOffset(value);
        }
        int nUpper = 0;
        while (nUpper < 6 && nUpper < value.length() && value.charAt(nUpper) >= 'A' && value.charAt(nUpper) <= 'Z') {
            nUpper++;
        }
        return switch (nUpper) {
            case 5 -> value.charAt(4) == 'T' ? 5 : 0;
            case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
            case 3 -> 3;
            default -> 0;
        };
    }

    /** Go's parseGMT: "GMT" and an optional signed hour offset. */
    private static int parseGmt(String value) {
        String rest = value.substring(3);
        if (rest.isEmpty()) {
            return 3;
        }
        return 3 + parseSignedOffset(rest);
    }

    /** Go's parseSignedOffset: the length of "+hh" or "-h" (hours within [-23, 23]), 0 if none. */
    private static int parseSignedOffset(String value) {
        char sign = value.charAt(0);
        if (sign != '-' && sign != '+') {
            return 0;
        }
        int i = 1;
        long x = 0;
        while (i < value.length() && isDigit(value, i)) {
            x = x * 10 + (value.charAt(i) - '0');
            if (x > 1L << 40) {
                return 0; // leadingInt's overflow
            }
            i++;
        }
        if (i == 1) {
            return 0;
        }
        if (x > 23) {
            return 0;
        }
        return i;
    }

    private static final java.util.List<Integer> DAYS_BEFORE =
            java.util.List.of(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365);

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int daysIn(int month, int year) {
        if (month == 2) {
            return isLeap(year) ? 29 : 28;
        }
        return DAYS_BEFORE.get(month) - DAYS_BEFORE.get(month - 1);
    }
}
