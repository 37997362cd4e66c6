package io.helm4j;

/** The caller asked for something contradictory or malformed (bad flag combination, bad argument). Exit code 2. */
public class UsageException extends Helm4jException {
    public UsageException(String message) {
        super(message, null, EXIT_USAGE);
    }
}
