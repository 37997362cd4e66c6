package io.helm4j.downloader;

import io.helm4j.Helm4jException;

/**
 * A chart's provenance could not be fetched (Helm's {@code failed to fetch provenance "URL.prov"}); the cause says
 * why, and {@link #chart()} is the chart that was fetched, so a caller that only wants the provenance when there
 * is one ({@code pull --prov}) can go on.
 */
public final class ProvenanceNotFoundException extends Helm4jException {
    private final transient Download chart;

    public ProvenanceNotFoundException(String message, Download chart, Throwable cause) {
        super(message, cause);
        this.chart = chart;
    }

    /** The chart fetched before its provenance was looked for. */
    public Download chart() {
        return chart;
    }
}
