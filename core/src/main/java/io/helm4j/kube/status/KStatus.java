package io.helm4j.kube.status;

import io.helm4j.kube.Resource;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * kstatus's {@code status.Compute} (sigs.k8s.io/cli-utils, as Helm 4 vendors it): the status of one
 * object read from the cluster. First the rules every kind shares: an object being deleted is
 * {@code Terminating}; one whose controller has not seen its latest {@code metadata.generation} is
 * {@code InProgress}; a {@code Reconciling=True} condition makes it {@code InProgress} and a
 * {@code Stalled=True} one {@code Failed}. Then the rules of its kind ({@link KindRules}); then, for
 * other kinds, a {@code Ready} condition; with none of these the object is {@code Current}.
 *
 * <p>{@code now} is the time the object was read (a Pod pending as unschedulable is given 15 s
 * before it is reported {@code Failed}).
 */
public final class KStatus {
    private KStatus() {
    }

    public static StatusResult compute(Resource r, Instant now) {
        StatusResult generic = generic(r);
        if (generic != null) {
            return generic;
        }
        BiFunction<Resource, Instant, StatusResult> rule = KindRules.of(r.gvk().group(), r.kind());
        if (rule != null) {
            return rule.apply(r, now);
        }
        StatusResult ready = readyCondition(r);
        return ready != null ? ready : StatusResult.current("Resource is current");
    }

    /** kstatus's {@code checkGenericProperties}: deletion, generation, and the standard conditions. */
    static StatusResult generic(Resource r) {
        if (r.at("metadata", "deletionTimestamp") instanceof String s && !s.isEmpty()) {
            return new StatusResult(Status.TERMINATING, "", "Resource scheduled for deletion");
        }
        if (Fields.present(r, "metadata", "generation") && Fields.present(r, "status", "observedGeneration")) {
            long generation = Fields.integer(r, 0, "metadata", "generation");
            long observed = Fields.integer(r, 0, "status", "observedGeneration");
            if (generation != observed) {
                return StatusResult.inProgress("LatestGenerationNotObserved", r.kind() + " generation is " + generation
                        + ", but latest observed generation is " + observed);
            }
        }
        for (Fields.Condition c : Fields.conditions(r)) {
            if (c.is("Reconciling", "True")) {
                return StatusResult.inProgress(c.reason(), c.message());
            }
            if (c.is("Stalled", "True")) {
                return StatusResult.failed(c.reason(), c.message());
            }
        }
        return null;
    }

    private static StatusResult readyCondition(Resource r) {
        for (Fields.Condition c : Fields.conditions(r)) {
            if (!c.type().equals("Ready")) {
                continue;
            }
            switch (c.status()) {
                case "True" -> {
                    return StatusResult.current("Resource is Ready");
                }
                case "False", "Unknown" -> {
                    return StatusResult.inProgress(c.reason(), c.message());
                }
                default -> {
                    // kstatus ignores other values
                }
            }
        }
        return null;
    }
}
