package io.helm4j.action;

import io.helm4j.release.Release;
import java.util.List;

/**
 * What {@code uninstall} did: the release's last record (null when not found and ignored); the objects kept by
 * {@code helm.sh/resource-policy: keep}, as Helm names them ({@code [Kind] name}); and, as Helm 4.3.2 verifies
 * ownership before it deletes, those left because another release or owner has them ({@code unowned},
 * {@code [Kind] name}) and those whose ownership could not be read ({@code unverifiable}, {@code [Kind] name: error}).
 */
public record UninstallResult(Release release, List<String> kept, List<String> unowned, List<String> unverifiable) {
    public UninstallResult {
        kept = List.copyOf(kept);
        unowned = List.copyOf(unowned);
        unverifiable = List.copyOf(unverifiable);
    }

    /** Nothing left but what the resource policy kept. */
    public UninstallResult(Release release, List<String> kept) {
        this(release, kept, List.of(), List.of());
    }

    /** Helm's {@code UninstallReleaseResponse.Info}: what was left and why, or "" when nothing. */
    public String info() {
        StringBuilder b = new StringBuilder();
        if (!kept.isEmpty()) {
            b.append("These resources were kept due to the resource policy:\n").append(String.join("\n", kept))
                    .append('\n');
        }
        if (!unowned.isEmpty()) {
            b.append(b.isEmpty() ? "" : "\n").append(unowned.size())
                    .append(" resource(s) were not deleted because they are not owned by this release:\n")
                    .append(String.join("\n", unowned)).append('\n');
        }
        if (!unverifiable.isEmpty()) {
            b.append(b.isEmpty() ? "" : "\n").append(unverifiable.size())
                    .append(" resource(s) were not deleted because their ownership could not be verified:\n")
                    .append(String.join("\n", unverifiable)).append('\n');
        }
        return b.toString();
    }
}
