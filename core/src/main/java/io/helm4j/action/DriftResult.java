package io.helm4j.action;

import io.helm4j.diff.DriftReport;
import io.helm4j.kube.ResourceRef;
import java.util.List;

/**
 * What {@code drift} found ({@code report}: the plan, when correcting), the objects re-applied with
 * {@code correct}, and the drift left after the correction (null when nothing was corrected).
 */
public record DriftResult(DriftReport report, List<ResourceRef> corrected, DriftReport after) {
    public DriftResult {
        corrected = List.copyOf(corrected);
    }
}
