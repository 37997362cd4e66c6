package io.helm4j.action;

import java.util.List;

/** The repositories removed, in the order given. */
public record RepoRemoveResult(List<String> removed) {
    public RepoRemoveResult {
        removed = List.copyOf(removed);
    }
}
