package io.helm4j.action;

/** What {@code helm status} takes: the release, its namespace ("" for the client's) and a revision (0: the latest). */
public record StatusOptions(String name, String namespace, int revision) {
    public StatusOptions {
        if (name == null || name.isEmpty()) {
            throw new io.helm4j.UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
        if (revision < 0) {
            throw new io.helm4j.UsageException("--revision cannot be negative");
        }
    }
}
