package io.helm4j.events;

/**
 * Something the SDK reports while it works. The SDK never prints: it hands events to the
 * {@link EventSink} it was given, and the CLI (or an embedding application) renders them.
 */
public sealed interface Event permits Event.Warning, Event.Info, Event.Log {

    /** A message. */
    String message();

    /** Something the user should know that did not stop the operation (Helm's {@code WARNING:} lines). */
    record Warning(String message) implements Event {
    }

    /**
     * A line of Helm 4's structured log (slog): {@code level} is {@code WARN}, {@code INFO}...; Helm prints it
     * as {@code level=WARN msg="this chart is deprecated"}, then its attributes ({@code key=value}, in order).
     */
    record Log(String level, String message, java.util.Map<String, String> attributes) implements Event {
        public Log {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }

        public Log(String level, String message) {
            this(level, message, java.util.Map.of());
        }
    }

    /** Progress worth telling (a file written, a step done). */
    record Info(String message) implements Event {
    }
}
