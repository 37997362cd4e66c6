package io.helm4j.gotemplate;

/**
 * A template that does not parse. {@link #getMessage()} is Go's text, e.g.
 * {@code template: x.yaml:3: unexpected "}" in operand}.
 */
public final class TemplateParseException extends TemplateException {
    private final String templateName;
    private final int line;
    private final String detail;

    public TemplateParseException(String templateName, int line, String detail) {
        super("template: " + templateName + ":" + line + ": " + detail);
        this.templateName = templateName;
        this.line = line;
        this.detail = detail;
    }

    /** The name the text was parsed under. */
    public String templateName() {
        return templateName;
    }

    /** 1-based line of the error. */
    public int line() {
        return line;
    }

    /** The message without the {@code template: NAME:LINE: } prefix. */
    public String detail() {
        return detail;
    }
}
