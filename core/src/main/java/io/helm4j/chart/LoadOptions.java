package io.helm4j.chart;

import io.helm4j.events.EventSink;
import java.util.Objects;

/**
 * Limits and policies for loading a chart. Defaults are Helm's: at most 100 MiB decompressed per
 * chart archive and 5 MiB per file. Symbolic links in a chart directory must stay inside it unless
 * {@code allowExternalSymlinks} is set (Helm itself follows them anywhere). Warnings (such as a
 * requirements.yaml in an apiVersion v2 chart) go to {@code events}.
 */
public record LoadOptions(long maxChartSize, long maxFileSize, boolean allowExternalSymlinks, EventSink events) {
    public static final long DEFAULT_MAX_CHART_SIZE = 100L * 1024 * 1024;
    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    public LoadOptions {
        Objects.requireNonNull(events, "events");
        if (maxChartSize <= 0 || maxFileSize <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    /** Helm's defaults, external symlinks refused, warnings dropped. */
    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_MAX_CHART_SIZE, DEFAULT_MAX_FILE_SIZE, false, EventSink.discard());
    }

    public LoadOptions withEvents(EventSink sink) {
        return new LoadOptions(maxChartSize, maxFileSize, allowExternalSymlinks, sink);
    }

    public LoadOptions withSizeLimits(long chartSize, long fileSize) {
        return new LoadOptions(chartSize, fileSize, allowExternalSymlinks, events);
    }

    public LoadOptions withExternalSymlinks(boolean allow) {
        return new LoadOptions(maxChartSize, maxFileSize, allow, events);
    }
}
