package io.helm4j.cli;

import io.helm4j.gostd.Strconv;
import java.util.Set;

/** Go's {@code time.ParseDuration} syntax, for checking duration flags with Go's messages. */
final class GoDurations {
    private static final Set<String> UNITS = Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h");

    private GoDurations() {
    }

    /** Null when {@code text} is a Go duration, else Go's error message. */
    static String problem(String text) {
        String invalid = "time: invalid duration " + quote(text);
        String s = text;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return null;
        }
        if (s.isEmpty()) {
            return invalid;
        }
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '.' && !digit(c)) {
                return invalid;
            }
            int start = i;
            while (i < s.length() && digit(s.charAt(i))) {
                i++;
            }
            boolean pre = i > start;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int f = i;
                while (i < s.length() && digit(s.charAt(i))) {
                    i++;
                }
                post = i > f;
            }
            if (!pre && !post) {
                return invalid;
            }
            int u = i;
            while (i < s.length() && s.charAt(i) != '.' && !digit(s.charAt(i))) {
                i++;
            }
            if (i == u) {
                return "time: missing unit in duration " + quote(text);
            }
            String unit = s.substring(u, i);
            if (!UNITS.contains(unit)) {
                return "time: unknown unit " + quote(unit) + " in duration " + quote(text);
            }
        }
        return null;
    }

    /** The duration of a text {@link #problem} accepts. */
    static java.time.Duration parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)")
                .matcher(text);
        double nanos = 0;
        while (m.find()) {
            double per = switch (m.group(2)) {
                case "ns" -> 1;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> 1e3;
            };
            nanos += Double.parseDouble(m.group(1)) * per;
        }
        return java.time.Duration.ofNanos((long) nanos);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String quote(String s) {
        return Strconv.quote(s);
    }
}
