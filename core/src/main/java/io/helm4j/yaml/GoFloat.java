package io.helm4j.yaml;

/**
 * Go's shortest float formatting: strconv.FormatFloat(f, 'g', -1, 64|32) as go-yaml writes floats,
 * and encoding/json's float form ('f' between 1e-6 and 1e21, else 'e' with "e-07" cleaned to "e-7").
 */
public final class GoFloat {
    private GoFloat() {
    }

    /** Shortest decimal digits (no leading/trailing zeros) and decimal point position: 0.DIGITS x 10^dp. */
    private record Digits(String digits, int dp) {
    }

    private static Digits shortest(double v, boolean single) {
        String s = single ? Float.toString((float) Math.abs(v)) : Double.toString(Math.abs(v));
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s, e + 1, s.length(), 10);
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        StringBuilder all = new StringBuilder(intPart).append(frac);
        int dp = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() && all.charAt(lead) == '0') {
            lead++;
        }
        if (lead == all.length()) {
            return new Digits("", 0);
        }
        dp -= lead;
        int end = all.length();
        while (end > lead && all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(lead, end);
        if (digits.length() == 2) {
            // Java always prints two significant digits ("4.9E-324"); Go stops at one when it round-trips.
            Digits best = null;
            java.math.BigDecimal exact = new java.math.BigDecimal(single ? (double) (float) Math.abs(v) : Math.abs(v));
            java.math.BigDecimal bestDist = null;
            for (int d = digits.charAt(0) - '0'; d <= digits.charAt(0) - '0' + 1; d++) {
                String one = d == 10 ? "1" : Integer.toString(d);
                int odp = d == 10 ? dp + 1 : dp;
                String text = "0." + one + "E" + odp;
                boolean same = single ? Float.parseFloat(text) == (float) Math.abs(v)
                        : Double.parseDouble(text) == Math.abs(v);
                java.math.BigDecimal dist = new java.math.BigDecimal(text).subtract(exact).abs();
                if (same && (bestDist == null || dist.compareTo(bestDist) < 0)) {
                    best = new Digits(one, odp);
                    bestDist = dist;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Digits(digits, dp);
    }

    /** strconv.FormatFloat(v, 'g', -1, 64). */
    public static String formatG(double v) {
        return formatG(v, false);
    }

    /** strconv.FormatFloat(v, 'g', -1, 32) of a value converted to float32. */
    public static String formatG32(double v) {
        return formatG(v, true);
    }

    private static String formatG(double v, boolean single) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        Digits d = shortest(v, single);
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        int exp = d.dp() - 1;
        if (!d.digits().isEmpty() && (exp < -4 || exp >= 6)) {
            appendE(b, d);
        } else {
            appendF(b, d);
        }
        return b.toString();
    }

    /** strconv.FormatFloat(v, 'f', -1, 64). */
    public static String formatF(double v) {
        StringBuilder b = new StringBuilder();
        if (Double.doubleToRawLongBits(v) < 0) {
            b.append('-');
        }
        appendF(b, shortest(v, false));
        return b.toString();
    }

    /** encoding/json's float64 form; NaN and infinities have none (the caller reports the error). */
    public static String formatJson(double v) {
        double abs = Math.abs(v);
        StringBuilder b = new StringBuilder();
        if (Double.doubleToRawLongBits(v) < 0) {
            b.append('-');
        }
        Digits d = shortest(v, false);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            appendE(b, d);
            int n = b.length();
            if (n >= 4 && b.charAt(n - 4) == 'e' && b.charAt(n - 3) == '-' && b.charAt(n - 2) == '0') {
                b.deleteCharAt(n - 2);
            }
        } else {
            appendF(b, d);
        }
        return b.toString();
    }

    private static void appendE(StringBuilder b, Digits d) {
        String ds = d.digits();
        b.append(ds.charAt(0));
        if (ds.length() > 1) {
            b.append('.').append(ds, 1, ds.length());
        }
        int exp = d.dp() - 1;
        b.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            b.append('0');
        }
        b.append(a);
    }

    private static void appendF(StringBuilder b, Digits d) {
        String ds = d.digits();
        int dp = d.dp();
        if (dp <= 0) {
            b.append('0');
            if (!ds.isEmpty()) {
                b.append('.');
                for (int i = dp; i < 0; i++) {
                    b.append('0');
                }
                b.append(ds);
            }
            return;
        }
        if (ds.length() <= dp) {
            b.append(ds);
            for (int i = ds.length(); i < dp; i++) {
                b.append('0');
            }
            return;
        }
        b.append(ds, 0, dp).append('.').append(ds, dp, ds.length());
    }
}
