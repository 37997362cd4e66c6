package io.helm4j.diff;

import java.util.Set;

/**
 * How a change set is computed and shown: Secret values in clear ({@code --show-secrets}) or base64-decoded
 * ({@code showSecretsDecoded}, the helm-diff plugin's {@code --show-secrets-decoded}: a Secret's {@code data} shown
 * as {@code stringData} with the decoded values; it wins over {@code showSecrets}, as in the plugin), kinds whose
 * content is not shown ({@code --suppress KIND}; {@code --suppress-secrets} adds {@code Secret}), for a manifest
 * diff whether manifests are normalized (parsed and written again) before they are compared, and whether every
 * object is sent to the server as a dry run ({@code askServerAlways}), even where the outcome is certain without it
 * ({@link ApplyPrediction}).
 */
public record DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests,
        boolean askServerAlways, boolean showSecretsDecoded) {
    public DiffSettings {
        suppressedKinds = Set.copyOf(suppressedKinds);
    }

    /** Settings with Secret values not decoded. */
    public DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests,
            boolean askServerAlways) {
        this(showSecrets, suppressedKinds, normalizeManifests, askServerAlways, false);
    }

    /** Settings that let certain outcomes be computed without a dry run. */
    public DiffSettings(boolean showSecrets, Set<String> suppressedKinds, boolean normalizeManifests) {
        this(showSecrets, suppressedKinds, normalizeManifests, false, false);
    }

    public static DiffSettings defaults() {
        return new DiffSettings(false, Set.of(), false, false, false);
    }

    /** These settings with Secret values shown base64-decoded (or not). */
    public DiffSettings withSecretsDecoded(boolean decoded) {
        return new DiffSettings(showSecrets, suppressedKinds, normalizeManifests, askServerAlways, decoded);
    }
}
