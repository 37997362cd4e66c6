package io.helm4j.dependency;

import io.helm4j.downloader.Download;
import java.util.List;

/**
 * Where {@code oci://} dependencies come from: the chart versions a registry repository holds, and a chart
 * pulled by version. The registry implementation is the downloader's ({@code ChartDownloader}); tests and
 * embedders may serve charts otherwise.
 */
public interface OciCharts {
    /** Helm's registry {@code Tags}: the chart versions of {@code HOST/REPO/NAME} (no scheme), newest first. */
    List<String> versions(String ref);

    /**
     * {@code oci://HOST/REPO/NAME} pulled at {@code version} (an exact version or a constraint); the download
     * names the reference it pulled and the manifest's digest. With {@code provenance}, the provenance layer
     * is fetched too (in a second pull, as Helm does: the download says so); when it cannot be, a
     * {@code ProvenanceNotFoundException}.
     */
    Download pull(String ref, String version, boolean provenance);

    /** No registry: every call fails, naming the reference. */
    static OciCharts none() {
        return new OciCharts() {
            @Override
            public List<String> versions(String ref) {
                throw new io.helm4j.Helm4jException("no registry client to list the tags of " + ref);
            }

            @Override
            public Download pull(String ref, String version, boolean provenance) {
                throw new io.helm4j.Helm4jException("no registry client to pull " + ref);
            }
        };
    }
}
