package io.helm4j.repo;

import io.helm4j.Helm4jException;
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
import java.nio.file.attribute.PosixFilePermissions;
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
     * Downloads and caches the index under {@code cacheDir}; returns the loaded index. The body is streamed into a
     * temporary file beside the cache, never held in memory whole. An index served with the very bytes already
     * cached, whose pre-digested form is there and valid, is neither parsed nor written again (the form is only
     * made from an index that loaded without a warning, so there is none to repeat): a repository's refresh then
     * costs its download and a comparison. Otherwise the index is read chart by chart from the file
     * ({@link IndexStream}: each chart checked, its warnings emitted, turned into the pre-digested form and
     * dropped), or, when it is not of the shape read so, parsed whole as before; then the files are put in place
     * (the YAML renamed from the temporary file, the others each through one), and the index returned read from
     * the pre-digested form (decoded again only when it had skipped entries, and so has no such form). A download
     * or an index that fails leaves the cache as it was.
     */
    public IndexFile downloadIndex(Path cacheDir, Duration timeout, EventSink events) {
        String url = indexUrl(entry.url());
        Path cached = IndexFile.cachePath(cacheDir, entry.name());
        Path tmp = tempBeside(cached);
        try {
            getters.apply(entry.httpOptions(timeout)).getTo(url, tmp);
            IndexFile same = unchanged(cached, tmp, events);
            if (same != null) {
                Path list = chartsListPath(cacheDir, entry.name());
                if (!Files.isRegularFile(list)) {
                    writeChartsList(list, same.entries().keySet());
                }
                return same;
            }
            IndexFile.Digested digested = IndexStream.digest(tmp, entry.url(), events);
            IndexFile.Raw raw = null;
            if (digested == null) {
                raw = IndexFile.parseRaw(new String(Files.readAllBytes(tmp), StandardCharsets.UTF_8));
                digested = IndexFile.digest(raw, entry.url(), events, false);
            }
            writeChartsList(chartsListPath(cacheDir, entry.name()), digested.names());
            place(tmp, cached);
            if (!digested.warned()) {
                IndexSidecar.write(cached, digested); // the next command reads this, not the YAML
                IndexFile index = IndexSidecar.read(cached, entry.url(), events);
                if (index != null) {
                    return index;
                }
            }
            digested = null;
            if (raw == null) {
                raw = IndexFile.parseRaw(new String(Files.readAllBytes(cached), StandardCharsets.UTF_8));
            }
            return IndexFile.decode(raw, entry.url(), EventSink.discard()); // its warnings were emitted above
        } catch (IOException e) {
            throw new Helm4jException("write " + cached + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a temporary file left in the cache directory: harmless
            }
        }
    }

    /** An empty temporary file in the cache's directory (created with it), where the download goes first. */
    private static Path tempBeside(Path cached) {
        Path dir = cached.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + cached.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new Helm4jException("write " + cached + ": " + e.getMessage(), e);
        }
    }

    /** The downloaded file renamed onto the cached index, readable by all as Helm writes it. */
    private static void place(Path tmp, Path cached) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
        AtomicFiles.move(tmp, cached);
    }

    /** The cached index when the download at {@code fresh} is byte for byte the cached YAML and its form is valid. */
    private IndexFile unchanged(Path cached, Path fresh, EventSink events) {
        try {
            if (!Files.isRegularFile(cached) || Files.size(cached) != Files.size(fresh)
                    || Files.mismatch(cached, fresh) != -1) {
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
