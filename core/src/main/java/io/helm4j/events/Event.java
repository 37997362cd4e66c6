package io.helm4j.events;

/**
 * Something the SDK reports while it works. The SDK never prints: it hands events to the
 * {@link EventSink} it was given, and the CLI (or an embedding application) renders them.
 */
public sealed interface Event permits Event.Warning, Event.Info, Event.Log, Event.Change, Event.WaitProgress,
        Event.Transfer, Event.HookLog, Event.ApiWarning {

    /** A message. */
    String message();

    /** Something the user should know that did not stop the operation (Helm's {@code WARNING:} lines). */
    record Warning(String message) implements Event {
    }

    /**
     * A warning the Kubernetes API server sent with an answer (a {@code Warning: 299 - "..."} header): an unknown
     * field a client-side write dropped, a deprecated API version, a questionable pod spec. {@code message} is the
     * server's text. Every answer's warnings arrive, repeated ones again (Helm 4 prints each through klog, as
     * {@code I1207 23:15:02.123456   4242 warnings.go:107] "Warning: unknown field \"spec.foo\""}).
     */
    record ApiWarning(String message) implements Event {
    }

    /**
     * A line of Helm 4's structured log (slog): {@code level} is {@code WARN}, {@code INFO}, {@code DEBUG}...;
     * {@code attributes} are slog's key-value pairs, in order (key, value, key, value...). Helm prints it as
     * {@code level=WARN msg="upgrade failed" name=web error="..."}.
     */
    record Log(String level, String message, java.util.List<String> attributes) implements Event {
        public Log {
            attributes = attributes == null ? java.util.List.of() : java.util.List.copyOf(attributes);
            if (attributes.size() % 2 != 0) {
                throw new IllegalArgumentException("slog attributes come in key-value pairs: " + attributes);
            }
        }

        /** A line with the attributes of {@code attributes}, in its iteration order. */
        public Log(String level, String message, java.util.Map<String, String> attributes) {
            this(level, message, attributes.entrySet().stream()
                    .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toList());
        }

        /** A line without attributes. */
        public Log(String level, String message) {
            this(level, message, java.util.List.of());
        }
    }

    /**
     * The log of one container of a hook's pod, read because the hook's {@code helm.sh/hook-output-log-policy}
     * asked for it ({@code hook-succeeded}, {@code hook-failed}); {@code text} as the container wrote it (Helm 4's
     * CLI copies it to stderr unchanged).
     */
    record HookLog(String namespace, String pod, String container, String text) implements Event {
        @Override
        public String message() {
            return text;
        }
    }

    /** Progress worth telling (a file written, a step done). */
    record Info(String message) implements Event {
    }

    /**
     * What a plan or a drift check found, or a correction did, for one object: {@code resource} as
     * {@code ns/name apps/v1, Kind=Deployment}, {@code change} a word ({@code ADD}, {@code MODIFY},
     * {@code REMOVE}, {@code REPLACE}, {@code DRIFTED}, {@code DELETED}, {@code ORPHANED}, {@code CORRECTED}) and
     * {@code fields} the number of fields concerned. Never a value: Secrets stay out of events.
     */
    record Change(String resource, String change, int fields) implements Event {
        @Override
        public String message() {
            return resource + ": " + change + (fields > 0 ? " (" + fields + " field" + (fields == 1 ? "" : "s") + ")" : "");
        }
    }

    /**
     * Where a wait stands: {@code what} is waited for ({@code "resources"}, {@code "hooks"},
     * {@code "deletion"}), {@code total} objects in all, {@code pending} those not there yet, each with
     * its kstatus status and why; {@code done} on the last event of the wait. Emitted when the
     * pending set or a reason changes, so a terminal can redraw a table and a log can print a line.
     */
    record WaitProgress(String what, int total, java.util.List<Pending> pending, boolean done) implements Event {
        public WaitProgress {
            pending = java.util.List.copyOf(pending);
        }

        /** One object not ready: {@code kind}, {@code namespace}, {@code name}, kstatus's {@code status}, and why. */
        public record Pending(String kind, String namespace, String name, String status, String reason) {
        }

        @Override
        public String message() {
            if (pending.isEmpty()) {
                return "all " + total + " " + what + " ready";
            }
            StringBuilder b = new StringBuilder("waiting for " + pending.size() + " of " + total + " " + what + ":");
            for (Pending p : pending) {
                b.append(' ').append(p.kind()).append('/').append(p.name()).append(" (").append(p.status())
                        .append(p.reason().isEmpty() ? "" : ": " + p.reason()).append(')');
            }
            return b.toString();
        }
    }

    /**
     * A download or upload under way: {@code action} ({@code "download"}, {@code "upload"}), what moves
     * ({@code subject}: a URL, or a registry blob), {@code bytes} so far of {@code total} ({@code -1}: not known);
     * {@code done} on the last event of a transfer (also when it failed). Emitted at the start, every 64 KiB or so,
     * and at the end, so a terminal can draw progress; Helm prints nothing for it.
     */
    record Transfer(String action, String subject, long bytes, long total, boolean done) implements Event {
        @Override
        public String message() {
            String verb = action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
            return (verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb) + "ing " + subject + ": "
                    + size(bytes) + (total >= 0 ? " of " + size(total) : "");
        }

        /** Bytes as people read them: {@code 512 B}, {@code 1.5 KiB}, {@code 12.0 MiB}. */
        public static String size(long n) {
            if (n < 1024) {
                return n + " B";
            }
            String[] units = {"KiB", "MiB", "GiB", "TiB"};
            double v = n;
            int u = -1;
            while (v >= 1024 && u < units.length - 1) {
                v /= 1024;
                u++;
            }
            return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
        }
    }
}
