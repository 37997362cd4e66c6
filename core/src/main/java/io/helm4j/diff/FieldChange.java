package io.helm4j.diff;

/**
 * One field that changes, at a path written as the API server writes field paths in conflicts
 * ({@code .spec.replicas}, {@code .spec.template.spec.containers[name="web"].image}, {@code .spec.ports[0]}).
 * {@code before} is null where the field is added, {@code after} null where it is removed; Secret values
 * are masked unless shown.
 */
public record FieldChange(String path, Object before, Object after) {
}
