package io.helm4j.action;

import io.helm4j.repo.RepoFile;
import java.nio.file.Path;

/** {@code helm repo list}: reads {@code repositories.yaml} (a missing file lists nothing, as Helm 4). */
public final class RepoList {
    private final Path repoFile;

    public RepoList(ActionContext context) {
        this.repoFile = Path.of(context.settings().repositoryConfig());
    }

    public RepoListResult run(RepoListOptions options) {
        return new RepoListResult(RepoFile.loadOrEmpty(repoFile).repositories());
    }
}
