package io.helm4j.action;

import io.helm4j.repo.RepoEntry;
import java.util.List;

/** One outcome per repository updated, in {@code repositories.yaml}'s order. */
public record RepoUpdateResult(List<Outcome> outcomes) {
    public RepoUpdateResult {
        outcomes = List.copyOf(outcomes);
    }

    /** A repository's update: {@code error} is null on success, else why it failed. */
    public record Outcome(RepoEntry repository, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public List<Outcome> failed() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }
}
