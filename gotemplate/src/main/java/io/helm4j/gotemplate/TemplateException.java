package io.helm4j.gotemplate;

/** Root of the errors raised while parsing or executing a template. Messages follow Go's format. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
