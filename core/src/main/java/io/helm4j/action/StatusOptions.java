package io.helm4j.action;

/**
 * What {@code helm status} takes: the release, its namespace ("" for the client's), a revision (0: the
 * latest), and which view of its live resources to read ({@link Resources}: Helm 4 reads tables for its
 * table output and the objects for JSON and YAML).
 */
public record StatusOptions(String name, String namespace, int revision, Resources resources) {
    /** The live resources to read: none, the server's tables ({@code kubectl get}), or the objects. */
    public enum Resources { NONE, TABLES, OBJECTS }

    public StatusOptions {
        if (name == null || name.isEmpty()) {
            throw new io.helm4j.UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        if (revision < 0) {
            throw new io.helm4j.UsageException("--revision cannot be negative");
        }
        resources = resources == null ? Resources.NONE : resources;
    }

    public StatusOptions(String name, String namespace, int revision) {
        this(name, namespace, revision, Resources.NONE);
    }
}
