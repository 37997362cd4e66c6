package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.repo.ChartRepository;
import io.helm4j.repo.IndexFile;
import io.helm4j.repo.RepoFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code helm repo remove}: each name in turn is removed from {@code repositories.yaml} (written after
 * each, as Helm does) and its cached index and chart list deleted. A name that is not there stops the
 * run with {@link NotFound}, which tells which were removed before it.
 */
public final class RepoRemove {
    private final Path repoFile;
    private final Path cache;

    public RepoRemove(ActionContext context) {
        this.repoFile = Path.of(context.settings().repositoryConfig());
        this.cache = Path.of(context.settings().repositoryCache());
    }

    public RepoRemoveResult run(RepoRemoveOptions options) {
        RepoFile file = RepoFile.loadOrEmpty(repoFile);
        if (file.repositories().isEmpty()) {
            throw new Helm4jException("no repositories configured");
        }
        List<String> removed = new ArrayList<>();
        for (String name : options.names()) {
            if (!file.has(name)) {
                throw new NotFound(name, removed);
            }
            file = file.remove(name);
            file.write(repoFile);
            deleteQuietly(ChartRepository.chartsListPath(cache, name));
            deleteQuietly(IndexFile.cachePath(cache, name));
            deleteQuietly(IndexFile.digestedPath(cache, name));
            removed.add(name);
        }
        return new RepoRemoveResult(removed);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new Helm4jException("can't remove index file " + p + ": " + e.getMessage(), e);
        }
    }

    /** Helm's {@code no repo named "X" found}; {@link #removed()} are the names removed before it. */
    public static final class NotFound extends Helm4jException {
        private final List<String> removed;

        NotFound(String name, List<String> removed) {
            super("no repo named \"" + name + "\" found");
            this.removed = List.copyOf(removed);
        }

        public List<String> removed() {
            return removed;
        }
    }
}
