package io.helm4j.cli;

import io.helm4j.events.Event;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a wait's progress ({@link Event.WaitProgress}). On a terminal, a live table of what is not
 * ready yet and why, redrawn in place on each change and erased when the wait ends; otherwise a plain
 * line per change ({@code waiting for 1 of 3 resources: Deployment/web (InProgress: Ready: 0/1)}), and
 * a last line when the wait ends.
 */
final class WaitPrinter {
    private static final int MAX_ROWS = 20;
    private final PrintWriter err;
    private final boolean terminal;
    private int drawn;

    WaitPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether stdin and stdout are a terminal (the JDK's {@code Console.isTerminal}). */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    void print(Event.WaitProgress p) {
        if (!terminal) {
            if (!p.done() || p.pending().isEmpty()) {
                err.println(p.message()); // a wait that fails ends with the error, which names what is not ready
            }
            return;
        }
        clear();
        if (p.done()) {
            return;
        }
        List<String> lines = table(p);
        lines.forEach(err::println);
        drawn = lines.size();
    }

    /** Erases the table, so other output does not mix with it. */
    void clear() {
        if (terminal && drawn > 0) {
            err.print("\033[" + drawn + "A\033[J");
            drawn = 0;
        }
    }

    static List<String> table(Event.WaitProgress p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KIND", "NAME", "STATUS", "REASON"});
        for (Event.WaitProgress.Pending r : p.pending().subList(0, Math.min(MAX_ROWS, p.pending().size()))) {
            String name = r.namespace().isEmpty() ? r.name() : r.namespace() + "/" + r.name();
            rows.add(new String[] {r.kind(), name, r.status(), r.reason()});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add("Waiting for " + p.pending().size() + " of " + p.total() + " " + p.what() + ":");
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder("  ");
            for (int i = 0; i < 3; i++) {
                b.append(row[i]).append(" ".repeat(width[i] - row[i].length() + 3));
            }
            out.add(b.append(row[3]).toString().stripTrailing());
        }
        if (p.pending().size() > MAX_ROWS) {
            out.add("  ... and " + (p.pending().size() - MAX_ROWS) + " more");
        }
        return out;
    }
}
