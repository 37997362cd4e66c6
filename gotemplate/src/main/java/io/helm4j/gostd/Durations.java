package io.helm4j.gostd;

import java.math.BigDecimal;

/** Go's {@code time.Duration}: {@code ParseDuration}, {@code String}, {@code Round}. Durations are nanoseconds. */
public final class Durations {
    private Durations() {
    }

    /** {@code Duration.Round}. */
    public static long round(long d, long m) {
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (r + r < m) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (r + r < m) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    /** {@code Duration.String}. */
    public static String format(long d) {
        if (d == 0) {
            return "0s";
        }
        boolean neg = d < 0;
        BigDecimal u = BigDecimal.valueOf(d).abs();
        long abs = d == Long.MIN_VALUE ? Long.MIN_VALUE : Math.abs(d);
        StringBuilder sb = new StringBuilder();
        if (Long.compareUnsigned(abs, 1_000_000_000L) < 0) {
            String unit;
            long div;
            if (abs < 1000) {
                unit = "ns";
                div = 1;
            } else if (abs < 1_000_000) {
                unit = "µs";
                div = 1000;
            } else {
                unit = "ms";
                div = 1_000_000;
            }
            sb.append(frac(u, div)).append(unit);
        } else {
            long secsTotal = Long.divideUnsigned(abs, 1_000_000_000L);
            long nanos = Long.remainderUnsigned(abs, 1_000_000_000L);
            long h = secsTotal / 3600;
            long m = secsTotal / 60 % 60;
            long s = secsTotal % 60;
            if (h > 0) {
                sb.append(h).append('h');
            }
            if (h > 0 || m > 0) {
                sb.append(m).append('m');
            }
            sb.append(frac(BigDecimal.valueOf(s * 1_000_000_000L + nanos), 1_000_000_000L)).append('s');
        }
        return (neg ? "-" : "") + sb;
    }

    private static String frac(BigDecimal v, long div) {
        return v.divide(BigDecimal.valueOf(div)).stripTrailingZeros().toPlainString();
    }

    /** time.ParseDuration; throws IllegalArgumentException with Go's message. */
    public static long parse(String s) {
        String orig = s;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (!s.isEmpty()) {
            int i = 0;
            while (i < s.length() && digit(s.charAt(i))) {
                i++;
            }
            String whole = s.substring(0, i);
            String fracDigits = "";
            s = s.substring(i);
            if (s.startsWith(".")) {
                s = s.substring(1);
                int j = 0;
                while (j < s.length() && digit(s.charAt(j))) {
                    j++;
                }
                fracDigits = s.substring(0, j);
                s = s.substring(j);
            }
            if (whole.isEmpty() && fracDigits.isEmpty()) {
                throw invalid(orig);
            }
            int k = 0;
            while (k < s.length() && s.charAt(k) != '.' && !digit(s.charAt(k))) {
                k++;
            }
            String unit = s.substring(0, k);
            s = s.substring(k);
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("time: missing unit in duration " + Strconv.quote(orig));
            }
            long mult = switch (unit) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> throw new IllegalArgumentException(
                        "time: unknown unit " + Strconv.quote(unit) + " in duration " + Strconv.quote(orig));
            };
            BigDecimal n = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fracDigits.isEmpty() ? "" : "." + fracDigits));
            total = total.add(n.multiply(BigDecimal.valueOf(mult)));
        }
        BigDecimal r = total.setScale(0, java.math.RoundingMode.DOWN);
        if (neg) {
            r = r.negate();
        }
        if (r.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || r.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            throw invalid(orig);
        }
        return r.longValueExact();
    }

    /** Null when {@code text} is a Go duration, else {@code time.ParseDuration}'s error message. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String orig) {
        return new IllegalArgumentException("time: invalid duration " + Strconv.quote(orig));
    }
}
