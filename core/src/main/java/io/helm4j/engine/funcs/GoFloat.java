package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.GoFmt;

/** Go's {@code strconv.FormatFloat(f, fmt, -1, 64)} (shortest representation) for 'e', 'f' and 'g'. */
final class GoFloat {
    private GoFloat() {
    }

    static String format(double f, char fmt) {
        return GoFmt.formatFloat(f, fmt, -1);
    }

    /** How encoding/json writes a float64. */
    static String json(double f) {
        double abs = Math.abs(f);
        char fmt = abs != 0 && (abs < 1e-6 || abs >= 1e21) ? 'e' : 'f';
        String s = format(f, fmt);
        if (fmt == 'e') {
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        return s;
    }
}
