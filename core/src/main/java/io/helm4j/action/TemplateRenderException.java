package io.helm4j.action;

import io.helm4j.Helm4jException;

/**
 * Rendering failed after the release was prepared: Helm's {@code template} command then adds a hint about
 * {@code --debug}, and with {@code --debug} prints what it rendered so far ({@link #partialOutput()}) before the
 * error. Install and upgrade add no hint.
 */
public class TemplateRenderException extends Helm4jException {
    static final String DEBUG_HINT = "\n\nUse --debug flag to render out invalid YAML";

    private final String partialOutput;

    TemplateRenderException(Helm4jException cause, boolean debugHint, String partialOutput) {
        super(debugHint ? cause.getMessage() + DEBUG_HINT : cause.getMessage(), cause);
        this.partialOutput = partialOutput;
    }

    /** What {@code helm template --debug} prints on stdout before the error. */
    public String partialOutput() {
        return partialOutput;
    }
}
