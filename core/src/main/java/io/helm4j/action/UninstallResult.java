package io.helm4j.action;

import io.helm4j.release.Release;
import java.util.List;

/**
 * What {@code uninstall} did: the release's last record (null when not found and ignored), and the
 * objects kept by {@code helm.sh/resource-policy: keep}, as Helm names them ({@code [Kind] name}).
 */
public record UninstallResult(Release release, List<String> kept) {
    public UninstallResult {
        kept = List.copyOf(kept);
    }

    /** Helm's {@code UninstallReleaseResponse.Info}: the kept objects, or "" when none. */
    public String info() {
        if (kept.isEmpty()) {
            return "";
        }
        return "These resources were kept due to the resource policy:\n" + String.join("\n", kept) + "\n";
    }
}
