package io.helm4j.diff;

import java.util.Set;

/**
 * How a change set is computed and shown: Secret values in clear ({@code --show-secrets}), kinds whose
 * content is not shown ({@code --suppress KIND}; {@code --suppress-secrets} adds {@code Secret}), and, for a
 * manifest diff, whether manifests are normalized (parsed and written again) before they are compared.
 */
public record DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests) {
    public DiffSettings {
        suppressedKinds = Set.copyOf(suppressedKinds);
    }

    public static DiffSettings defaults() {
        return new DiffSettings(false, Set.of(), false);
    }
}
