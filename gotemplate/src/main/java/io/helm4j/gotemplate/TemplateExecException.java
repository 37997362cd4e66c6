package io.helm4j.gotemplate;

/**
 * A failure while executing a template. {@link #getMessage()} is Go's text:
 * {@code template: NAME:LINE:COL: executing "NAME" at <NODE>: DETAIL}.
 */
public final class TemplateExecException extends TemplateException {
    private final String parseName;
    private final int line;
    private final int column;
    private final String executingName;
    private final String node;
    private final String detail;

    public TemplateExecException(String parseName, int line, int column, String executingName, String node,
            String detail, Throwable cause) {
        super(format(parseName, line, column, executingName, node, detail), cause);
        this.parseName = parseName;
        this.line = line;
        this.column = column;
        this.executingName = executingName;
        this.node = node;
        this.detail = detail;
    }

    private static String format(String parseName, int line, int column, String executingName, String node,
            String detail) {
        StringBuilder sb = new StringBuilder("template: ").append(parseName).append(':').append(line);
        if (column > 0) {
            sb.append(':').append(column);
        }
        sb.append(": executing \"").append(executingName).append('"');
        if (node != null) {
            sb.append(" at <").append(node).append('>');
        }
        return sb.append(": ").append(detail).toString();
    }

    /** Name of the template text in which the failing node was parsed (Go's ParseName). */
    public String parseName() {
        return parseName;
    }

    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The template being executed when the error happened. */
    public String executingName() {
        return executingName;
    }

    /** The failing node as Go prints it (without the angle brackets), or null. */
    public String node() {
        return node;
    }

    /** The message after the location prefix, e.g. {@code error calling required: x is required}. */
    public String detail() {
        return detail;
    }
}
