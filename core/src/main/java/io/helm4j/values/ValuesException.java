package io.helm4j.values;

import io.helm4j.Helm4jException;

/**
 * Values that cannot be read, parsed, merged or validated: a bad {@code --set} expression, a values
 * file that is not YAML, values that break a chart's schema. Names the file (and line) where known.
 */
public class ValuesException extends Helm4jException {
    private final String file;
    private final int line;

    public ValuesException(String message) {
        this(message, null, 0, null);
    }

    public ValuesException(String message, Throwable cause) {
        this(message, null, 0, cause);
    }

    public ValuesException(String message, String file, int line, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** The values file at fault, or null. */
    public String file() {
        return file;
    }

    /** 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }
}
