package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Dependency;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;
import io.helm4j.repo.ChartVersion;
import io.helm4j.repo.IndexFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code resolver.Resolve}: each dependency locked to one version. Charts in {@code charts/} keep their
 * constraint; {@code file://} charts lock to the directory's version; repository charts to the newest version
 * of the cached index that satisfies the constraint (the index is sorted newest first); {@code oci://} charts to
 * the newest registry tag that satisfies it.
 */
final class VersionResolver {
    private final Path chartDir;
    private final Path repositoryCache;
    private final ChartLoader loader;
    private final EventSink events;
    private final OciCharts oci;

    VersionResolver(Path chartDir, Path repositoryCache, ChartLoader loader, EventSink events, OciCharts oci) {
        this.oci = oci;
        this.chartDir = chartDir;
        this.repositoryCache = repositoryCache;
        this.loader = loader;
        this.events = events;
    }

    List<Dependency> resolve(List<Dependency> reqs, Map<String, String> repoNames) {
        List<Dependency> locked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Dependency d : reqs) {
            SemConstraint constraint;
            try {
                constraint = SemConstraint.parse(Deps.version(d));
            } catch (SemverException e) {
                throw new Helm4jException("dependency \"" + d.name() + "\" has an invalid version/constraint format: "
                        + e.getMessage(), e);
            }
            String repo = Deps.repo(d);
            if (repo.isEmpty()) {
                LocalPaths.of("charts/" + d.name(), chartDir);
                locked.add(Deps.locked(d.name(), "", d.version()));
                continue;
            }
            if (repo.startsWith("file://")) {
                Chart ch = loader.loadDirectory(LocalPaths.of(repo, chartDir));
                SemVersion v = parseOrNull(ch.metadata().version());
                if (v == null) {
                    locked.add(null);
                    continue;
                }
                if (!constraint.check(v)) {
                    missing.add(describe(d));
                    continue;
                }
                locked.add(Deps.locked(d.name(), repo, ch.metadata().version()));
                continue;
            }
            if (repo.startsWith("oci://")) {
                locked.add(Deps.locked(d.name(), repo, ociVersion(d, repo, constraint)));
                continue;
            }
            String repoName = repoNames.get(d.name());
            if (repoName == null || repoName.isEmpty()) {
                locked.add(Deps.locked(d.name(), repo, d.version()));
                continue;
            }
            IndexFile index;
            try {
                index = IndexFile.load(IndexFile.cachePath(repositoryCache, repoName), events);
            } catch (Helm4jException e) {
                throw new Helm4jException("no cached repository for " + repoName
                        + " found. (try 'helm repo update'): " + e.getMessage(), e);
            }
            List<ChartVersion> versions = index.entries().get(d.name());
            if (versions == null) {
                throw new Helm4jException(d.name() + " chart not found in repo " + repo);
            }
            String chosen = null;
            for (ChartVersion cv : versions) {
                SemVersion v = parseOrNull(cv.version());
                if (v == null || cv.urls().isEmpty()) {
                    continue;
                }
                if (constraint.check(v)) {
                    chosen = v.original();
                    break;
                }
            }
            if (chosen == null) {
                missing.add(describe(d));
                locked.add(Deps.locked(d.name(), repo, ""));
            } else {
                locked.add(Deps.locked(d.name(), repo, chosen));
            }
        }
        if (!missing.isEmpty()) {
            throw new Helm4jException("can't get a valid version for " + missing.size() + " subchart(s): "
                    + String.join(", ", missing) + ". Make sure a matching chart version exists in the repo, or "
                    + "change the version constraint in Chart.yaml");
        }
        return locked;
    }

    /**
     * Helm's resolver for a registry: an exact version is taken as it is; a constraint picks the newest tag that
     * satisfies it, and when none does, the constraint itself is locked (Helm reports no missing version here:
     * the pull fails later, naming the reference).
     */
    private String ociVersion(Dependency d, String repo, SemConstraint constraint) {
        String version = Deps.version(d);
        if (parseOrNull(version) != null) {
            return version;
        }
        String ref = repo.substring("oci://".length()) + "/" + d.name();
        List<String> tags;
        try {
            tags = oci.versions(ref);
        } catch (Helm4jException e) {
            throw new Helm4jException("could not retrieve list of tags for repository " + repo + ": "
                    + e.getMessage(), e);
        }
        for (String t : tags) {
            SemVersion v = parseOrNull(t);
            if (v != null && constraint.check(v)) {
                return v.original();
            }
        }
        return version;
    }

    private static String describe(Dependency d) {
        return "\"" + d.name() + "\" (repository \"" + Deps.repo(d) + "\", version \"" + Deps.version(d) + "\")";
    }

    private static SemVersion parseOrNull(String v) {
        try {
            return SemVersion.parse(v);
        } catch (SemverException e) {
            return null;
        }
    }
}
