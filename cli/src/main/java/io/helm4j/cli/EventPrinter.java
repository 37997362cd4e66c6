package io.helm4j.cli;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;

/** Renders SDK events as Helm prints them: warnings as {@code WARNING: ...} lines on stderr. */
final class EventPrinter {
    private EventPrinter() {
    }

    static EventSink to(PrintWriter err) {
        return event -> {
            switch (event) {
                case Event.Warning w -> err.println("WARNING: " + w.message());
                case Event.Info i -> err.println(i.message());
            }
            err.flush();
        };
    }
}
