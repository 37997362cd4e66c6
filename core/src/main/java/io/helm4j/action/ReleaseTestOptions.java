package io.helm4j.action;

import io.helm4j.UsageException;
import java.time.Duration;
import java.util.List;

/**
 * What {@code helm test} takes: the release, its namespace ("" for the client's), the timeout of
 * each test, the names of the tests to run ({@code --filter name=...}; empty for all) and to skip
 * ({@code --filter '!name=...'}), and whether to read the test pods' logs ({@code --logs}).
 */
public record ReleaseTestOptions(String name, String namespace, Duration timeout, List<String> includeNames,
        List<String> excludeNames, boolean logs) {
    public ReleaseTestOptions {
        if (name == null || name.isEmpty()) {
            throw new UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        includeNames = List.copyOf(includeNames == null ? List.of() : includeNames);
        excludeNames = List.copyOf(excludeNames == null ? List.of() : excludeNames);
    }

    /**
     * Helm's {@code --filter} values: {@code name=X} includes, {@code !name=X} (or {@code ! name=X})
     * excludes; anything else is ignored, as Helm ignores it.
     */
    public static ReleaseTestOptions withFilters(String name, String namespace, Duration timeout, List<String> filters,
            boolean logs) {
        List<String> include = new java.util.ArrayList<>();
        List<String> exclude = new java.util.ArrayList<>();
        for (String f : filters) {
            if (f.startsWith("name=")) {
                include.add(f.substring("name=".length()));
            } else if (f.matches("(?s)^!\\s?name=.*")) {
                exclude.add(f.replaceFirst("^!\\s?name=", ""));
            }
        }
        return new ReleaseTestOptions(name, namespace, timeout, include, exclude, logs);
    }
}
