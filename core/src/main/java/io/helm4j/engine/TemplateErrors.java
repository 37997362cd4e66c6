package io.helm4j.engine;

import io.helm4j.gotemplate.TemplateExecException;
import io.helm4j.gotemplate.TemplateParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewords template errors as Helm's engine does ({@code cleanupParseError}, {@code reformatExecErrorMsg}). */
final class TemplateErrors {
    private static final Pattern WARN = Pattern.compile(
            HelmFunctions.WARN_START + "(.*)" + HelmFunctions.WARN_END, Pattern.DOTALL);

    private TemplateErrors() {
    }

    static RenderException parseError(String filename, TemplateParseException e, Map<String, String> sources) {
        String[] tokens = e.getMessage().split(": ", -1);
        String message;
        if (tokens.length == 1) {
            message = "parse error in (" + filename + "): " + e.getMessage();
        } else {
            message = "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
        }
        return new RenderException(message, e.templateName(), e.line(), 0,
                sourceLine(sources.get(e.templateName()), e.line()), e);
    }

    static RenderException execError(String filename, TemplateExecException e, Map<String, String> sources) {
        TemplateExecException inner = innermost(e);
        String src = sourceLine(sources.get(inner.parseName()), inner.line());
        String[] tokens = e.getMessage().split(": ", 3);
        if (tokens.length != 3) {
            return new RenderException("execution error in (" + filename + "): " + e.getMessage(),
                    inner.parseName(), inner.line(), inner.column(), src, e);
        }
        Matcher m = WARN.matcher(tokens[2]);
        if (m.find()) {
            return new RenderException("execution error at (" + tokens[1] + "): " + m.group(1), inner.parseName(),
                    inner.line(), inner.column(), src, e);
        }
        return new RenderException(e.getMessage(), inner.parseName(), inner.line(), inner.column(), src, e);
    }

    private static TemplateExecException innermost(TemplateExecException e) {
        TemplateExecException found = e;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof TemplateExecException x && x.line() > 0) {
                found = x;
            }
        }
        return found;
    }

    private static String sourceLine(String text, int line) {
        if (text == null || line <= 0) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }
}
