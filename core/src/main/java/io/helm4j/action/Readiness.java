package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an object is ready, a first step towards kstatus's rules: a Deployment whose controller saw
 * its generation and whose updated and available replicas reach the desired count; a StatefulSet
 * whose ready and updated replicas do; a DaemonSet whose ready and updated pods equal the desired
 * number scheduled; a ReplicaSet whose available replicas do; a Pod running and Ready (or
 * succeeded); a Job complete; a PersistentVolumeClaim bound; a CustomResourceDefinition
 * established. Every other kind is ready once it exists. Also the end of a hook: a Job complete or
 * failed, a Pod succeeded or failed.
 */
final class Readiness {
    private static final Duration POLL = Duration.ofMillis(250);

    private Readiness() {
    }

    /** Waits until every object is ready; an error naming the first one that is not when time is up. */
    static void waitFor(KubeClient kube, List<ResourceRef> refs, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ResourceRef ref : refs) {
            while (true) {
                Optional<Resource> r = kube.get(ref);
                if (r.isPresent() && ready(r.get())) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new Helm4jException("resource not ready, name: " + ref.name() + ", kind: " + ref.gvk().kind()
                            + ", status: InProgress: context deadline exceeded");
                }
                sleep();
            }
        }
    }

    /** Waits for a hook object to finish; true when it succeeded, false when it failed. */
    static boolean waitForHook(KubeClient kube, ResourceRef ref, Duration timeout) {
        String kind = ref.gvk().kind();
        if (!kind.equals("Job") && !kind.equals("Pod")) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Resource> r = kube.get(ref);
            if (r.isPresent()) {
                Resource o = r.get();
                if (kind.equals("Job") ? condition(o, "Complete") : "Succeeded".equals(o.at("status", "phase"))) {
                    return true;
                }
                if (kind.equals("Job") ? condition(o, "Failed") : "Failed".equals(o.at("status", "phase"))) {
                    return false;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new Helm4jException("timed out waiting for the condition");
            }
            sleep();
        }
    }

    static boolean ready(Resource r) {
        return switch (r.kind()) {
            case "Deployment" -> observed(r) && num(r, "status", "updatedReplicas") >= replicas(r)
                    && num(r, "status", "availableReplicas") >= replicas(r);
            case "StatefulSet" -> observed(r) && num(r, "status", "readyReplicas") >= replicas(r)
                    && num(r, "status", "updatedReplicas") >= replicas(r);
            case "ReplicaSet" -> observed(r) && num(r, "status", "availableReplicas") >= replicas(r);
            case "DaemonSet" -> observed(r)
                    && num(r, "status", "numberReady") >= num(r, "status", "desiredNumberScheduled")
                    && num(r, "status", "updatedNumberScheduled") >= num(r, "status", "desiredNumberScheduled");
            case "Pod" -> "Succeeded".equals(r.at("status", "phase"))
                    || "Running".equals(r.at("status", "phase")) && condition(r, "Ready");
            case "Job" -> condition(r, "Complete");
            case "PersistentVolumeClaim" -> "Bound".equals(r.at("status", "phase"));
            case "CustomResourceDefinition" -> condition(r, "Established");
            default -> true;
        };
    }

    private static boolean observed(Resource r) {
        Object gen = r.at("metadata", "generation");
        return gen == null || num(r, "status", "observedGeneration") >= ((Number) gen).longValue();
    }

    private static long replicas(Resource r) {
        Object v = r.at("spec", "replicas");
        return v instanceof Number n ? n.longValue() : 1;
    }

    private static long num(Resource r, String... path) {
        return r.at(path) instanceof Number n ? n.longValue() : 0;
    }

    static boolean condition(Resource r, String type) {
        if (r.at("status", "conditions") instanceof List<?> conditions) {
            for (Object c : conditions) {
                if (c instanceof Map<?, ?> m && type.equals(m.get("type")) && "True".equals(m.get("status"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("interrupted while waiting", e);
        }
    }
}
