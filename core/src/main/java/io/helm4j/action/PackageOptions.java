package io.helm4j.action;

import io.helm4j.UsageException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code helm package CHART}: the chart directory, the directory the archive is written to
 * ({@code "."} means the working directory), the optional version and appVersion that replace the
 * chart's (null keeps them), the modification time every archive entry gets, and how to sign the archive
 * ({@code --sign}: a {@code NAME-VERSION.tgz.prov} beside it; null does not sign).
 */
public record PackageOptions(Path chart, Path destination, String version, String appVersion, Instant modTime,
        SignOptions sign) {
    /** Without signing. */
    public PackageOptions(Path chart, Path destination, String version, String appVersion, Instant modTime) {
        this(chart, destination, version, appVersion, modTime, null);
    }

    public PackageOptions {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(modTime, "modTime");
        if (version != null && version.isEmpty()) {
            version = null;
        }
        if (appVersion != null && appVersion.isEmpty()) {
            appVersion = null;
        }
    }

    /** Defaults: into the working directory, versions kept, entries dated at the Unix epoch. */
    public static PackageOptions of(Path chart) {
        return new PackageOptions(chart, Path.of("."), null, null, Instant.EPOCH);
    }

    public PackageOptions withDestination(Path dir) {
        return new PackageOptions(chart, dir, version, appVersion, modTime, sign);
    }

    public PackageOptions withVersion(String v) {
        return new PackageOptions(chart, destination, v, appVersion, modTime, sign);
    }

    public PackageOptions withAppVersion(String v) {
        return new PackageOptions(chart, destination, version, v, modTime, sign);
    }

    public PackageOptions withSign(SignOptions s) {
        return new PackageOptions(chart, destination, version, appVersion, modTime, s);
    }

    public PackageOptions withModTime(Instant t) {
        return new PackageOptions(chart, destination, version, appVersion, t, sign);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder with the defaults of {@link #of}; {@link #build()} requires the chart. */
    public static final class Builder {
        private Path chart;
        private Path destination = Path.of(".");
        private String version;
        private String appVersion;
        private Instant modTime = Instant.EPOCH;
        private SignOptions sign;

        public Builder chart(Path v) { chart = v; return this; }
        public Builder destination(Path v) { destination = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder appVersion(String v) { appVersion = v; return this; }
        public Builder modTime(Instant v) { modTime = v; return this; }
        public Builder sign(SignOptions v) { sign = v; return this; }

        public PackageOptions build() {
            if (chart == null) {
                throw new UsageException("a chart directory is required");
            }
            return new PackageOptions(chart, destination, version, appVersion, modTime, sign);
        }
    }

    /**
     * The entries' time from a {@code SOURCE_DATE_EPOCH} value (reproducible-builds.org); the Unix epoch
     * when it is null or empty. A value that is not a non-negative integer is a usage error.
     */
    public static Instant sourceDateEpoch(String value) {
        if (value == null || value.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return Instant.ofEpochSecond(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("invalid SOURCE_DATE_EPOCH \"" + value + "\": not a non-negative integer");
    }
}
