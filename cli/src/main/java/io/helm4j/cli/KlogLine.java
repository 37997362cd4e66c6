package io.helm4j.cli;

import io.helm4j.gostd.Strconv;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * A line as klog's text logger writes an info message of a contextual logger ({@code logger.Info(msg)}), the way Helm 4
 * prints the API server's warnings: client-go's default warning handler, {@code WarningLogger}, logs
 * {@code "Warning: " + text} through klog, which Helm leaves writing to stderr without de-duplication. The header is
 * {@code Lmmdd hh:mm:ss.uuuuuu threadid file:line] } (local time, the process id right-aligned in 7 places), and the
 * message quoted as Go's {@code strconv.Quote}.
 */
final class KlogLine {
    /** Where client-go v0.37.2 logs a warning from ({@code rest/warnings.go}), as klog's header names it. */
    static final String WARNINGS_GO = "warnings.go:107";

    private final Clock clock;
    private final long pid;

    KlogLine(Clock clock, long pid) {
        this.clock = clock;
        this.pid = pid;
    }

    /**
     * With the system clock in the local zone and this process's id, both looked up at the first line: every command
     * makes one, few print one, and the local zone's first lookup makes java.time's zone rules provider scan every
     * jar of the class path for a {@code ServiceLoader} (about a tenth of a small command's start, bench/README.md).
     */
    static KlogLine system() {
        return new KlogLine(null, -1);
    }

    /** The line (without its newline) client-go's {@code WarningLogger} writes for a warning's text. */
    String warning(String text) {
        return info(WARNINGS_GO, "Warning: " + text);
    }

    String info(String source, String message) {
        ZonedDateTime t = ZonedDateTime.now(clock != null ? clock : Clock.systemDefaultZone());
        StringBuilder b = new StringBuilder(64 + message.length());
        b.append('I');
        two(b, t.getMonthValue());
        two(b, t.getDayOfMonth());
        b.append(' ');
        two(b, t.getHour());
        b.append(':');
        two(b, t.getMinute());
        b.append(':');
        two(b, t.getSecond());
        b.append('.');
        String micros = Integer.toString(t.getNano() / 1000);
        b.append("0".repeat(6 - micros.length())).append(micros).append(' ');
        String id = Long.toString(pid >= 0 ? pid : ProcessHandle.current().pid());
        b.append(" ".repeat(Math.max(0, 7 - id.length()))).append(id).append(' ');
        return b.append(source).append("] ").append(Strconv.quote(message)).toString();
    }

    private static void two(StringBuilder b, int v) {
        b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
