package io.helm4j.kube.status;

/**
 * The status of one object: kstatus's status, the reason (a one-word CamelCase cause such as
 * {@code LessReady} or {@code ContainerCrashLooping}; empty when current) and its human message
 * ({@code Ready: 0/1}), the message kstatus reports and Helm prints.
 */
public record StatusResult(Status status, String reason, String message) {
    public StatusResult {
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
    }

    static StatusResult current(String message) {
        return new StatusResult(Status.CURRENT, "", message);
    }

    static StatusResult inProgress(String reason, String message) {
        return new StatusResult(Status.IN_PROGRESS, reason, message);
    }

    static StatusResult failed(String reason, String message) {
        return new StatusResult(Status.FAILED, reason, message);
    }
}
