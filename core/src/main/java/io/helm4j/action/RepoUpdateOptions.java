package io.helm4j.action;

import io.helm4j.getter.Getters;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code helm repo update [NAME...]}: the repositories to update (all when empty) and the download timeout.
 * As in Helm 4, a repository that fails makes the run fail (Helm 3's {@code --fail-on-repo-update-fail}
 * became the only behaviour).
 */
public record RepoUpdateOptions(List<String> names, Duration timeout) {
    public RepoUpdateOptions {
        names = List.copyOf(names);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Every repository, Helm's 120 s timeout. */
    public static RepoUpdateOptions all() {
        return new RepoUpdateOptions(List.of(), Getters.DEFAULT_TIMEOUT);
    }
}
