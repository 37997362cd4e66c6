package io.helm4j;

/**
 * Root of every error the SDK raises. Unchecked; carries the process exit code the CLI uses
 * (1 failure, 2 usage) and keeps the cause chain.
 */
public class Helm4jException extends RuntimeException {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final int exitCode;

    public Helm4jException(String message) {
        this(message, null, EXIT_FAILURE);
    }

    public Helm4jException(String message, Throwable cause) {
        this(message, cause, EXIT_FAILURE);
    }

    protected Helm4jException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the command line ends with for this error. */
    public int exitCode() {
        return exitCode;
    }
}
