package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.EventSink;
import io.helm4j.repo.ChartRepository;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code helm repo update}: downloads every selected repository's index in parallel (one virtual
 * thread each, as Helm's goroutines) into the cache. Any failure fails the run, as in Helm 4:
 * {@link Failed} then carries every outcome.
 */
public final class RepoUpdate {
    private final Path repoFile;
    private final Path cache;
    private final EventSink events;
    private final java.util.function.Function<io.helm4j.getter.HttpOptions, io.helm4j.getter.Getter> getters;

    public RepoUpdate(ActionContext context) {
        this.repoFile = Path.of(context.settings().repositoryConfig());
        this.cache = Path.of(context.settings().repositoryCache());
        this.events = context.events();
        this.getters = context.getters();
    }

    /** The repositories a run would update; Helm's errors when there are none or a name is unknown. */
    public List<RepoEntry> selected(RepoUpdateOptions options) {
        RepoFile file = RepoFile.loadOrEmpty(repoFile);
        if (file.repositories().isEmpty()) {
            throw new Helm4jException("no repositories found. You must add one before updating");
        }
        if (options.names().isEmpty()) {
            return file.repositories();
        }
        List<String> missing = options.names().stream().filter(n -> !file.has(n)).toList();
        if (!missing.isEmpty()) {
            throw new Helm4jException("no repositories found matching '" + missing.get(0)
                    + "'.  Nothing will be updated");
        }
        return file.repositories().stream().filter(r -> options.names().contains(r.name())).toList();
    }

    public RepoUpdateResult run(RepoUpdateOptions options) {
        List<RepoEntry> repos = selected(options);
        List<RepoUpdateResult.Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (RepoEntry r : repos) {
                futures.add(pool.submit(() -> update(r, options)));
            }
            for (int i = 0; i < repos.size(); i++) {
                outcomes.add(new RepoUpdateResult.Outcome(repos.get(i), join(futures.get(i))));
            }
        }
        RepoUpdateResult result = new RepoUpdateResult(outcomes);
        if (!result.failed().isEmpty()) {
            throw new Failed(result);
        }
        return result;
    }

    private String update(RepoEntry r, RepoUpdateOptions options) {
        try {
            new ChartRepository(r, getters).downloadIndex(cache, options.timeout(), events);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static String join(Future<String> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "context canceled";
        } catch (java.util.concurrent.ExecutionException e) {
            return String.valueOf(e.getCause().getMessage());
        }
    }

    /** Helm 4's {@code failed to update the following repositories: [URL...]}. */
    public static final class Failed extends Helm4jException {
        private final RepoUpdateResult result;

        Failed(RepoUpdateResult result) {
            super("failed to update the following repositories: " + result.failed().stream()
                    .map(o -> o.repository().url()).toList().toString().replace(", ", " "));
            this.result = result;
        }

        public RepoUpdateResult result() {
            return result;
        }
    }
}
