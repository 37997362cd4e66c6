package io.helm4j.events;

/** Receives the SDK's events. Implementations must be thread-safe when shared between operations. */
@FunctionalInterface
public interface EventSink {
    void emit(Event event);

    /** A sink that drops every event. */
    static EventSink discard() {
        return event -> { };
    }
}
