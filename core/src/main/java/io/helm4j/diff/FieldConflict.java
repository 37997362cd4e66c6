package io.helm4j.diff;

/** A field the apply would not take without force, because another field manager owns it. */
public record FieldConflict(String manager, String field) {
}
