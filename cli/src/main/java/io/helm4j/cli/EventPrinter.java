package io.helm4j.cli;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;

/**
 * Renders SDK events as Helm prints them: warnings as {@code WARNING: ...} lines on stderr, the API server's warnings as
 * klog's lines ({@link KlogLine}), every one of them, as Helm 4 does.
 */
final class EventPrinter {
    private EventPrinter() {
    }

    /** slog's text handler: a value with spaces, quotes, '=' or control characters is quoted as Go's %q. */
    static String slogValue(String s) {
        boolean quote = s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '=' || c == 0x7f);
        return quote ? io.helm4j.gotemplate.GoFmt.sprintf("%q", s) : s;
    }

    /** slog's attributes after the message: {@code  key=value} each, values quoted as slog quotes them. */
    private static String attributes(Event.Log l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.attributes().size(); i += 2) {
            b.append(' ').append(l.attributes().get(i)).append('=').append(slogValue(l.attributes().get(i + 1)));
        }
        return b.toString();
    }

    static EventSink to(PrintWriter err) {
        return to(err, false, WaitPrinter.onTerminal());
    }

    /**
     * The events on {@code err}: slog's {@code DEBUG} lines only with {@code debug} ({@code --debug}), as Helm's;
     * wait progress as a live table when {@code terminal}, else as lines; download and upload progress as a line
     * redrawn in place when {@code terminal}, else nothing.
     */
    static EventSink to(PrintWriter err, boolean debug, boolean terminal) {
        return to(err, debug, terminal, KlogLine.system());
    }

    /** As {@link #to(PrintWriter, boolean, boolean)}, the API server's warnings written as klog lines by {@code klog}. */
    static EventSink to(PrintWriter err, boolean debug, boolean terminal, KlogLine klog) {
        WaitPrinter waits = new WaitPrinter(err, terminal);
        TransferPrinter transfers = new TransferPrinter(err, terminal);
        return event -> {
            if (event instanceof Event.Log l && l.level().equals("DEBUG") && !debug) {
                return;
            }
            synchronized (waits) {
                if (!(event instanceof Event.WaitProgress)) {
                    waits.clear();
                }
                if (!(event instanceof Event.Transfer)) {
                    transfers.clear();
                }
                // instanceof, not a switch over types: a cold JVM spins a class for each such switch; an
                // Event.Change (plans and drift) prints nothing: the command prints the result itself
                if (event instanceof Event.Warning w) {
                    err.println("WARNING: " + w.message());
                } else if (event instanceof Event.Info i) {
                    err.println(i.message());
                } else if (event instanceof Event.Log l) {
                    err.println("level=" + l.level() + " msg=" + slogValue(l.message()) + attributes(l));
                } else if (event instanceof Event.WaitProgress p) {
                    waits.print(p);
                } else if (event instanceof Event.Transfer t) {
                    transfers.print(t);
                } else if (event instanceof Event.ApiWarning a) {
                    err.println(klog.warning(a.message())); // client-go's WarningLogger through klog, as Helm 4
                } else if (event instanceof Event.HookLog h) {
                    err.print(h.text()); // Helm 4 copies the log to stderr as it is
                }
                err.flush();
            }
        };
    }
}
