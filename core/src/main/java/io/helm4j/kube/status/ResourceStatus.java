package io.helm4j.kube.status;

import io.helm4j.kube.ResourceRef;
import java.util.List;

/**
 * The status of one object as a wait last saw it, with {@code pods}: why the pods it owns are not
 * ready ({@link PodDiagnosis#describe}), empty when it owns none or they are fine.
 */
public record ResourceStatus(ResourceRef ref, StatusResult result, List<String> pods) {
    public ResourceStatus {
        pods = List.copyOf(pods);
    }

    /** Helm 4's line for an object not ready, then why its pods are not: {@code resource Deployment/ns/web not ready. status: InProgress, message: Ready: 0/1}. */
    public String describe(String notWhat) {
        String line = "resource " + ref.gvk().kind() + "/" + ref.namespace() + "/" + ref.name() + " " + notWhat
                + ". status: " + result.status().text() + ", message: " + result.message();
        return pods.isEmpty() ? line : line + " (" + String.join("; ", pods) + ")";
    }
}
