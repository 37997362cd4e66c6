package io.helm4j.cli;

import io.helm4j.release.Release;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Helm 4's SIGINT/SIGTERM handling of {@code install} and {@code upgrade}: on the signal it prints
 * {@code Release NAME has been cancelled.}, the action marks the revision it left pending failed ({@code context
 * canceled}), and the command fails with that error (exit code 1). Here a JVM shutdown hook, registered only while the
 * action runs, does the same through the action's {@code cancel()}.
 */
final class Interrupts {
    private Interrupts() {
    }

    /**
     * {@code run}, with the hook: {@code release} names the release in Helm's line, {@code failed} prefixes the error
     * ({@code INSTALLATION FAILED: }), {@code cancel} is the action's.
     */
    static <T> T cancellable(PrintWriter out, PrintWriter err, String release, String failed,
            Supplier<Optional<Release>> cancel, Supplier<T> run) {
        return cancellable(out, err, release, () -> "", () -> failed, cancel, run);
    }

    /**
     * As {@link #cancellable(PrintWriter, PrintWriter, String, String, Supplier, Supplier)}, what stdout should already
     * show when the signal comes ({@code before}, Helm's lines printed ahead of the run that helm4j prints after it)
     * and the error's prefix read when it comes ({@code upgrade --install}: none once it installs, as Helm's).
     */
    static <T> T cancellable(PrintWriter out, PrintWriter err, String release, Supplier<String> before,
            Supplier<String> failed, Supplier<Optional<Release>> cancel, Supplier<T> run) {
        Thread hook = new Thread(() -> {
            out.print(before.get() + "Release " + release + " has been cancelled.\n");
            out.flush();
            if (cancel.get().isPresent()) {
                err.print("Error: " + failed.get() + "context canceled\n");
                err.flush();
                Runtime.getRuntime().halt(1);
            }
        }, "helm4j-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.get();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, or has run
            }
        }
    }
}
