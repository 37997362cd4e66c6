package io.helm4j.kube.status;

import io.helm4j.kube.Resource;

/**
 * Helm 4's own status rules for what it waits on to finish rather than to run
 * ({@code internal/statusreaders}): a Job is {@code Current} only once complete ({@code Failed} on a
 * Failed condition), a Pod once succeeded ({@code Failed} when failed). Hooks are waited for with
 * these (every other kind of hook is current at once); {@code --wait-for-jobs} uses the Job rule on
 * top of {@link KStatus}.
 */
public final class HookRules {
    private HookRules() {
    }

    /** The status of a hook object (Helm's {@code WatchUntilReady}). */
    public static StatusResult hook(Resource r) {
        return switch (r.gvk().group() + "/" + r.kind()) {
            case "batch/Job" -> job(r);
            case "/Pod" -> pod(r);
            default -> StatusResult.current("Resource is current");
        };
    }

    /** Helm's Job rule: Current only when complete. */
    public static StatusResult job(Resource r) {
        long parallelism = Fields.integer(r, 1, "spec", "parallelism");
        long completions = Fields.integer(r, parallelism, "spec", "completions");
        long succeeded = Fields.integer(r, 0, "status", "succeeded");
        long failed = Fields.integer(r, 0, "status", "failed");
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.is("Complete", "True")) {
                return StatusResult.current("Job Completed. succeeded: " + succeeded + "/" + completions);
            }
            if (c.is("Failed", "True")) {
                return StatusResult.failed("JobFailed", "Job Failed. failed: " + failed + "/" + completions);
            }
        }
        return StatusResult.inProgress("JobInProgress", "Job in progress");
    }

    /** Helm's Pod rule: Current only when succeeded. */
    public static StatusResult pod(Resource r) {
        return switch (Fields.string(r, "", "status", "phase")) {
            case "Succeeded" -> StatusResult.current("pod " + r.name() + " succeeded");
            case "Failed" -> StatusResult.failed("PodFailed", "pod " + r.name() + " failed");
            default -> StatusResult.inProgress("PodInProgress", "Pod in progress");
        };
    }
}
