package io.helm4j.action;

import io.helm4j.release.Release;
import java.util.List;

/** The revisions {@code history} shows, oldest first. */
public record HistoryResult(List<Release> revisions) {
    public HistoryResult {
        revisions = List.copyOf(revisions);
    }
}
