package io.helm4j.gotemplate;

/** Thrown by a {@link TemplateFunction} whose argument does not fit its parameter, worded as Go words it. */
public final class FunctionArgumentException extends RuntimeException {
    public FunctionArgumentException(String message) {
        super(message);
    }
}
