package io.helm4j.action;

import io.helm4j.downloader.ChartPathOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code helm dependency update CHART}: the chart directory, whether every download is verified against
 * its {@code .prov} ({@code --verify}) with the public keys of {@code keyring}, whether the repository indexes
 * are refreshed first ({@code --skip-refresh} skips it), and the time archives made from {@code file://}
 * charts carry (null: now), and how {@code oci://} dependencies are reached: the {@code --plain-http}, TLS and
 * credential flags ({@code registry}, of which only those are used; null: HTTPS and stored credentials).
 */
public record DependencyUpdateOptions(Path chart, boolean verify, Path keyring, boolean skipRefresh, Instant modTime,
        ChartPathOptions registry) {
    public DependencyUpdateOptions {
        Objects.requireNonNull(chart, "chart");
        if (verify) {
            Objects.requireNonNull(keyring, "keyring (needed with verify)");
        }
        registry = registry == null ? ChartPathOptions.defaults() : registry;
    }

    /** With the registry's defaults (HTTPS, stored credentials). */
    public DependencyUpdateOptions(Path chart, boolean verify, Path keyring, boolean skipRefresh, Instant modTime) {
        this(chart, verify, keyring, skipRefresh, modTime, null);
    }

    /** The chart, not verified, indexes refreshed. */
    public static DependencyUpdateOptions of(Path chart) {
        return new DependencyUpdateOptions(chart, false, null, false, null);
    }
}
