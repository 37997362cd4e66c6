package io.helm4j.kube;

import java.util.Objects;

/** Create: the field manager recorded in managedFields, field validation, and server dry run. */
public record WriteOptions(String fieldManager, FieldValidation fieldValidation, boolean dryRun) {
    public WriteOptions {
        Objects.requireNonNull(fieldManager, "fieldManager");
        Objects.requireNonNull(fieldValidation, "fieldValidation");
    }

    /** Helm's defaults: manager {@code helm}, strict validation. */
    public static WriteOptions helm() {
        return new WriteOptions("helm", FieldValidation.STRICT, false);
    }

    /**
     * Helm's client-side writes (a create or a patch through cli-runtime's helper, which names no field validation):
     * manager {@code helm}, the server's default validation ({@code Warn}: unknown fields dropped with a warning).
     */
    public static WriteOptions clientSide() {
        return new WriteOptions("helm", FieldValidation.WARN, false);
    }

    public WriteOptions withDryRun(boolean d) {
        return new WriteOptions(fieldManager, fieldValidation, d);
    }
}
