package io.helm4j.dependency;

import io.helm4j.downloader.ContentCache;
import io.helm4j.Helm4jException;
import io.helm4j.provenance.Provenance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One chart archive into a directory (Helm's {@code ChartDownloader.DownloadTo}): from the content cache when
 * the index gives a digest and the cached entry still has it, else from its source, checked against the
 * index's digest and then cached. With verification, the {@code .prov} is fetched (or read from the cache)
 * beside it and checked against the keyring.
 */
final class ChartFetcher {
    private final ContentCache cache;
    private final ChartSource source;
    private final Path keyring;

    /** {@code keyring} null: no verification. */
    ChartFetcher(ContentCache cache, ChartSource source, Path keyring) {
        this.cache = cache;
        this.source = source;
        this.keyring = keyring;
    }

    Path fetchTo(ChartFinder.Found chart, Path dir) throws IOException {
        String indexDigest = chart.digest();
        Optional<byte[]> cached = indexDigest.isEmpty() ? Optional.empty() : cache.chart(indexDigest);
        byte[] data;
        if (cached.isPresent()) {
            data = cached.get();
        } else {
            data = source.fetch(chart.url(), chart.repository());
            String sum = Provenance.digest(data);
            if (!indexDigest.isEmpty() && !ContentCache.hex(indexDigest).equals(sum)) {
                throw new Helm4jException("digest mismatch: the download is sha256:" + sum
                        + " but the repository index says " + indexDigest);
            }
            cache.putChart(data);
        }
        Path file = dir.resolve(fileName(chart.url()));
        AtomicMoves.write(file, data);
        if (keyring != null) {
            String digest = Provenance.digest(data);
            Optional<byte[]> prov = cache.provenance(digest);
            byte[] body;
            if (prov.isPresent()) {
                body = prov.get();
            } else {
                try {
                    body = source.fetch(chart.url() + ".prov", chart.repository());
                } catch (Helm4jException e) {
                    throw new Helm4jException("failed to fetch provenance \"" + chart.url() + ".prov\"", e);
                }
                cache.putProvenance(digest, body);
            }
            Path provFile = dir.resolve(file.getFileName() + ".prov");
            AtomicMoves.write(provFile, body);
            Provenance.verifyChart(file, provFile, keyring);
        }
        return file;
    }

    /** The last segment of the URL's path, as Helm names the downloaded file. */
    static String fileName(String url) {
        String path = URI.create(url).getPath();
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
