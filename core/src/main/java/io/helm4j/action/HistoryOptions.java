package io.helm4j.action;

/** What {@code helm history} takes: the release, its namespace ("" for the client's) and how many revisions at most. */
public record HistoryOptions(String name, String namespace, int max) {
    public HistoryOptions {
        if (name == null || name.isEmpty()) {
            throw new io.helm4j.UsageException("release name is required");
        }
        namespace = namespace == null ? "" : namespace;
    }
}
