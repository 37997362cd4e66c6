package io.helm4j.yaml;

import io.helm4j.Helm4jException;

/**
 * A YAML or JSON document Helm would reject, with the message Helm prints (for example
 * {@code error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context}).
 * {@link #line()} is the line go-yaml names in the message, or -1 when it names none.
 */
public class YamlException extends Helm4jException {
    private final int line;

    public YamlException(String message, int line) {
        super(message);
        this.line = line;
    }

    public YamlException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line number in the message (as go-yaml counts it), or -1. */
    public int line() {
        return line;
    }
}
