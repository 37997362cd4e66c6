package io.helm4j.diff;

import java.util.Set;

/**
 * How a change set is computed and shown: Secret values in clear ({@code --show-secrets}), kinds whose
 * content is not shown ({@code --suppress KIND}; {@code --suppress-secrets} adds {@code Secret}), for a
 * manifest diff whether manifests are normalized (parsed and written again) before they are compared, and whether
 * every object is sent to the server as a dry run ({@code askServerAlways}), even where the outcome is certain
 * without it ({@link ApplyPrediction}).
 */
public record DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests,
        boolean askServerAlways) {
    public DiffSettings {
        suppressedKinds = Set.copyOf(suppressedKinds);
    }

    /** Settings that let certain outcomes be computed without a dry run. */
    public DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests) {
        this(showSecrets, suppressedKinds, normalizeManifests, false);
    }

    public static DiffSettings defaults() {
        return new DiffSettings(false, Set.of(), false, false);
    }
}
