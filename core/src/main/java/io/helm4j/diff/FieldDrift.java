package io.helm4j.diff;

import java.util.List;

/**
 * One field that differs from what the release applied: the release's value and the live one (null where
 * absent; Secret values masked unless shown), and who changed it, from the object's managedFields
 * ({@code kubectl-edit (Update)}, {@code kubectl (Update, scale)}; empty when no manager owns the field now,
 * as after a field was removed by hand). {@code ignoredBy} names the rule that ignores it, else null.
 */
public record FieldDrift(String path, Object applied, Object live, List<String> changedBy, String ignoredBy) {
    public FieldDrift {
        changedBy = List.copyOf(changedBy);
    }
}
