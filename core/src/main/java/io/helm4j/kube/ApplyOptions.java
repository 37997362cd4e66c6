package io.helm4j.kube;

import java.util.Objects;

/**
 * Server-side apply: the field manager ({@code helm} for Helm), whether conflicts with other
 * managers are forced, field validation ({@code Strict} for Helm) and server dry run.
 */
public record ApplyOptions(String fieldManager, boolean force, FieldValidation fieldValidation, boolean dryRun) {
    public ApplyOptions {
        Objects.requireNonNull(fieldManager, "fieldManager");
        Objects.requireNonNull(fieldValidation, "fieldValidation");
        if (fieldManager.isEmpty()) {
            throw new IllegalArgumentException("server-side apply needs a field manager");
        }
    }

    /** Helm's defaults: manager {@code helm}, no force, strict validation, no dry run. */
    public static ApplyOptions helm() {
        return new ApplyOptions("helm", false, FieldValidation.STRICT, false);
    }

    public ApplyOptions withForce(boolean f) {
        return new ApplyOptions(fieldManager, f, fieldValidation, dryRun);
    }

    public ApplyOptions withDryRun(boolean d) {
        return new ApplyOptions(fieldManager, force, fieldValidation, d);
    }

    public ApplyOptions withFieldManager(String m) {
        return new ApplyOptions(m, force, fieldValidation, dryRun);
    }
}
