package io.helm4j.engine.funcs;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Go's reference-time layouts ("2006-01-02 15:04:05"): time.Format and time.ParseInLocation. */
final class GoTimeFormat {
    private GoTimeFormat() {
    }

    static final java.util.List<String> LONG_DAYS = java.util.List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
    static final java.util.List<String> LONG_MONTHS = java.util.List.of("January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December");

    /** One layout element: the literal text before it, the element, and where the rest begins. */
    record Chunk(String prefix, String std, int next) {
    }

    private static final java.util.List<String> TZ = java.util.List.of("Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07", "-070000", "-07:00:00",
        "-0700", "-07:00", "-07");

    static Chunk nextChunk(String l, int from) {
        for (int i = from; i < l.length(); i++) {
            char c = l.charAt(i);
            String std = null;
            switch (c) {
                case 'J' -> std = l.startsWith("January", i) ? "January" : l.startsWith("Jan", i) ? "Jan" : null;
                case 'M' -> std = l.startsWith("Monday", i) ? "Monday" : l.startsWith("Mon", i) ? "Mon"
                        : l.startsWith("MST", i) ? "MST" : null;
                case '0' -> {
                    if (l.startsWith("002", i)) {
                        std = "002";
                    } else if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                        std = l.substring(i, i + 2);
                    }
                }
                case '1' -> std = l.startsWith("15", i) ? "15" : "1";
                case '2' -> std = l.startsWith("2006", i) ? "2006" : "2";
                case '_' -> {
                    if (l.startsWith("_2", i)) {
                        if (l.startsWith("_2006", i)) {
                            return new Chunk(l.substring(from, i + 1), "2006", i + 5);
                        }
                        std = "_2";
                    } else if (l.startsWith("__2", i)) {
                        std = "__2";
                    }
                }
                case '3', '4', '5' -> std = String.valueOf(c);
                case 'P' -> std = l.startsWith("PM", i) ? "PM" : null;
                case 'p' -> std = l.startsWith("pm", i) ? "pm" : null;
                case '-', 'Z' -> {
                    for (String tz : TZ) {
                        String t = c == 'Z' ? tz : tz.replace('Z', '-');
                        if (t.charAt(0) == c && l.startsWith(t, i) && (c == 'Z') == tz.startsWith("Z")) {
                            std = t;
                            break;
                        }
                    }
                }
                case '.', ',' -> {
                    if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                        char ch = l.charAt(i + 1);
                        int j = i + 1;
                        while (j < l.length() && l.charAt(j) == ch) {
                            j++;
                        }
                        if (!(j < l.length() && Character.isDigit(l.charAt(j)))) {
                            return new Chunk(l.substring(from, i), l.substring(i, j), j);
                        }
                    }
                }
                default -> {
                }
            }
            if (std != null) {
                return new Chunk(l.substring(from, i), std, i + std.length());
            }
        }
        return new Chunk(l.substring(from), null, l.length());
    }

    static String format(GoTime time, String layout) {
        ZonedDateTime t = time.dateTime();
        StringBuilder b = new StringBuilder();
        int pos = 0;
        while (pos < layout.length()) {
            Chunk c = nextChunk(layout, pos);
            b.append(c.prefix);
            pos = c.next;
            if (c.std == null) {
                break;
            }
            appendStd(b, c.std, t, time);
        }
        return b.toString();
    }

    private static void appendStd(StringBuilder b, String std, ZonedDateTime t, GoTime time) {
        int hour = t.getHour();
        switch (std) {
            case "Jan" -> b.append(LONG_MONTHS.get(t.getMonthValue() - 1), 0, 3);
            case "January" -> b.append(LONG_MONTHS.get(t.getMonthValue() - 1));
            case "1" -> b.append(t.getMonthValue());
            case "01" -> pad(b, t.getMonthValue(), 2);
            case "Mon" -> b.append(LONG_DAYS.get(t.getDayOfWeek().getValue() % 7), 0, 3);
            case "Monday" -> b.append(LONG_DAYS.get(t.getDayOfWeek().getValue() % 7));
            case "2" -> b.append(t.getDayOfMonth());
            case "_2" -> b.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth());
            case "02" -> pad(b, t.getDayOfMonth(), 2);
            case "__2" -> b.append(String.format("%3d", t.getDayOfYear()));
            case "002" -> pad(b, t.getDayOfYear(), 3);
            case "15" -> pad(b, hour, 2);
            case "3" -> b.append(hour % 12 == 0 ? 12 : hour % 12);
            case "03" -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2);
            case "4" -> b.append(t.getMinute());
            case "04" -> pad(b, t.getMinute(), 2);
            case "5" -> b.append(t.getSecond());
            case "05" -> pad(b, t.getSecond(), 2);
            case "2006" -> {
                int y = t.getYear();
                if (y < 0) {
                    b.append('-');
                    y = -y;
                }
                pad(b, y, 4);
            }
            case "06" -> pad(b, Math.floorMod(t.getYear(), 100), 2);
            case "PM" -> b.append(hour >= 12 ? "PM" : "AM");
            case "pm" -> b.append(hour >= 12 ? "pm" : "am");
            case "MST" -> {
                String name = time.abbreviation();
                if (!name.isEmpty()) {
                    b.append(name);
                } else {
                    appendOffset(b, t.getOffset().getTotalSeconds(), false, false, false);
                }
            }
            default -> {
                if (std.charAt(0) == '.' || std.charAt(0) == ',') {
                    appendFrac(b, std, t.getNano());
                } else {
                    int off = t.getOffset().getTotalSeconds();
                    if (std.charAt(0) == 'Z' && off == 0) {
                        b.append('Z');
                        return;
                    }
                    String shape = std.substring(1);
                    appendOffset(b, off, shape.contains(":"), shape.length() == 2, shape.replace(":", "").length() == 6);
                }
            }
        }
    }

    private static void appendOffset(StringBuilder b, int off, boolean colon, boolean hoursOnly, boolean seconds) {
        int zone = off / 60;
        int abs = Math.abs(off);
        b.append(zone < 0 || off < 0 ? '-' : '+');
        zone = Math.abs(zone);
        pad(b, zone / 60, 2);
        if (hoursOnly) {
            return;
        }
        if (colon) {
            b.append(':');
        }
        pad(b, zone % 60, 2);
        if (seconds) {
            if (colon) {
                b.append(':');
            }
            pad(b, abs % 60, 2);
        }
    }

    private static void appendFrac(StringBuilder b, String std, int nanos) {
        int digits = std.length() - 1;
        String all = String.format("%09d", nanos).substring(0, Math.min(9, digits));
        if (std.charAt(1) == '9') {
            int end = all.length();
            while (end > 0 && all.charAt(end - 1) == '0') {
                end--;
            }
            if (end == 0) {
                return;
            }
            b.append(std.charAt(0)).append(all, 0, end);
        } else {
            b.append(std.charAt(0)).append(all);
        }
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        b.append("0".repeat(Math.max(0, width - s.length()))).append(s);
    }

    /** A layout/value mismatch, worded as Go's time.ParseError. */
    static final class ParseException extends RuntimeException {
        ParseException(String message) {
            super(message);
        }
    }

    private static ParseException mismatch(String layout, String value, String layoutElem, String valueElem) {
        return new ParseException("parsing time " + GoText.quote(value) + " as " + GoText.quote(layout)
                + ": cannot parse " + GoText.quote(valueElem) + " as " + GoText.quote(layoutElem));
    }

    private static ParseException message(String value, String msg) {
        return new ParseException("parsing time " + GoText.quote(value) + msg);
    }

    /** time.ParseInLocation. */
    static GoTime parse(String layout, String value, ZoneId local) {
        String v = value;
        int pos = 0;
        int year = 1;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int nsec = 0;
        boolean pmSet = false;
        boolean amSet = false;
        Integer offset = null;
        String zoneName = null;
        while (true) {
            Chunk c = nextChunk(layout, pos);
            String stdstr = c.std == null ? "" : layout.substring(pos + c.prefix.length(), c.next);
            if (!v.startsWith(c.prefix)) {
                throw mismatch(layout, value, c.prefix, v);
            }
            v = v.substring(c.prefix.length());
            pos = c.next;
            if (c.std == null) {
                if (!v.isEmpty()) {
                    throw message(value, ": extra text: " + GoText.quote(v));
                }
                break;
            }
            String hold = v;
            String std = c.std;
            try {
                switch (std) {
                    case "2006" -> {
                        if (v.length() < 4 || !digits(v, 4)) {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                        year = Integer.parseInt(v.substring(0, 4));
                        v = v.substring(4);
                    }
                    case "06" -> {
                        int[] r = num(v, 2, true);
                        year = r[0] >= 69 ? r[0] + 1900 : r[0] + 2000;
                        v = v.substring(r[1]);
                    }
                    case "January", "Jan" -> {
                        int found = -1;
                        for (int m = 0; m < 12; m++) {
                            String name = std.equals("Jan") ? LONG_MONTHS.get(m).substring(0, 3) : LONG_MONTHS.get(m);
                            if (v.length() >= name.length() && v.substring(0, name.length()).equalsIgnoreCase(name)) {
                                found = m;
                                v = v.substring(name.length());
                                break;
                            }
                        }
                        if (found < 0) {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                        month = found + 1;
                    }
                    case "Monday", "Mon" -> {
                        boolean ok = false;
                        for (String d : LONG_DAYS) {
                            String name = std.equals("Mon") ? d.substring(0, 3) : d;
                            if (v.length() >= name.length() && v.substring(0, name.length()).equalsIgnoreCase(name)) {
                                v = v.substring(name.length());
                                ok = true;
                                break;
                            }
                        }
                        if (!ok) {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                    }
                    case "1", "01" -> {
                        int[] r = num(v, std.length() == 2 ? 2 : 0, std.length() == 2);
                        month = r[0];
                        v = v.substring(r[1]);
                        if (month <= 0 || month > 12) {
                            throw message(value, ": month out of range");
                        }
                    }
                    case "2", "_2", "02" -> {
                        if (std.equals("_2") && v.startsWith(" ")) {
                            v = v.substring(1);
                        }
                        int[] r = num(v, std.equals("02") ? 2 : 0, std.equals("02"));
                        day = r[0];
                        v = v.substring(r[1]);
                    }
                    case "__2", "002" -> {
                        String t = v;
                        if (std.equals("__2")) {
                            while (t.startsWith(" ")) {
                                t = t.substring(1);
                            }
                        }
                        int[] r = num(t, 3, std.equals("002"));
                        yday = r[0];
                        v = t.substring(r[1]);
                    }
                    case "15" -> {
                        int[] r = num(v, 2, false);
                        hour = r[0];
                        v = v.substring(r[1]);
                        if (hour < 0 || hour >= 24) {
                            throw message(value, ": hour out of range");
                        }
                    }
                    case "3", "03" -> {
                        int[] r = num(v, std.length() == 2 ? 2 : 0, std.length() == 2);
                        hour = r[0];
                        v = v.substring(r[1]);
                        if (hour < 0 || hour > 12) {
                            throw message(value, ": hour out of range");
                        }
                    }
                    case "4", "04" -> {
                        int[] r = num(v, std.length() == 2 ? 2 : 0, std.length() == 2);
                        min = r[0];
                        v = v.substring(r[1]);
                        if (min < 0 || min >= 60) {
                            throw message(value, ": minute out of range");
                        }
                    }
                    case "5", "05" -> {
                        int[] r = num(v, std.length() == 2 ? 2 : 0, std.length() == 2);
                        sec = r[0];
                        v = v.substring(r[1]);
                        if (sec < 0 || sec >= 60) {
                            throw message(value, ": second out of range");
                        }
                        if (v.length() >= 2 && (v.charAt(0) == '.' || v.charAt(0) == ',')
                                && Character.isDigit(v.charAt(1))) {
                            Chunk n = nextChunk(layout, pos);
                            if (n.prefix.isEmpty() && n.std != null
                                    && (n.std.charAt(0) == '.' || n.std.charAt(0) == ',')) {
                                break;
                            }
                            int j = 1;
                            while (j < v.length() && Character.isDigit(v.charAt(j))) {
                                j++;
                            }
                            nsec = fraction(v.substring(1, j));
                            v = v.substring(j);
                        }
                    }
                    case "PM", "pm" -> {
                        if (v.length() < 2) {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                        String p = v.substring(0, 2);
                        if (std.equals("PM") ? p.equals("PM") : p.equals("pm")) {
                            pmSet = true;
                        } else if (std.equals("PM") ? p.equals("AM") : p.equals("am")) {
                            amSet = true;
                        } else {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                        v = v.substring(2);
                    }
                    case "MST" -> {
                        int n = 0;
                        while (n < v.length() && Character.isUpperCase(v.charAt(n))) {
                            n++;
                        }
                        if (n < 3) {
                            throw mismatch(layout, value, stdstr, hold);
                        }
                        zoneName = v.substring(0, n);
                        v = v.substring(n);
                    }
                    default -> {
                        if (std.charAt(0) == '.' || std.charAt(0) == ',') {
                            int ndigit = std.length() - 1;
                            if (std.charAt(1) == '0') {
                                if (v.length() < ndigit + 1 || v.charAt(0) != std.charAt(0)
                                        || !digits(v.substring(1), ndigit)) {
                                    throw mismatch(layout, value, stdstr, hold);
                                }
                                nsec = fraction(v.substring(1, ndigit + 1));
                                v = v.substring(ndigit + 1);
                            } else {
                                if (v.length() < 2 || (v.charAt(0) != '.' && v.charAt(0) != ',')
                                        || !Character.isDigit(v.charAt(1))) {
                                    break;
                                }
                                int j = 1;
                                while (j < 10 && j < v.length() && Character.isDigit(v.charAt(j))) {
                                    j++;
                                }
                                nsec = fraction(v.substring(1, j));
                                v = v.substring(j);
                            }
                        } else {
                            if (std.charAt(0) == 'Z' && v.startsWith("Z")) {
                                v = v.substring(1);
                                offset = 0;
                                zoneName = "UTC";
                                break;
                            }
                            String shape = std.substring(1);
                            int need = shape.length() + 1;
                            if (v.length() < need) {
                                throw mismatch(layout, value, stdstr, hold);
                            }
                            String s = v.substring(0, need);
                            String pattern = "[+-]" + shape.replace("07", "\\d\\d").replace("00", "\\d\\d");
                            if (!s.matches(pattern)) {
                                throw mismatch(layout, value, stdstr, hold);
                            }
                            String d = s.substring(1).replace(":", "");
                            int hh = Integer.parseInt(d.substring(0, 2));
                            int mm = d.length() >= 4 ? Integer.parseInt(d.substring(2, 4)) : 0;
                            int ss = d.length() >= 6 ? Integer.parseInt(d.substring(4, 6)) : 0;
                            if (hh > 24 || mm >= 60 || ss >= 60) {
                                throw message(value, ": time zone offset out of range");
                            }
                            int off = (hh * 3600 + mm * 60 + ss) * (s.charAt(0) == '-' ? -1 : 1);
                            offset = off;
                            v = v.substring(need);
                        }
                    }
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw mismatch(layout, value, stdstr, hold);
            }
        }
        if (pmSet && hour < 12) {
            hour += 12;
        } else if (amSet && hour == 12) {
            hour = 0;
        }
        if (yday >= 0) {
            LocalDateTime d = LocalDateTime.of(year, 1, 1, 0, 0).plusDays(yday - 1);
            if (month >= 0 && month != d.getMonthValue() || day >= 0 && day != d.getDayOfMonth()) {
                throw message(value, ": day-of-year does not match month");
            }
            month = d.getMonthValue();
            day = d.getDayOfMonth();
        }
        if (month < 0) {
            month = 1;
        }
        if (day < 0) {
            day = 1;
        }
        LocalDateTime ldt;
        try {
            ldt = LocalDateTime.of(year, month, day, hour, min, sec, nsec);
        } catch (DateTimeException e) {
            throw message(value, ": day out of range");
        }
        if (offset != null) {
            ZonedDateTime inLocal = ldt.atOffset(ZoneOffset.ofTotalSeconds(offset)).atZoneSameInstant(local);
            if (inLocal.getOffset().getTotalSeconds() == offset && (zoneName == null || !zoneName.equals("UTC"))) {
                return new GoTime(inLocal.toInstant(), local, null);
            }
            if (offset == 0 && "UTC".equals(zoneName)) {
                return new GoTime(inLocal.toInstant(), ZoneOffset.UTC, null);
            }
            return new GoTime(inLocal.toInstant(), ZoneOffset.ofTotalSeconds(offset), zoneName == null ? "" : zoneName);
        }
        if (zoneName != null) {
            ZonedDateTime z = ldt.atZone(local);
            GoTime lt = new GoTime(z.toInstant(), local, null);
            if (lt.abbreviation().equals(zoneName)) {
                return lt;
            }
            if (zoneName.equals("UTC") || zoneName.equals("GMT")) {
                return new GoTime(ldt.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, zoneName.equals("UTC") ? null : zoneName);
            }
            return new GoTime(ldt.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, zoneName);
        }
        return new GoTime(ldt.atZone(local).toInstant(), local, null);
    }

    private static boolean digits(String s, int n) {
        if (s.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Go's getnum/getnum3: {value, length}; fixed means exactly the width. */
    private static int[] num(String s, int width, boolean fixed) {
        int max = width == 0 ? 2 : width;
        int n = 0;
        while (n < max && n < s.length() && Character.isDigit(s.charAt(n))) {
            n++;
        }
        if (n == 0 || fixed && n < max) {
            throw new NumberFormatException();
        }
        return new int[] {Integer.parseInt(s.substring(0, n)), n};
    }

    private static int fraction(String digits) {
        String d = digits.length() > 9 ? digits.substring(0, 9) : digits;
        return Integer.parseInt(d + "0".repeat(9 - d.length()));
    }
}
