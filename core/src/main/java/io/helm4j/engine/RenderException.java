package io.helm4j.engine;

import io.helm4j.Helm4jException;

/**
 * A template that failed to parse or execute. The message is Helm's; the structured fields say
 * where: the template (as named in the chart tree), 1-based line and column (0 when unknown), and
 * the text of that source line when known.
 */
public class RenderException extends Helm4jException {
    private final String template;
    private final int line;
    private final int column;
    private final String sourceLine;

    public RenderException(String message, String template, int line, int column, String sourceLine,
            Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    /** The chart name at the root of {@link #template()}. */
    public String chart() {
        if (template == null) {
            return null;
        }
        int i = template.indexOf('/');
        return i < 0 ? template : template.substring(0, i);
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The offending source line, or null. */
    public String sourceLine() {
        return sourceLine;
    }

    /** The source line with a caret under the column, for humans; empty when unknown. */
    public String excerpt() {
        if (sourceLine == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(template).append(':').append(line).append('\n').append(sourceLine).append('\n');
        if (column > 0) {
            for (int i = 1; i < column && i <= sourceLine.length(); i++) {
                sb.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            sb.append('^').append('\n');
        }
        return sb.toString();
    }
}
