package io.helm4j.kube;

/**
 * Helm's {@code IsReachable} failed: the server's version could not be read ({@code kubernetes cluster unreachable:
 * Get "http://localhost:8080/version": dial tcp 127.0.0.1:8080: connect: connection refused}). The code and reason
 * are those of the failed request (0 and empty when nothing answered).
 */
public class ClusterUnreachableException extends KubeException {
    public ClusterUnreachableException(int code, String reason, String message, Throwable cause) {
        super(code, reason, message, cause);
    }
}
