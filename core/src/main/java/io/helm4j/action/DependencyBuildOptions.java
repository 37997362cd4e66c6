package io.helm4j.action;

import io.helm4j.downloader.ChartPathOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code helm dependency build CHART}: the chart directory, {@code --verify} with the keyring's public keys,
 * {@code --skip-refresh}, the time archives made from {@code file://} charts carry (null: now), and how
 * {@code oci://} dependencies are reached ({@code registry}: the TLS and credential flags; null: defaults).
 */
public record DependencyBuildOptions(Path chart, boolean verify, Path keyring, boolean skipRefresh, Instant modTime,
        ChartPathOptions registry) {
    public DependencyBuildOptions {
        Objects.requireNonNull(chart, "chart");
        if (verify) {
            Objects.requireNonNull(keyring, "keyring (needed with verify)");
        }
        registry = registry == null ? ChartPathOptions.defaults() : registry;
    }

    /** With the registry's defaults (HTTPS, stored credentials). */
    public DependencyBuildOptions(Path chart, boolean verify, Path keyring, boolean skipRefresh, Instant modTime) {
        this(chart, verify, keyring, skipRefresh, modTime, null);
    }

    public static DependencyBuildOptions of(Path chart) {
        return new DependencyBuildOptions(chart, false, null, false, null);
    }

    DependencyUpdateOptions asUpdate() {
        return new DependencyUpdateOptions(chart, verify, keyring, skipRefresh, modTime, registry);
    }
}
