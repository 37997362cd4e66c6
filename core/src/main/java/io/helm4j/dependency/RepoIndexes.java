package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import io.helm4j.repo.ChartRepository;
import io.helm4j.repo.RepoEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Helm's {@code parallelRepoUpdate}: the indexes of several repositories downloaded at once into the
 * repository cache, one line each (as Helm words it) on success or failure; a failure does not stop the others.
 */
final class RepoIndexes {
    private final Path repositoryCache;
    private final Duration timeout;
    private final Function<HttpOptions, Getter> getters;

    RepoIndexes(Path repositoryCache, Duration timeout, Function<HttpOptions, Getter> getters) {
        this.repositoryCache = repositoryCache;
        this.timeout = timeout;
        this.getters = getters == null ? HttpGetter::new : getters;
    }

    void update(List<RepoEntry> repos, EventSink events) {
        Map<String, RepoEntry> unique = new LinkedHashMap<>();
        for (RepoEntry r : repos) {
            unique.put(stripSlash(r.url()), r);
        }
        List<RepoEntry> list = new ArrayList<>(unique.values());
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (RepoEntry r : list) {
                results.add(pool.submit(() -> {
                    try {
                        new ChartRepository(r, getters).downloadIndex(repositoryCache, timeout, e -> { });
                        return null;
                    } catch (Helm4jException e) {
                        return e.getMessage();
                    }
                }));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            RepoEntry r = list.get(i);
            String error;
            try {
                error = results.get(i).get();
            } catch (Exception e) {
                error = String.valueOf(e.getMessage());
            }
            boolean managed = r.name().startsWith(RepoNames.MANAGER_PREFIX);
            if (error != null) {
                events.emit(new Event.Info(managed
                        ? "...Unable to get an update from the \"" + r.url() + "\" chart repository:\n\t" + error
                        : "...Unable to get an update from the \"" + r.name() + "\" chart repository (" + r.url()
                                + "):\n\t" + error));
            } else {
                events.emit(new Event.Info("...Successfully got an update from the \""
                        + (managed ? r.url() : r.name()) + "\" chart repository"));
            }
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
