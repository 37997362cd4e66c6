package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.repo.ChartSearch;
import io.helm4j.repo.IndexFile;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import io.helm4j.repo.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code helm search repo}: searches the cached indexes of the configured repositories (a missing or
 * corrupt one is skipped with a warning), then keeps the versions the constraint accepts: the first
 * (newest) of each chart, or all of them with {@code versions}.
 */
public final class SearchRepo {
    private final Path repoFile;
    private final Path cache;
    private final EventSink events;

    public SearchRepo(ActionContext context) {
        this.repoFile = Path.of(context.settings().repositoryConfig());
        this.cache = Path.of(context.settings().repositoryCache());
        this.events = context.events();
    }

    public SearchRepoResult run(SearchRepoOptions o) {
        ChartSearch index = index(o);
        List<SearchResult> found = o.keywords().isEmpty() ? index.all()
                : index.search(String.join(" ", o.keywords()), o.regexp());
        return new SearchRepoResult(constrain(found, o));
    }

    private ChartSearch index(SearchRepoOptions o) {
        RepoFile file = RepoFile.loadOrEmpty(repoFile);
        if (file.repositories().isEmpty()) {
            throw new Helm4jException("no repositories configured");
        }
        ChartSearch search = new ChartSearch();
        for (RepoEntry r : file.repositories()) {
            IndexFile ind;
            try {
                ind = IndexFile.load(IndexFile.cachePath(cache, r.name()), events);
            } catch (Helm4jException e) {
                // slog's text form of Helm 4's warning: message, then the repo and error attributes
                events.emit(new Event.Warning("\"repo is corrupt or missing\" repo=" + slogValue(r.name()) + " error="
                        + slogValue(e.getMessage())));
                continue;
            }
            // Helm always sets a constraint before building the index, so every version is indexed
            search.add(r.name(), ind, true);
        }
        return search;
    }

    /** slog's text handler quotes a value that is empty or holds a space, a quote, '=' or a control character. */
    private static String slogValue(String v) {
        boolean quote = v.isEmpty() || v.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '=' || c == 0x7f);
        if (!quote) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static List<SearchResult> constrain(List<SearchResult> found, SearchRepoOptions o) {
        SemConstraint constraint;
        try {
            constraint = SemConstraint.parse(o.effectiveVersion());
        } catch (RuntimeException e) {
            throw new Helm4jException("an invalid version/constraint format: " + e.getMessage(), e);
        }
        List<SearchResult> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SearchResult r : found) {
            if (!o.versions() && seen.contains(r.name())) {
                continue;
            }
            SemVersion v;
            try {
                v = SemVersion.parse(r.chart().version());
            } catch (RuntimeException e) {
                continue;
            }
            if (constraint.check(v)) {
                out.add(r);
                seen.add(r.name());
            }
        }
        return out;
    }
}
