package io.helm4j.settings;

import java.math.BigDecimal;

/** Byte sizes written as a plain integer or a Kubernetes quantity ({@code 512Mi}, {@code 1G}, {@code 1e6}). */
public final class ByteSize {
    private ByteSize() {
    }

    /** Parses {@code s}; returns {@code def} when absent, empty or invalid (as Helm does for its environment). */
    public static long parseOr(String s, long def) {
        if (s == null || s.isBlank()) {
            return def;
        }
        try {
            return parse(s);
        } catch (IllegalArgumentException e) {
            return def;
        }
    }

    /** Parses a byte size, rejecting fractions of a byte and values beyond a long. */
    public static long parse(String s) {
        String t = s.trim();
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
            {"Pi", "1125899906842624"}, {"Ei", "1152921504606846976"}, {"k", "1000"}, {"M", "1000000"},
            {"G", "1000000000"}, {"T", "1000000000000"}, {"P", "1000000000000000"}, {"E", "1000000000000000000"},
            {"m", "0.001"}};
        BigDecimal mult = BigDecimal.ONE;
        for (String[] suf : suffixes) {
            if (t.endsWith(suf[0])) {
                mult = new BigDecimal(suf[1]);
                t = t.substring(0, t.length() - suf[0].length());
                break;
            }
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t).multiply(mult);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value \"" + s + "\" (expected int or k8s Quantity like 512Mi)");
        }
        if (v.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("quantity \"" + s + "\" is too small (less than 1 byte)");
        }
        if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            throw new IllegalArgumentException("quantity \"" + s + "\" is too large to fit in int64");
        }
        return v.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    }
}
