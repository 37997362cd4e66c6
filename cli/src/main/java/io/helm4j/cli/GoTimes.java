package io.helm4j.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Go's {@code time.Time.String()} ({@code 2006-01-02 15:04:05.999999999 -0700 MST}), as {@code helm list} prints UPDATED. */
final class GoTimes {
    private static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private GoTimes() {
    }

    static String string(OffsetDateTime t) {
        if (t == null) {
            return "0001-01-01 00:00:00 +0000 UTC";
        }
        StringBuilder sb = new StringBuilder(BASE.format(t));
        if (t.getNano() != 0) {
            String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
            sb.append('.').append(frac);
        }
        int secs = t.getOffset().getTotalSeconds();
        String offset = (secs < 0 ? "-" : "+") + String.format("%02d%02d", Math.abs(secs) / 3600, Math.abs(secs) / 60 % 60);
        sb.append(' ').append(offset).append(' ').append(secs == 0 ? "UTC" : offset);
        return sb.toString();
    }

    /** Go's {@code time.RFC3339Nano}: trailing zeros of the fraction dropped, {@code Z} for UTC. */
    static String rfc3339Nano(OffsetDateTime t) {
        StringBuilder sb = new StringBuilder(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(t));
        if (t.getNano() != 0) {
            sb.append('.').append(String.format("%09d", t.getNano()).replaceAll("0+$", ""));
        }
        int secs = t.getOffset().getTotalSeconds();
        return sb.append(secs == 0 ? "Z" : t.getOffset().getId()).toString();
    }
}
