package io.helm4j.dependency;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.internal.content.Sha256;
import io.helm4j.downloader.ChartDownloader;
import io.helm4j.downloader.ContentCache;
import io.helm4j.downloader.Download;
import io.helm4j.downloader.ProvenanceNotFoundException;
import io.helm4j.registry.RegistryClient;
import io.helm4j.Helm4jException;
import io.helm4j.provenance.Provenance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final OciCharts oci;

    /** {@code keyring} null: no verification. */
    ChartFetcher(ContentCache cache, ChartSource source, OciCharts oci, Path keyring) {
        this.oci = oci;
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
            String sum = Sha256.hex(data);
            if (!indexDigest.isEmpty() && !ContentCache.hex(indexDigest).equals(sum)) {
                throw new Helm4jException("digest mismatch: the download is sha256:" + sum
                        + " but the repository index says " + indexDigest);
            }
            cache.putChart(data);
        }
        Path file = dir.resolve(fileName(chart.url()));
        AtomicFiles.write(file, data);
        if (keyring != null) {
            String digest = Sha256.hex(data);
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
            AtomicFiles.write(provFile, body);
            Provenance.verifyChart(file, provFile, keyring);
        }
        return file;
    }

    /**
     * An {@code oci://HOST/REPO/NAME} chart at {@code version} into {@code dir} (as {@code NAME-VERSION.tgz}),
     * cached; with verification its provenance layer beside it, checked against the keyring. Adds to
     * {@code lines} what Helm's registry client prints for each pull, as each pull succeeds.
     */
    void pullTo(String ref, String version, Path dir, List<String> lines) throws IOException {
        Download d;
        try {
            d = oci.pull(ref, version, keyring != null);
        } catch (ProvenanceNotFoundException e) {
            lines.addAll(pulled(e.chart()));
            throw e;
        }
        lines.addAll(pulled(d));
        if (d.provenancePulled()) {
            lines.addAll(pulled(d));
        }
        cache.putChart(d.data());
        Path file = dir.resolve(d.fileName());
        AtomicFiles.write(file, d.data());
        if (keyring == null) {
            return;
        }
        cache.putProvenance(Sha256.hex(d.data()), d.provenance());
        Path provFile = dir.resolve(file.getFileName() + ".prov");
        AtomicFiles.write(provFile, d.provenance());
        Provenance.verifyChart(file, provFile, keyring);
    }

    /** What Helm's registry client prints after a pull (and its note on {@code _} in tags). */
    static List<String> pulled(Download d) {
        List<String> lines = new ArrayList<>(List.of("Pulled: " + d.url(), "Digest: " + d.manifestDigest()));
        if (ChartDownloader.underscoreInTag(d.url())) {
            lines.add(d.url() + " contains an underscore.");
            lines.add(RegistryClient.UNDERSCORE_MESSAGE);
        }
        return lines;
    }

    /** The last segment of the URL's path, as Helm names the downloaded file. */
    static String fileName(String url) {
        String path = URI.create(url).getPath();
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
