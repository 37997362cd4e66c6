package io.helm4j.action;

import io.helm4j.UsageException;
import java.util.List;

/** {@code helm repo remove NAME...}: the repositories to remove, at least one. */
public record RepoRemoveOptions(List<String> names) {
    public RepoRemoveOptions {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new UsageException("need at least one argument, name of chart repository");
        }
    }

    public static RepoRemoveOptions of(String... names) {
        return new RepoRemoveOptions(List.of(names));
    }
}
