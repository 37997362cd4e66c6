package io.helm4j.engine;

import io.helm4j.gostd.Strings;
import io.helm4j.gotemplate.TemplateExecException;
import io.helm4j.gotemplate.TemplateParseException;
import java.util.ArrayList;
import java.util.List;
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
        String traced = traced(e);
        return new RenderException(traced == null ? e.getMessage() : traced, inner.parseName(), inner.line(),
                inner.column(), src, e);
    }

    /**
     * Helm 4's several-line form of an execution error ({@code reformatExecErrorMsg}): Go's error chain, followed
     * through {@code errors.Unwrap}, read level by level as a {@code TraceableError} (location, {@code executing
     * "NAME" at <NODE>:}, message), a level equal to the one before it left out, each printed on its lines.
     * Null when a level of the chain is not a template error text: Helm then keeps Go's one-line text. In Go only
     * {@code error calling NAME: %w} wraps (text/template's {@code evalCall}): below it lies the function's own
     * error, which is the included template's ExecError for {@code include}, or Go's {@code no template} error
     * (it ends the chain); every other function error (tpl's, Sprig's, the builtins') is no template text.
     */
    static String traced(TemplateExecException e) {
        List<Traceable> levels = new ArrayList<>();
        Throwable current = e;
        while (current != null) {
            Traceable t = Traceable.parse(current.getMessage());
            if (t == null) {
                return null;
            }
            if (levels.isEmpty() || !levels.get(levels.size() - 1).equals(t)) {
                levels.add(t);
            }
            current = unwrap(current);
        }
        StringBuilder sb = new StringBuilder();
        levels.forEach(t -> t.appendTo(sb));
        return Strings.trimSpace(sb.toString());
    }

    /**
     * The error Go's {@code errors.Unwrap} gives for the error {@code t} stands for: the function's error below
     * {@code error calling NAME: %w} (a builtin's, which helm4j does not keep, stands for a plain Go error), else
     * none (Go's {@code errorf} without {@code %w}, {@code no template}, a function's plain error).
     */
    private static Throwable unwrap(Throwable t) {
        if (t instanceof TemplateExecException x && x.detail().startsWith("error calling ")) {
            return x.getCause() != null ? x.getCause() : PLAIN;
        }
        return null;
    }

    /** Stands for a Go error whose text helm4j does not keep, and which is no template error text. */
    private static final Throwable PLAIN = new RuntimeException("", null, false, false) {
    };

    /** Helm's {@code TraceableError}, read from an error text as its {@code parseTemplateExecErrorString}. */
    record Traceable(String location, String message, String executedFunction) {
        static Traceable parse(String s) {
            String prefix = "template: ";
            if (s == null || !s.startsWith(prefix)) {
                return null;
            }
            String remainder = s.substring(prefix.length());
            if (remainder.startsWith("no template ")) {
                return new Traceable("", s, "");
            }
            Traceable t = executingAt(remainder);
            if (t != null) {
                return t;
            }
            int sep = remainder.lastIndexOf(": ");
            if (sep < 0) {
                return null;
            }
            return new Traceable(remainder.substring(0, sep), cutChained(remainder.substring(sep + 2)), "");
        }

        /** {@code NAME: executing "FUNC" at <NODE>: MESSAGE}, or null when the text is not of that form. */
        private static Traceable executingAt(String remainder) {
            int cut = remainder.indexOf(": executing ");
            if (cut < 0) {
                return null;
            }
            String name = remainder.substring(0, cut);
            String after = remainder.substring(cut + ": executing ".length());
            if (after.isEmpty() || after.charAt(0) != '"') {
                return null;
            }
            int endQuote = after.indexOf('"', 1);
            if (endQuote < 0) {
                return null;
            }
            String function = after.substring(1, endQuote);
            String afterFunc = after.substring(endQuote + 1);
            if (!afterFunc.startsWith(" at <")) {
                return null;
            }
            String afterAt = afterFunc.substring(" at <".length());
            int end = afterAt.indexOf(">: ");
            if (end < 0) {
                return null;
            }
            return new Traceable(name, cutChained(afterAt.substring(end + 3)),
                    "executing \"" + function + "\" at <" + afterAt.substring(0, end) + ">:");
        }

        /** The message up to the next chained error ({@code " template:"}). */
        private static String cutChained(String message) {
            int cut = message.indexOf(" template:");
            return cut < 0 ? message : message.substring(0, cut);
        }

        void appendTo(StringBuilder sb) {
            if (!location.isEmpty()) {
                sb.append(location).append("\n  ");
            }
            if (!executedFunction.isEmpty()) {
                sb.append(executedFunction).append("\n    ");
            }
            if (!message.isEmpty()) {
                sb.append(message).append('\n');
            }
        }
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
