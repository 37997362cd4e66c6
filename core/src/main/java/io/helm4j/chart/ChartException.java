package io.helm4j.chart;

import io.helm4j.Helm4jException;

/** A chart that cannot be loaded or is invalid. Names the file (and line where known). */
public class ChartException extends Helm4jException {
    private final String file;
    private final int line;

    public ChartException(String message) {
        this(message, null, 0, null);
    }

    public ChartException(String message, String file, int line, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** The chart file at fault (relative to the chart or the archive), or null. */
    public String file() {
        return file;
    }

    /** 1-based line in {@link #file()}, or 0. */
    public int line() {
        return line;
    }
}
