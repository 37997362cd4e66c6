package io.helm4j.cli;

import io.helm4j.events.Event;
import java.io.PrintWriter;

/**
 * Shows downloads and uploads ({@link Event.Transfer}): on a terminal, one line redrawn in place
 * ({@code Downloading URL: 1.2 MiB of 3.4 MiB}) and erased when the transfer ends or another event is printed;
 * off a terminal, nothing, as Helm prints nothing for them.
 */
final class TransferPrinter {
    private static final String ERASE_LINE = "\r\033[K";
    private final PrintWriter err;
    private final boolean terminal;
    private boolean shown;

    TransferPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void print(Event.Transfer t) {
        if (!terminal) {
            return;
        }
        if (t.done()) {
            clear();
            return;
        }
        err.print(ERASE_LINE + t.message());
        shown = true;
    }

    /** Erases the progress line, if one is shown (before any other output). */
    void clear() {
        if (shown) {
            err.print(ERASE_LINE);
            shown = false;
        }
    }
}
