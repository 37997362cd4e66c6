package io.helm4j.kube.status;

import io.helm4j.kube.Resource;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** kstatus's rules for the built-in kinds whose status needs more than the generic rules ({@code legacyTypes}). */
final class KindRules {
    /** How long a Pod may stay unscheduled before kstatus calls it Failed. */
    static final Duration SCHEDULE_WINDOW = Duration.ofSeconds(15);

    private KindRules() {
    }

    static BiFunction<Resource, Instant, StatusResult> of(String group, String kind) {
        String key = group.isEmpty() ? kind : group + "/" + kind;
        return switch (key) {
            case "Service" -> (r, now) -> service(r);
            case "Pod" -> KindRules::pod;
            case "Secret", "ConfigMap", "batch/CronJob" -> (r, now) -> StatusResult.current("Resource is always ready");
            case "PersistentVolumeClaim" -> (r, now) -> pvc(r);
            case "apps/StatefulSet" -> (r, now) -> WorkloadRules.statefulSet(r);
            case "apps/DaemonSet", "extensions/DaemonSet" -> (r, now) -> WorkloadRules.daemonSet(r);
            case "apps/Deployment", "extensions/Deployment" -> (r, now) -> WorkloadRules.deployment(r);
            case "apps/ReplicaSet", "extensions/ReplicaSet" -> (r, now) -> WorkloadRules.replicaSet(r);
            case "policy/PodDisruptionBudget" -> (r, now) -> StatusResult.current("AllowedDisruptions has been computed.");
            case "batch/Job" -> (r, now) -> job(r);
            case "apiextensions.k8s.io/CustomResourceDefinition" -> (r, now) -> crd(r);
            case "apiregistration.k8s.io/APIService" -> (r, now) -> apiService(r);
            default -> null;
        };
    }

    static StatusResult service(Resource r) {
        String type = Fields.string(r, "ClusterIP", "spec", "type");
        if (type.equals("LoadBalancer") && Fields.string(r, "", "spec", "clusterIP").isEmpty()) {
            return StatusResult.inProgress("NoIPAssigned", "ClusterIP not set. Service type: LoadBalancer");
        }
        return StatusResult.current("Service is ready");
    }

    static StatusResult pvc(Resource r) {
        String phase = Fields.string(r, "unknown", "status", "phase");
        if (!phase.equals("Bound")) {
            return StatusResult.inProgress("NotBound", "PVC is not Bound. phase: " + phase);
        }
        return StatusResult.current("PVC is Bound");
    }

    static StatusResult pod(Resource r, Instant now) {
        String phase = Fields.string(r, "", "status", "phase");
        switch (phase) {
            case "Succeeded":
                return StatusResult.current("Pod has completed successfully");
            case "Failed":
                return StatusResult.current("Pod has completed, but not successfully");
            case "Running": {
                Fields.Condition ready = Fields.condition(r, "Ready");
                if (ready != null && ready.status().equals("True")) {
                    return StatusResult.current("Pod is Ready");
                }
                List<String> crashing = crashLooping(r);
                if (!crashing.isEmpty()) {
                    return StatusResult.failed("ContainerCrashLooping",
                            "Containers in CrashLoop state: " + String.join(",", crashing));
                }
                return StatusResult.inProgress("PodRunningNotReady", "Pod is running but is not Ready");
            }
            case "Pending": {
                Fields.Condition scheduled = Fields.condition(r, "PodScheduled");
                if (scheduled != null && scheduled.status().equals("False") && scheduled.reason().equals("Unschedulable")) {
                    Instant created = created(r);
                    if (created != null && now.minus(SCHEDULE_WINDOW).isBefore(created)) {
                        return StatusResult.inProgress("PodNotScheduled", "Pod has not been scheduled");
                    }
                    return StatusResult.failed("PodUnschedulable", "Pod could not be scheduled");
                }
                return StatusResult.inProgress("PodPending", "Pod is in the Pending phase");
            }
            case "":
                return StatusResult.inProgress("PodNotObserved", "Pod phase not available");
            default:
                return new StatusResult(Status.UNKNOWN, "UnknownPhase", "unknown phase " + phase);
        }
    }

    private static List<String> crashLooping(Resource r) {
        List<String> names = new ArrayList<>();
        if (r.at("status", "containerStatuses") instanceof List<?> statuses) {
            for (Object o : statuses) {
                if (o instanceof Map<?, ?> cs && cs.get("name") instanceof String name
                        && cs.get("state") instanceof Map<?, ?> state && state.get("waiting") instanceof Map<?, ?> waiting
                        && "CrashLoopBackOff".equals(waiting.get("reason"))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Instant created(Resource r) {
        if (r.at("metadata", "creationTimestamp") instanceof String s) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** kstatus's Job rule: Current once started (Complete or running), Failed on a Failed condition. */
    static StatusResult job(Resource r) {
        long parallelism = Fields.integer(r, 1, "spec", "parallelism");
        long completions = Fields.integer(r, parallelism, "spec", "completions");
        long succeeded = Fields.integer(r, 0, "status", "succeeded");
        long active = Fields.integer(r, 0, "status", "active");
        long failed = Fields.integer(r, 0, "status", "failed");
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.is("Complete", "True")) {
                return StatusResult.current("Job Completed. succeeded: " + succeeded + "/" + completions);
            }
            if (c.is("Failed", "True")) {
                return StatusResult.failed("JobFailed", "Job Failed. failed: " + failed + "/" + completions);
            }
        }
        if (Fields.string(r, "", "status", "startTime").isEmpty()) {
            return StatusResult.inProgress("JobNotStarted", "Job not started");
        }
        return StatusResult.current("Job in progress. success:" + succeeded + ", active: " + active + ", failed: " + failed);
    }

    static StatusResult crd(Resource r) {
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.is("NamesAccepted", "False")) {
                return StatusResult.failed(c.reason(), c.message());
            }
            if (c.type().equals("Established")) {
                if (c.status().equals("False") && !c.reason().equals("Installing")) {
                    return StatusResult.failed(c.reason(), c.message());
                }
                if (c.status().equals("True")) {
                    return StatusResult.current("CRD is established");
                }
            }
        }
        return StatusResult.inProgress("Installing", "Install in progress");
    }

    /**
     * An APIService is Current when its {@code Available} condition is True. kstatus itself has no
     * rule for it (it is Current at once there); helm4j waits for the aggregated API to answer, as
     * {@code kubectl wait --for=condition=Available} does.
     */
    static StatusResult apiService(Resource r) {
        Fields.Condition available = Fields.condition(r, "Available");
        if (available == null || available.status().equals("True")) {
            return StatusResult.current("APIService is available");
        }
        return StatusResult.inProgress(available.reason().isEmpty() ? "NotAvailable" : available.reason(),
                available.message().isEmpty() ? "APIService is not available" : available.message());
    }
}
