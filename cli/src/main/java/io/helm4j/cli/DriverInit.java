package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.MemoryDriverData;
import io.helm4j.storage.StorageDrivers;
import java.nio.file.Path;
import java.util.Map;

/**
 * What Helm 4.3.2's {@code cobra.OnInitialize} does before any command runs (help and parse errors aside):
 * {@code Configuration.Init} with {@code HELM_DRIVER}, then, for the memory driver, {@code loadReleasesInMemory}.
 * Either failing is a {@code log.Fatal}: one slog line, {@code level=INFO msg="..."}, and exit 1, whatever the
 * command (even {@code version} or {@code template}). So an unknown driver fails every command, and so does
 * {@code HELM_DRIVER=memory} without {@code HELM_MEMORY_DRIVER_DATA} (Helm reads the file named "", {@code Unable to
 * read memory driver dataopen : no such file or directory}). The SQL driver, which Helm opens here too (a database
 * connection for every command), is opened only by the commands that use it.
 */
final class DriverInit {
    private DriverInit() {
    }

    /** Helm's fatal message for this environment, or null when Helm would go on. */
    static String failure(Map<String, String> env, Path workingDir) {
        String driver = env.getOrDefault(StorageDrivers.ENV, "");
        switch (driver) {
            case "", "secret", "secrets", "configmap", "configmaps", "sql":
                return null;
            case "memory":
                try {
                    MemoryDriverData.load(new MemoryDriver(), MemoryDriverData.paths(env.get(MemoryDriverData.ENV)),
                            workingDir, "default");
                    return null;
                } catch (Helm4jException e) {
                    return e.getMessage();
                }
            default:
                return "unknown driver \"" + driver + "\"";
        }
    }

    /** True when {@link #failure} has nothing to check ({@code version}'s shortcut may skip it). */
    static boolean nothingToCheck(String helmDriver) {
        return switch (helmDriver == null ? "" : helmDriver) {
            case "", "secret", "secrets", "configmap", "configmaps", "sql" -> true;
            default -> false;
        };
    }

    /** Helm's {@code log.Fatal} line, through its slog handler. */
    static String fatalLine(String message) {
        return "level=INFO msg=" + EventPrinter.slogValue(message);
    }
}
