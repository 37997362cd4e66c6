package io.helm4j.kube;

import io.helm4j.Helm4jException;

/**
 * The API server refused a request, or could not be reached. Carries the HTTP status code (0 when
 * there was no answer) and the {@code reason} of the Kubernetes Status ({@code NotFound},
 * {@code Forbidden}, {@code Conflict}...; empty when the answer was not a Status). The message is the
 * Status message, as client-go and therefore Helm print it.
 */
public class KubeException extends Helm4jException {
    private final int code;
    private final String reason;

    public KubeException(int code, String reason, String message) {
        this(code, reason, message, null);
    }

    public KubeException(int code, String reason, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason == null ? "" : reason;
    }

    /** The HTTP status code, or 0 when the server did not answer. */
    public int code() {
        return code;
    }

    /** The Status reason ({@code NotFound}, {@code Forbidden}, {@code Conflict}, {@code Invalid}...). */
    public String reason() {
        return reason;
    }

    /** Helm's {@code apierrors.IsNotFound}. */
    public boolean isNotFound() {
        return "NotFound".equals(reason) || code == 404 && reason.isEmpty();
    }
}
