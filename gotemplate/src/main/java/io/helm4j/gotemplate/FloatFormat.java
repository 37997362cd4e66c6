package io.helm4j.gotemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat}: formats 'e', 'E', 'f', 'g', 'G' (decimal), 'b' (binary
 * exponent) and 'x', 'X' (hexadecimal mantissa), with precision -1 meaning "the fewest digits that
 * read back as the same value".
 */
final class FloatFormat {
    private static final int MANT_BITS = 52;
    private static final int BIAS = -1023;

    private FloatFormat() {
    }

    /** A decimal 0.d1d2...dn × 10^dp, digits without trailing zeros; zero is ("", 0). */
    record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }

        static Digits of(BigDecimal value) {
            BigDecimal abs = value.abs();
            if (abs.signum() == 0) {
                return new Digits("", 0);
            }
            abs = abs.stripTrailingZeros();
            String s = abs.unscaledValue().toString();
            return new Digits(s, s.length() - abs.scale());
        }
    }

    static String format(double v, char fmt, int prec, int bitSize) {
        StringBuilder out = new StringBuilder(24);
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return neg ? "-Inf" : "+Inf";
        }
        switch (fmt) {
            case 'b' -> {
                formatBinary(out, v, neg);
                return out.toString();
            }
            case 'x', 'X' -> {
                formatHex(out, v, neg, prec, fmt);
                return out.toString();
            }
            case 'e', 'E', 'f', 'g', 'G' -> {
                formatDecimal(out, v, neg, fmt, prec, bitSize);
                return out.toString();
            }
            default -> {
                return "%" + fmt;
            }
        }
    }

    private static void formatDecimal(StringBuilder out, double v, boolean neg, char fmt, int prec, int bitSize) {
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortestDigits(v, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> Math.max(digs.nd() - 1, 0);
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            BigDecimal exact = new BigDecimal(Math.abs(v));
            switch (fmt) {
                case 'e', 'E' -> digs = roundSignificant(exact, prec + 1);
                case 'f' -> digs = Digits.of(exact.setScale(prec, RoundingMode.HALF_EVEN));
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = roundSignificant(exact, prec);
                }
            }
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(out, neg, digs, prec, fmt);
            case 'f' -> fmtF(out, neg, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(out, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(out, neg, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
    }

    private static Digits roundSignificant(BigDecimal exact, int n) {
        if (exact.signum() == 0) {
            return new Digits("", 0);
        }
        return Digits.of(exact.round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /**
     * The shortest decimal that reads back as {@code v}. Java's {@code Double.toString} already gives
     * the shortest digits, except that it prefers two digits when one would do (4.9E-324 rather than
     * Go's 5e-324), so a one-digit candidate is tried then.
     */
    static Digits shortestDigits(double v, int bitSize) {
        double a = Math.abs(v);
        if (a == 0) {
            return new Digits("", 0);
        }
        if (a < 1e15 && a == Math.rint(a)) {
            return integerDigits((long) a);
        }
        boolean single = bitSize == 32;
        String text = single ? Float.toString((float) a) : Double.toString(a);
        BigDecimal dec = new BigDecimal(text);
        Digits digs = Digits.of(dec);
        if (digs.nd() != 2) {
            return digs;
        }
        BigDecimal exact = single ? new BigDecimal((float) a) : new BigDecimal(a);
        Digits best = null;
        BigDecimal bestDistance = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = dec.round(new MathContext(1, mode));
            boolean roundTrips = single
                ? candidate.floatValue() == (float) a
                : candidate.doubleValue() == a;
            if (roundTrips) {
                BigDecimal distance = candidate.subtract(exact).abs();
                if (best == null || distance.compareTo(bestDistance) < 0) {
                    best = Digits.of(candidate);
                    bestDistance = distance;
                }
            }
        }
        return best != null ? best : digs;
    }

    /** The digits of a whole number: exact, so also the shortest. */
    private static Digits integerDigits(long n) {
        String s = Long.toString(n);
        int nd = s.length();
        while (s.charAt(nd - 1) == '0') {
            nd--;
        }
        return new Digits(s.substring(0, nd), s.length());
    }

    /** -d.dddde±dd */
    private static void fmtE(StringBuilder out, boolean neg, Digits d, int prec, char fmt) {
        if (neg) {
            out.append('-');
        }
        out.append(d.nd() == 0 ? '0' : d.at(0));
        if (prec > 0) {
            out.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                out.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            out.append('-');
            exp = -exp;
        } else {
            out.append('+');
        }
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }

    /** -ddddd.dddd */
    private static void fmtF(StringBuilder out, boolean neg, Digits d, int prec) {
        if (neg) {
            out.append('-');
        }
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            out.append(d.d(), 0, m);
            for (; m < d.dp(); m++) {
                out.append('0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                out.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
            }
        }
    }

    /** -ddddp±ddd: the integer mantissa and binary exponent. */
    private static void formatBinary(StringBuilder out, double v, boolean neg) {
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) (bits >>> MANT_BITS) & 0x7FF;
        long mant = bits & ((1L << MANT_BITS) - 1);
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << MANT_BITS;
        }
        exp += BIAS - MANT_BITS;
        if (neg) {
            out.append('-');
        }
        out.append(mant).append('p').append(exp >= 0 ? "+" : "").append(exp);
    }

    /** -0x1.yyyyyp±dd */
    private static void formatHex(StringBuilder out, double v, boolean neg, int prec, char fmt) {
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) (bits >>> MANT_BITS) & 0x7FF;
        long mant = bits & ((1L << MANT_BITS) - 1);
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << MANT_BITS;
        }
        exp += BIAS;
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - MANT_BITS;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg) {
            out.append('-');
        }
        out.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        out.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            out.append('-');
            exp = -exp;
        } else {
            out.append('+');
        }
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }
}
