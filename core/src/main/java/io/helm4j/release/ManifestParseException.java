package io.helm4j.release;

import io.helm4j.Helm4jException;

/** A rendered template that is not valid YAML ("YAML parse error on chart/templates/x.yaml: ..."). */
public class ManifestParseException extends Helm4jException {
    private final String template;

    public ManifestParseException(String template, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
    }

    public String template() {
        return template;
    }
}
