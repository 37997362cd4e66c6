package io.helm4j.internal.engine.funcs;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Go's time.ParseInLocation over reference-time layouts, with Go's error texts. */
final class GoTimeParser {
    private GoTimeParser() {
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
            GoTimeFormat.Chunk c = GoTimeFormat.nextChunk(layout, pos);
            String stdstr = c.std() == null ? "" : layout.substring(pos + c.prefix().length(), c.next());
            if (!v.startsWith(c.prefix())) {
                throw mismatch(layout, value, c.prefix(), v);
            }
            v = v.substring(c.prefix().length());
            pos = c.next();
            if (c.std() == null) {
                if (!v.isEmpty()) {
                    throw message(value, ": extra text: " + GoText.quote(v));
                }
                break;
            }
            String hold = v;
            String std = c.std();
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
                            String name = std.equals("Jan") ? GoTimeFormat.LONG_MONTHS.get(m).substring(0, 3) : GoTimeFormat.LONG_MONTHS.get(m);
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
                        for (String d : GoTimeFormat.LONG_DAYS) {
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
                            GoTimeFormat.Chunk n = GoTimeFormat.nextChunk(layout, pos);
                            if (n.prefix().isEmpty() && n.std() != null
                                    && (n.std().charAt(0) == '.' || n.std().charAt(0) == ',')) {
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
