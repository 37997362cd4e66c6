package io.helm4j.repo;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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

    /**
     * Downloads and caches the index under {@code cacheDir}; returns the loaded index. An index served with the
     * very bytes already cached, whose pre-digested form is there and valid, is neither parsed nor written again
     * (the form is only made from an index that loaded without a warning, so there is none to repeat): a
     * repository's refresh then costs its download and a comparison. Otherwise the index is parsed once, its
     * charts checked by decoding them (the warnings emitted; the decoded versions not kept) and turned into the
     * pre-digested form in parallel, the files written each through a temporary file, and the index returned read
     * from that form (decoded again only when it had skipped entries, and so has no such form).
     */
    public IndexFile downloadIndex(Path cacheDir, Duration timeout, EventSink events) {
        String url = indexUrl(entry.url());
        byte[] data = getters.apply(entry.httpOptions(timeout)).get(url);
        Path cached = IndexFile.cachePath(cacheDir, entry.name());
        IndexFile same = unchanged(cached, data, events);
        if (same != null) {
            Path list = chartsListPath(cacheDir, entry.name());
            if (!Files.isRegularFile(list)) {
                writeChartsList(list, same.entries().keySet());
            }
            return same;
        }
        IndexFile.Raw raw = IndexFile.parseRaw(new String(data, StandardCharsets.UTF_8));
        IndexFile.Digested digested = IndexFile.digest(raw, entry.url(), events, false);
        writeChartsList(chartsListPath(cacheDir, entry.name()), digested.names());
        AtomicFiles.write(cached, data, "rw-r--r--");
        if (!digested.warned()) {
            IndexSidecar.write(cached, digested); // the next command reads this, not the YAML
            IndexFile index = IndexSidecar.read(cached, entry.url(), events);
            if (index != null) {
                return index;
            }
        }
        return IndexFile.decode(raw, entry.url(), EventSink.discard()); // its warnings were emitted above
    }

    /** The cached index when {@code data} is byte for byte the cached YAML and its pre-digested form is valid. */
    private IndexFile unchanged(Path cached, byte[] data, EventSink events) {
        try {
            if (!Files.isRegularFile(cached) || Files.size(cached) != data.length
                    || !Arrays.equals(Files.readAllBytes(cached), data)) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return IndexSidecar.read(cached, entry.url(), events);
    }

    private static void writeChartsList(Path path, Iterable<String> names) {
        StringBuilder text = new StringBuilder();
        names.forEach(n -> text.append(n).append('\n'));
        AtomicFiles.write(path, text.toString().getBytes(StandardCharsets.UTF_8), "rw-r--r--");
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
