package io.helm4j.action;

import io.helm4j.repo.SearchResult;
import java.util.List;

/** The charts found, best first. */
public record SearchRepoResult(List<SearchResult> results) {
    public SearchRepoResult {
        results = List.copyOf(results);
    }
}
