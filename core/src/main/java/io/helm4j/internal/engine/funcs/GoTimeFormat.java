package io.helm4j.internal.engine.funcs;

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
                // Go: "Jan" and "Mon" followed by a lower-case letter are text ("Janx", "Monpm")
                case 'J' -> std = l.startsWith("January", i) ? "January"
                        : l.startsWith("Jan", i) && !lowerAt(l, i + 3) ? "Jan" : null;
                case 'M' -> std = l.startsWith("Monday", i) ? "Monday"
                        : l.startsWith("Mon", i) && !lowerAt(l, i + 3) ? "Mon"
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

    private static boolean lowerAt(String l, int i) {
        return i < l.length() && l.charAt(i) >= 'a' && l.charAt(i) <= 'z';
    }

    static String format(GoTime time, String layout) {
        GoTime.Civil t = time.civil();
        StringBuilder b = new StringBuilder();
        int pos = 0;
        while (pos < layout.length()) {
            Chunk c = nextChunk(layout, pos);
            b.append(c.prefix);
            pos = c.next;
            if (c.std == null) {
                break;
            }
            appendStd(b, c.std, t, time.nsec());
        }
        return b.toString();
    }

    private static void appendStd(StringBuilder b, String std, GoTime.Civil t, int nanos) {
        int hour = t.hour();
        switch (std) {
            case "Jan" -> b.append(LONG_MONTHS.get(t.month() - 1), 0, 3);
            case "January" -> b.append(LONG_MONTHS.get(t.month() - 1));
            case "1" -> b.append(t.month());
            case "01" -> pad(b, t.month(), 2);
            case "Mon" -> b.append(LONG_DAYS.get(t.weekday()), 0, 3);
            case "Monday" -> b.append(LONG_DAYS.get(t.weekday()));
            case "2" -> b.append(t.day());
            case "_2" -> b.append(t.day() < 10 ? " " : "").append(t.day());
            case "02" -> pad(b, t.day(), 2);
            case "__2" -> b.append(String.format("%3d", t.yday()));
            case "002" -> pad(b, t.yday(), 3);
            case "15" -> pad(b, hour, 2);
            case "3" -> b.append(hour % 12 == 0 ? 12 : hour % 12);
            case "03" -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2);
            case "4" -> b.append(t.minute());
            case "04" -> pad(b, t.minute(), 2);
            case "5" -> b.append(t.second());
            case "05" -> pad(b, t.second(), 2);
            case "2006" -> pad(b, t.year(), 4);
            case "06" -> pad(b, Math.abs(t.year() % 100), 2); // Go: the absolute year's last two digits
            case "PM" -> b.append(hour >= 12 ? "PM" : "AM");
            case "pm" -> b.append(hour >= 12 ? "pm" : "am");
            case "MST" -> {
                if (!t.name().isEmpty()) {
                    b.append(t.name());
                } else {
                    appendOffset(b, t.offset(), false, false, false);
                }
            }
            default -> {
                if (std.charAt(0) == '.' || std.charAt(0) == ',') {
                    appendFrac(b, std, nanos);
                } else {
                    int off = t.offset();
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
        // Go's sign is the sign of the whole minutes: an offset of -52 s prints as +00:00:-52
        int zone = off / 60;
        int abs = zone < 0 ? -off : off;
        b.append(zone < 0 ? '-' : '+');
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

    /** Go's appendInt: a minus sign, then the digits zero-padded to width. */
    private static void pad(StringBuilder b, long v, int width) {
        if (v < 0) {
            b.append('-');
        }
        String s = Long.toUnsignedString(v < 0 ? -v : v);
        b.append("0".repeat(Math.max(0, width - s.length()))).append(s);
    }
}
