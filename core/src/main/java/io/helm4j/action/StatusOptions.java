package io.helm4j.action;

/**
 * What {@code helm status} takes: the release, its namespace ("" for the client's), a revision (0: the
 * latest), and whether to read its live resources (Helm 4 does for its table output).
 */
public record StatusOptions(String name, String namespace, int revision, boolean showResources) {
    public StatusOptions {
        if (name == null || name.isEmpty()) {
            throw new io.helm4j.UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        if (revision < 0) {
            throw new io.helm4j.UsageException("--revision cannot be negative");
        }
    }

    public StatusOptions(String name, String namespace, int revision) {
        this(name, namespace, revision, false);
    }
}
