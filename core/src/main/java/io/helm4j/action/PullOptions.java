package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.downloader.ChartPathOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code helm pull CHART}: the reference ({@code repo/chart}, a URL, a name with {@code --repo}, or
 * {@code oci://}), how to find it, where to save it ({@code -d}, relative to the context's working directory),
 * whether to expand it into {@code untarDir} (relative to the destination unless absolute), and provenance:
 * {@code verify} fetches the {@code .prov} (or OCI provenance layer) and checks the chart against it with the
 * public keys of {@code keyring} before anything is written; {@code prov} fetches it and saves it beside the
 * chart without checking it (a missing one is then only a warning).
 */
public record PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir,
        boolean verify, boolean prov, Path keyring) {
    public PullOptions {
        if (verify) {
            Objects.requireNonNull(keyring, "keyring (needed with verify)");
        }
        Objects.requireNonNull(chartPath, "chartPath");
        if (chart == null || chart.isEmpty()) {
            throw new UsageException("need at least one argument, the chart reference");
        }
        destination = destination == null ? Path.of(".") : destination;
        untarDir = untarDir == null || untarDir.isEmpty() ? "." : untarDir;
    }

    /** Without provenance. */
    public PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir) {
        this(chart, chartPath, destination, untar, untarDir, false, false, null);
    }

    public static PullOptions of(String chart, ChartPathOptions chartPath) {
        return new PullOptions(chart, chartPath, Path.of("."), false, ".");
    }
}
