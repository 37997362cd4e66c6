package io.helm4j.action;

import java.util.List;

/**
 * {@code helm search repo [KEYWORD...]}: the keywords (joined with spaces into one term), a version
 * constraint (empty: the newest release; {@code devel} adds pre-releases), whether to list every
 * matching version, and whether the term is a regular expression.
 */
public record SearchRepoOptions(List<String> keywords, String version, boolean versions, boolean devel,
        boolean regexp) {
    public SearchRepoOptions {
        keywords = List.copyOf(keywords);
        version = version == null ? "" : version;
    }

    public static SearchRepoOptions of(String... keywords) {
        return new SearchRepoOptions(List.of(keywords), "", false, false, false);
    }

    /** Helm's {@code setupSearchedVersion}: the constraint actually applied. */
    String effectiveVersion() {
        if (!version.isEmpty()) {
            return version;
        }
        return devel ? ">0.0.0-0" : ">0.0.0";
    }
}
