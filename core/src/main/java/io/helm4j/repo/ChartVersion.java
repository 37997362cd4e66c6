package io.helm4j.repo;

import io.helm4j.chart.Metadata;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a chart in a repository index: Helm's {@code repo.ChartVersion}, its chart
 * metadata plus where to download it. {@code created} is null when the index does not say.
 */
public record ChartVersion(Metadata metadata, List<String> urls, OffsetDateTime created, boolean removed,
        String digest) {

    public ChartVersion {
        urls = List.copyOf(urls);
    }

    /** The chart's version string, as written in the index. */
    public String version() {
        return metadata.version();
    }
}
