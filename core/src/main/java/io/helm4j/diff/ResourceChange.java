package io.helm4j.diff;

import io.helm4j.kube.ResourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One object's change: its reference, the change, the object before and after as YAML (empty where the
 * object is absent; Secret values masked unless shown), the fields that change, and the field conflicts
 * the real apply would hit. {@code suppressed} is true for a kind whose content is not to be shown
 * ({@code --suppress KIND}, {@code --suppress-secrets}).
 */
public record ResourceChange(ResourceRef ref, ChangeType type, String before, String after, List<FieldChange> fields,
        List<FieldConflict> conflicts, boolean suppressed) {
    public ResourceChange {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        fields = List.copyOf(fields);
        conflicts = List.copyOf(conflicts);
    }

    /** The object as the helm-diff plugin names it: {@code NAMESPACE, NAME, KIND (GROUP)}, {@code (v1)} for the core group. */
    public String key() {
        String api = ref.gvk().group().isEmpty() ? ref.gvk().version() : ref.gvk().group();
        return ref.namespace() + ", " + ref.name() + ", " + ref.gvk().kind() + " (" + api + ")";
    }

    public ResourceChange withSuppressed(boolean s) {
        return new ResourceChange(ref, type, before, after, fields, conflicts, s);
    }
}
