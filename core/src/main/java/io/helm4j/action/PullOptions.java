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
 * chart without checking it (a missing one is then only a warning). Beyond Helm, {@code cosignKey} (a cosign
 * public key, PEM), with {@code verify} and an {@code oci://} chart, checks the cosign signature of the manifest
 * pulled in place of the provenance ({@code keyring} is then not needed).
 */
public record PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir,
        boolean verify, boolean prov, Path keyring, Path cosignKey) {
    public PullOptions {
        if (cosignKey != null && !verify) {
            throw new UsageException("--key (a cosign public key) is used with --verify");
        }
        if (cosignKey != null && !chart.startsWith("oci://")) {
            throw new UsageException("--verify --key checks cosign signatures, which only oci:// charts have: " + chart);
        }
        if (verify && cosignKey == null) {
            Objects.requireNonNull(keyring, "keyring (needed with verify)");
        }
        Objects.requireNonNull(chartPath, "chartPath");
        if (chart == null || chart.isEmpty()) {
            throw new UsageException("need at least one argument, the chart reference");
        }
        destination = destination == null ? Path.of(".") : destination;
        untarDir = untarDir == null || untarDir.isEmpty() ? "." : untarDir;
    }

    /** Helm's options: provenance checked against {@code keyring} with {@code verify}, no cosign key. */
    public PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir,
            boolean verify, boolean prov, Path keyring) {
        this(chart, chartPath, destination, untar, untarDir, verify, prov, keyring, null);
    }

    /** Without provenance. */
    public PullOptions(String chart, ChartPathOptions chartPath, Path destination, boolean untar, String untarDir) {
        this(chart, chartPath, destination, untar, untarDir, false, false, null);
    }

    public static PullOptions of(String chart, ChartPathOptions chartPath) {
        return new PullOptions(chart, chartPath, Path.of("."), false, ".");
    }
}
