package io.helm4j.kube.status;

import io.helm4j.kube.Resource;

/** kstatus's rules for the pod controllers: Deployment, ReplicaSet, StatefulSet, DaemonSet. */
final class WorkloadRules {
    private static final long NO_PROGRESS_DEADLINE = Integer.MAX_VALUE;

    private WorkloadRules() {
    }

    static StatusResult deployment(Resource r) {
        boolean progressing = Fields.integer(r, NO_PROGRESS_DEADLINE, "spec", "progressDeadlineSeconds") == NO_PROGRESS_DEADLINE;
        boolean available = false;
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.type().equals("Progressing")) {
                if (c.reason().equals("ProgressDeadlineExceeded")) {
                    return StatusResult.failed(c.reason(), "Progress deadline exceeded");
                }
                if (c.status().equals("True") && c.reason().equals("NewReplicaSetAvailable")) {
                    progressing = true;
                }
            } else if (c.is("Available", "True")) {
                available = true;
            }
        }
        long spec = Fields.integer(r, 1, "spec", "replicas");
        long replicas = Fields.integer(r, 0, "status", "replicas");
        long updated = Fields.integer(r, 0, "status", "updatedReplicas");
        long ready = Fields.integer(r, 0, "status", "readyReplicas");
        long availableReplicas = Fields.integer(r, 0, "status", "availableReplicas");
        if (spec > replicas) {
            return StatusResult.inProgress("LessReplicas", "Replicas: " + replicas + "/" + spec);
        }
        if (spec > updated) {
            return StatusResult.inProgress("LessUpdated", "Updated: " + updated + "/" + spec);
        }
        if (replicas > spec) {
            return StatusResult.inProgress("ExtraPods", "Pending termination: " + (replicas - spec));
        }
        if (updated > availableReplicas) {
            return StatusResult.inProgress("LessAvailable", "Available: " + availableReplicas + "/" + updated);
        }
        if (spec > ready) {
            return StatusResult.inProgress("LessReady", "Ready: " + ready + "/" + spec);
        }
        if (!progressing) {
            return StatusResult.inProgress("ReplicaSetNotAvailable", "ReplicaSet not Available");
        }
        if (!available) {
            return StatusResult.inProgress("DeploymentNotAvailable", "Deployment not Available");
        }
        return StatusResult.current("Deployment is available. Replicas: " + replicas);
    }

    static StatusResult replicaSet(Resource r) {
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.is("ReplicaFailure", "True")) {
                return StatusResult.inProgress("ReplicaFailure", "Replica Failure condition. Check Pods");
            }
        }
        long spec = Fields.integer(r, 1, "spec", "replicas");
        long replicas = Fields.integer(r, 0, "status", "replicas");
        long ready = Fields.integer(r, 0, "status", "readyReplicas");
        long available = Fields.integer(r, 0, "status", "availableReplicas");
        long labelled = Fields.integer(r, 0, "status", "fullyLabeledReplicas");
        if (spec > labelled) {
            return StatusResult.inProgress("LessLabelled", "Labelled: " + labelled + "/" + spec);
        }
        if (spec > available) {
            return StatusResult.inProgress("LessAvailable", "Available: " + available + "/" + spec);
        }
        if (spec > ready) {
            return StatusResult.inProgress("LessReady", "Ready: " + ready + "/" + spec);
        }
        if (replicas > spec) {
            return StatusResult.inProgress("ExtraPods", "Pending termination: " + (replicas - spec));
        }
        return StatusResult.current("ReplicaSet is available. Replicas: " + replicas);
    }

    static StatusResult statefulSet(Resource r) {
        if (Fields.string(r, "", "spec", "updateStrategy", "type").equals("OnDelete")) {
            return StatusResult.current("StatefulSet is using the ondelete update strategy");
        }
        long spec = Fields.integer(r, 1, "spec", "replicas");
        long ready = Fields.integer(r, 0, "status", "readyReplicas");
        long current = Fields.integer(r, 0, "status", "currentReplicas");
        long updated = Fields.integer(r, 0, "status", "updatedReplicas");
        long replicas = Fields.integer(r, 0, "status", "replicas");
        long partition = Fields.integer(r, -1, "spec", "updateStrategy", "rollingUpdate", "partition");
        if (spec > replicas) {
            return StatusResult.inProgress("LessReplicas", "Replicas: " + replicas + "/" + spec);
        }
        if (spec > ready) {
            return StatusResult.inProgress("LessReady", "Ready: " + ready + "/" + spec);
        }
        if (replicas > spec) {
            return StatusResult.inProgress("ExtraPods", "Pending termination: " + (replicas - spec));
        }
        if (partition != -1) {
            if (updated < spec - partition) {
                return StatusResult.inProgress("PartitionRollout", "updated: " + updated + "/" + (spec - partition));
            }
            return StatusResult.current("Partition rollout complete. updated: " + updated);
        }
        if (spec > current) {
            return StatusResult.inProgress("LessCurrent", "current: " + current + "/" + spec);
        }
        String currentRevision = Fields.string(r, "", "status", "currentRevision");
        String updateRevision = Fields.string(r, "", "status", "updateRevision");
        if (!currentRevision.equals(updateRevision)) {
            return StatusResult.inProgress("RevisionMismatch", "Waiting for updated revision to match current");
        }
        return StatusResult.current("All replicas scheduled as expected. Replicas: " + replicas);
    }

    static StatusResult daemonSet(Resource r) {
        if (!Fields.present(r, "metadata", "generation")) {
            String m = r.kind() + " metadata.generation not found";
            return StatusResult.inProgress("NoGeneration", m);
        }
        if (!Fields.present(r, "status", "observedGeneration")) {
            String m = r.kind() + " status.observedGeneration not found";
            return StatusResult.inProgress("NoObservedGeneration", m);
        }
        long desired = Fields.integer(r, -1, "status", "desiredNumberScheduled");
        long current = Fields.integer(r, 0, "status", "currentNumberScheduled");
        long updated = Fields.integer(r, 0, "status", "updatedNumberScheduled");
        long available = Fields.integer(r, 0, "status", "numberAvailable");
        long ready = Fields.integer(r, 0, "status", "numberReady");
        if (desired == -1) {
            return StatusResult.inProgress("NoDesiredNumber", "Missing .status.desiredNumberScheduled");
        }
        if (desired > current) {
            return StatusResult.inProgress("LessCurrent", "Current: " + current + "/" + desired);
        }
        if (desired > updated) {
            return StatusResult.inProgress("LessUpdated", "Updated: " + updated + "/" + desired);
        }
        if (desired > available) {
            return StatusResult.inProgress("LessAvailable", "Available: " + available + "/" + desired);
        }
        if (desired > ready) {
            return StatusResult.inProgress("LessReady", "Ready: " + ready + "/" + desired);
        }
        return StatusResult.current("All replicas scheduled as expected. Replicas: " + desired);
    }
}
