package io.helm4j.release;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Go's {@code time.Time} in JSON: RFC 3339 with nanoseconds, trailing zeros trimmed, in the zone
 * the time carries ({@code Z} for a zero offset). Null stands for Go's zero time.
 */
final class GoTime {
    static final OffsetDateTime ZERO = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private GoTime() {
    }

    static boolean isZero(OffsetDateTime t) {
        return t == null || t.toInstant().equals(ZERO.toInstant());
    }

    static String format(OffsetDateTime t) {
        OffsetDateTime v = t == null ? ZERO : t;
        if (v.getYear() < 0 || v.getYear() > 9999) {
            throw new ReleaseCodecException("json: error calling MarshalJSON for type time.Time: "
                    + "Time.MarshalJSON: year outside of range [0,9999]");
        }
        StringBuilder b = new StringBuilder(35);
        pad(b, v.getYear(), 4).append('-');
        pad(b, v.getMonthValue(), 2).append('-');
        pad(b, v.getDayOfMonth(), 2).append('T');
        pad(b, v.getHour(), 2).append(':');
        pad(b, v.getMinute(), 2).append(':');
        pad(b, v.getSecond(), 2);
        int nanos = v.getNano();
        if (nanos != 0) {
            StringBuilder f = new StringBuilder();
            pad(f, nanos, 9);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(f, 0, end);
        }
        int offset = v.getOffset().getTotalSeconds();
        if (offset == 0) {
            return b.append('Z').toString();
        }
        b.append(offset < 0 ? '-' : '+');
        int abs = Math.abs(offset) / 60;
        pad(b, abs / 60, 2).append(':');
        return pad(b, abs % 60, 2).toString();
    }

    /** Parses a JSON time string; "" (Helm 3's zero time) and Go's zero time give null. */
    static OffsetDateTime parse(String s, String field) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return isZero(t) ? null : t;
        } catch (DateTimeParseException e) {
            throw new ReleaseCodecException("parsing time \"" + s + "\" in " + field + ": not RFC 3339", e);
        }
    }

    private static StringBuilder pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}
