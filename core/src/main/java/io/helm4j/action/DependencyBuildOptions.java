package io.helm4j.action;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code helm dependency build CHART}: the chart directory, {@code --verify} with the keyring's public keys,
 * {@code --skip-refresh}, and the time archives made from {@code file://} charts carry (null: now).
 */
public record DependencyBuildOptions(Path chart, boolean verify, Path keyring, boolean skipRefresh, Instant modTime) {
    public DependencyBuildOptions {
        Objects.requireNonNull(chart, "chart");
        if (verify) {
            Objects.requireNonNull(keyring, "keyring (needed with verify)");
        }
    }

    public static DependencyBuildOptions of(Path chart) {
        return new DependencyBuildOptions(chart, false, null, false, null);
    }

    DependencyUpdateOptions asUpdate() {
        return new DependencyUpdateOptions(chart, verify, keyring, skipRefresh, modTime);
    }
}
