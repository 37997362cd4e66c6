package io.helm4j.internal.content;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;

/**
 * Counts the bytes of one transfer and reports them as {@link Event.Transfer} events: the first at the start,
 * then at most one per {@value #STEP} bytes, and a last one ({@code done}) at the end, so a terminal can draw
 * progress without a flood of events. Not thread-safe: one meter per transfer.
 */
public final class TransferMeter {
    /** Bytes between two progress events. */
    public static final long STEP = 64 * 1024;

    private final EventSink events;
    private final String action;
    private final String subject;
    private long total;
    private long bytes;
    private long reported = -1;
    private boolean finished;

    /** A meter for {@code action} ("download", "upload") of {@code subject}, {@code total} bytes (-1: unknown). */
    public TransferMeter(EventSink events, String action, String subject, long total) {
        this.events = events;
        this.action = action;
        this.subject = subject;
        this.total = total;
    }

    /** The size, once known (from a Content-Length header). */
    public void total(long t) {
        total = t;
    }

    /** {@code n} more bytes moved. */
    public void add(long n) {
        bytes += n;
        if (reported < 0 || bytes - reported >= STEP) {
            reported = bytes;
            events.emit(new Event.Transfer(action, subject, bytes, total, false));
        }
    }

    /** The transfer ended (whether or not it succeeded): the last event, once. */
    public void done() {
        if (!finished) {
            finished = true;
            events.emit(new Event.Transfer(action, subject, bytes, total, true));
        }
    }
}
