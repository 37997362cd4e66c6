package io.helm4j.action;

import io.helm4j.repo.RepoEntry;
import java.util.List;

/** The repositories of {@code repositories.yaml}, in its order (empty when the file is missing). */
public record RepoListResult(List<RepoEntry> repositories) {
    public RepoListResult {
        repositories = List.copyOf(repositories);
    }
}
