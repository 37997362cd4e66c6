package io.helm4j.engine.funcs;

import java.math.BigDecimal;

/** Go's {@code strconv.FormatFloat(f, fmt, -1, 64)} (shortest representation) for 'e', 'f' and 'g'. */
final class GoFloat {
    private GoFloat() {
    }

    static String format(double f, char fmt) {
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = f < 0 || (f == 0 && 1 / f < 0);
        String digits;
        int dp;
        if (f == 0) {
            digits = "0";
            dp = 1;
        } else {
            BigDecimal bd = new BigDecimal(Double.toString(Math.abs(f))).stripTrailingZeros();
            digits = bd.unscaledValue().toString();
            dp = digits.length() - bd.scale();
        }
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        char mode = fmt;
        if (fmt == 'g') {
            int exp = dp - 1;
            mode = exp < -4 || exp >= 6 ? 'e' : 'f';
            if (f == 0) {
                mode = 'f';
            }
        }
        if (mode == 'e') {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = f == 0 ? 0 : dp - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else {
            if (dp <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-dp));
                sb.append(digits);
            } else if (dp >= digits.length()) {
                sb.append(digits);
                sb.append("0".repeat(dp - digits.length()));
            } else {
                sb.append(digits, 0, dp).append('.').append(digits, dp, digits.length());
            }
        }
        return sb.toString();
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
