package io.helm4j.repo;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Helm's {@code repo.ChartRepository.DownloadIndexFile}: fetches {@code URL/index.yaml} with the
 * repository's credentials and TLS settings, checks it loads, then writes the cache as Helm lays it
 * out: {@code NAME-charts.txt} (one chart name a line) and {@code NAME-index.yaml} (the bytes as
 * served), each through a temporary file, so a failed download leaves the old cache whole.
 */
public final class ChartRepository {
    private final RepoEntry entry;
    private final Function<HttpOptions, Getter> getters;

    public ChartRepository(RepoEntry entry) {
        this(entry, HttpGetter::new);
    }

    /** With another way to fetch (tests, proxies): the function gets the repository's options. */
    public ChartRepository(RepoEntry entry, Function<HttpOptions, Getter> getters) {
        this.entry = entry;
        this.getters = getters;
    }

    /** Downloads and caches the index under {@code cacheDir}; returns the loaded index. */
    public IndexFile downloadIndex(Path cacheDir, Duration timeout, EventSink events) {
        String url = indexUrl(entry.url());
        byte[] data = getters.apply(entry.httpOptions(timeout)).get(url);
        IndexFile index = IndexFile.parse(new String(data, StandardCharsets.UTF_8), entry.url(), events);
        StringBuilder names = new StringBuilder();
        index.entries().keySet().forEach(n -> names.append(n).append('\n'));
        AtomicFiles.write(chartsListPath(cacheDir, entry.name()), names.toString().getBytes(StandardCharsets.UTF_8),
                "rw-r--r--");
        AtomicFiles.write(IndexFile.cachePath(cacheDir, entry.name()), data, "rw-r--r--");
        return index;
    }

    /** Helm's {@code helmpath.CacheChartsFile}: {@code NAME-charts.txt}. */
    public static Path chartsListPath(Path cacheDir, String name) {
        return cacheDir.resolve(name + "-charts.txt");
    }

    /** The repository URL with {@code index.yaml} joined to its path (query kept), as Helm builds it. */
    static String indexUrl(String repoUrl) {
        int q = repoUrl.indexOf('?');
        String base = q < 0 ? repoUrl : repoUrl.substring(0, q);
        String query = q < 0 ? "" : repoUrl.substring(q);
        return UrlJoin.join(base, "index.yaml") + query;
    }
}
