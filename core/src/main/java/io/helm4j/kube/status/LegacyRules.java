package io.helm4j.kube.status;

import io.helm4j.kube.Resource;
import java.util.List;

/**
 * Helm's readiness checks of {@code --wait=legacy} ({@code pkg/kube/ready.go}), read from the object
 * alone: a Pod Ready; a Job (with {@code --wait-for-jobs}) complete, and failed beyond its backoff
 * limit; a Deployment whose controller saw its generation with its updated replicas in place and
 * at least {@code replicas - maxUnavailable} ready; a PersistentVolumeClaim bound; a Service with a
 * cluster IP (a LoadBalancer with an ingress or an external IP); a DaemonSet and a StatefulSet
 * rolled out; a CustomResourceDefinition established; a ReplicaSet or ReplicationController whose
 * generation was observed. Every other kind is ready.
 */
public final class LegacyRules {
    private LegacyRules() {
    }

    public static StatusResult ready(Resource r, boolean checkJobs) {
        boolean ok = switch (r.gvk().group() + "/" + r.kind()) {
            case "/Pod" -> condTrue(r, "Ready");
            case "batch/Job" -> !checkJobs || jobReady(r);
            case "apps/Deployment" -> deployment(r);
            case "/PersistentVolumeClaim" -> "Bound".equals(r.at("status", "phase"));
            case "/Service" -> service(r);
            case "apps/DaemonSet" -> daemonSet(r);
            case "apiextensions.k8s.io/CustomResourceDefinition" -> condTrue(r, "Established")
                    || Fields.conditions(r).stream().anyMatch(c -> c.is("NamesAccepted", "False"));
            case "apps/StatefulSet" -> statefulSet(r);
            case "apps/ReplicaSet", "/ReplicationController" -> observed(r);
            default -> true;
        };
        if (r.kind().equals("Job") && checkJobs && failedBeyondBackoff(r)) {
            return StatusResult.failed("JobFailed", "job is failed: " + r.namespace() + "/" + r.name());
        }
        return ok ? StatusResult.current(r.kind() + " is ready") : StatusResult.inProgress("NotReady", r.kind() + " is not ready");
    }

    private static boolean failedBeyondBackoff(Resource r) {
        return Fields.integer(r, 0, "status", "failed") > Fields.integer(r, 6, "spec", "backoffLimit");
    }

    private static boolean jobReady(Resource r) {
        if (failedBeyondBackoff(r)) {
            return false;
        }
        return !Fields.present(r, "spec", "completions")
                || Fields.integer(r, 0, "status", "succeeded") >= Fields.integer(r, 0, "spec", "completions");
    }

    private static boolean deployment(Resource r) {
        if (Boolean.TRUE.equals(r.at("spec", "paused"))) {
            return true;
        }
        long replicas = Fields.integer(r, 1, "spec", "replicas");
        long maxUnavailable = scaled(r.at("spec", "strategy", "rollingUpdate", "maxUnavailable"), replicas, false, 0);
        if (!"RollingUpdate".equals(Fields.string(r, "RollingUpdate", "spec", "strategy", "type"))) {
            maxUnavailable = 0;
        } else if (r.at("spec", "strategy", "rollingUpdate", "maxUnavailable") == null) {
            maxUnavailable = scaled("25%", replicas, false, 0);
        }
        return observed(r) && Fields.integer(r, 0, "status", "updatedReplicas") >= replicas
                && Fields.integer(r, 0, "status", "readyReplicas") >= replicas - Math.min(maxUnavailable, replicas);
    }

    private static boolean service(Resource r) {
        String type = Fields.string(r, "ClusterIP", "spec", "type");
        if (type.equals("ExternalName")) {
            return true;
        }
        if (Fields.string(r, "", "spec", "clusterIP").isEmpty()) {
            return false;
        }
        if (type.equals("LoadBalancer")) {
            return r.at("spec", "externalIPs") instanceof List<?> ips && !ips.isEmpty()
                    || r.at("status", "loadBalancer", "ingress") != null;
        }
        return true;
    }

    private static boolean daemonSet(Resource r) {
        if (!observed(r)) {
            return false;
        }
        if (!"RollingUpdate".equals(Fields.string(r, "RollingUpdate", "spec", "updateStrategy", "type"))) {
            return true;
        }
        long desired = Fields.integer(r, 0, "status", "desiredNumberScheduled");
        if (Fields.integer(r, 0, "status", "updatedNumberScheduled") != desired) {
            return false;
        }
        Object mu = r.at("spec", "updateStrategy", "rollingUpdate", "maxUnavailable");
        long maxUnavailable = scaled(mu == null ? 1L : mu, desired, true, desired);
        return Fields.integer(r, 0, "status", "numberReady") >= desired - maxUnavailable;
    }

    private static boolean statefulSet(Resource r) {
        if (!observed(r)) {
            return false;
        }
        if (!"RollingUpdate".equals(Fields.string(r, "RollingUpdate", "spec", "updateStrategy", "type"))) {
            return true;
        }
        long partition = Fields.integer(r, 0, "spec", "updateStrategy", "rollingUpdate", "partition");
        long replicas = Fields.integer(r, 1, "spec", "replicas");
        if (Fields.integer(r, 0, "status", "updatedReplicas") < replicas - partition) {
            return false;
        }
        if (Fields.integer(r, 0, "status", "readyReplicas") != replicas) {
            return false;
        }
        return partition != 0
                || Fields.string(r, "", "status", "currentRevision").equals(Fields.string(r, "", "status", "updateRevision"));
    }

    private static boolean observed(Resource r) {
        return Fields.integer(r, 0, "status", "observedGeneration") == Fields.integer(r, 0, "metadata", "generation");
    }

    private static boolean condTrue(Resource r, String type) {
        return Fields.conditions(r).stream().anyMatch(c -> c.is(type, "True"));
    }

    /** Kubernetes' {@code GetScaledValueFromIntOrPercent}; {@code fallback} when the value is malformed. */
    static long scaled(Object v, long total, boolean roundUp, long fallback) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.endsWith("%")) {
            try {
                double p = Integer.parseInt(s.substring(0, s.length() - 1)) * (double) total / 100;
                return (long) (roundUp ? Math.ceil(p) : Math.floor(p));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
