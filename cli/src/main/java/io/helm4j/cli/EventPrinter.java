package io.helm4j.cli;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;

/** Renders SDK events as Helm prints them: warnings as {@code WARNING: ...} lines on stderr. */
final class EventPrinter {
    private EventPrinter() {
    }

    /** slog's text handler: a value with spaces, quotes, '=' or control characters is quoted as Go's %q. */
    static String slogValue(String s) {
        boolean quote = s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '=' || c == 0x7f);
        return quote ? io.helm4j.gotemplate.GoFmt.sprintf("%q", s) : s;
    }

    static EventSink to(PrintWriter err) {
        return event -> {
            switch (event) {
                case Event.Warning w -> err.println("WARNING: " + w.message());
                case Event.Info i -> err.println(i.message());
                case Event.Log l -> {
                    StringBuilder line = new StringBuilder("level=" + l.level() + " msg=" + slogValue(l.message()));
                    l.attributes().forEach((k, v) -> line.append(' ').append(k).append('=').append(slogValue(v)));
                    err.println(line);
                }
            }
            err.flush();
        };
    }
}
