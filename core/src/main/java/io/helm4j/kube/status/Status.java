package io.helm4j.kube.status;

/** kstatus's status of an object, as sigs.k8s.io/cli-utils names it ({@link #text()}). */
public enum Status {
    IN_PROGRESS("InProgress"),
    FAILED("Failed"),
    CURRENT("Current"),
    TERMINATING("Terminating"),
    NOT_FOUND("NotFound"),
    UNKNOWN("Unknown");

    private final String text;

    Status(String text) {
        this.text = text;
    }

    /** The name kstatus prints ({@code InProgress}, {@code Current}...). */
    public String text() {
        return text;
    }
}
