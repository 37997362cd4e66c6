package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.downloader.ChartPathOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code helm pull CHART}: the reference ({@code repo/chart}, a URL, a name with {@code --repo}, or
 * {@code oci://}), how to find it, where to save it ({@code -d}, relative to the context's working directory),
 * and whether to expand it into {@code untarDir} (relative to the destination unless absolute).
 */
public record PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir) {
    public PullOptions {
        Objects.requireNonNull(chartPath, "chartPath");
        if (chart == null || chart.isEmpty()) {
            throw new UsageException("need at least one argument, the chart reference");
        }
        destination = destination == null ? Path.of(".") : destination;
        untarDir = untarDir == null || untarDir.isEmpty() ? "." : untarDir;
    }

    public static PullOptions of(String chart, ChartPathOptions chartPath) {
        return new PullOptions(chart, chartPath, Path.of("."), false, ".");
    }
}
