package io.helm4j.action;

import io.helm4j.release.Release;
import java.util.List;

/** The releases {@code list} shows, sorted and truncated: the latest revision of each. */
public record ListReleasesResult(List<Release> releases) {
    public ListReleasesResult {
        releases = List.copyOf(releases);
    }
}
