package io.helm4j.gotemplate;

/** An error returned by a builtin function; reported as {@code error calling NAME: MESSAGE}. */
final class CallError extends RuntimeException {
    CallError(String message) {
        super(message, null, false, false);
    }
}
