package io.helm4j.dependency;

import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;
import io.helm4j.repo.ChartVersion;
import io.helm4j.repo.IndexFile;
import io.helm4j.repo.RepoEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code findChartURL}: the archive URL (and index digest) of a chart version, from the cached index
 * of the configured repository with that URL, else from the repository's own index (a repository not
 * configured: the {@code helm-manager-} cache when present).
 */
final class ChartFinder {
    /** A chart version to download: its URL, the digest the index gives (may be empty), its repository. */
    record Found(String url, String digest, RepoEntry repository) {
    }

    /** Helm's {@code could not find URL: ...}: the URL (empty when none was found) and the cause. */
    static final class NotFound extends Helm4jException {
        private final String url;

        NotFound(String url, String message) {
            super(message);
            this.url = url;
        }

        String url() {
            return url;
        }
    }

    /** Each configured repository with its index, in order (a list: a record key would link its hashCode cold). */
    private final List<Map.Entry<RepoEntry, IndexFile>> indexes = new ArrayList<>();
    private final Path repositoryCache;
    private final ChartSource source;
    private final EventSink events;

    /** Loads the cached index of every configured repository, as Helm does before downloading. */
    ChartFinder(List<RepoEntry> repos, Path repositoryCache, ChartSource source, EventSink events) {
        this.repositoryCache = repositoryCache;
        this.source = source;
        this.events = events;
        for (RepoEntry r : repos) {
            indexes.add(new java.util.AbstractMap.SimpleImmutableEntry<>(r,
                    IndexFile.load(IndexFile.cachePath(repositoryCache, r.name()), events)));
        }
    }

    Found find(String name, String version, String repoUrl) {
        for (Map.Entry<RepoEntry, IndexFile> e : indexes) {
            if (!UrlCompare.equal(repoUrl, e.getKey().url())) {
                continue;
            }
            ChartVersion cv = entry(name, version, e.getValue(), "");
            return new Found(UrlCompare.resolve(repoUrl, cv.urls().get(0)), nz(cv.digest()), e.getKey());
        }
        IndexFile index = unmanagedIndex(repoUrl);
        try {
            ChartVersion cv = entry(name, version, index, "");
            return new Found(UrlCompare.resolve(repoUrl, cv.urls().get(0)), nz(cv.digest()), null);
        } catch (NotFound e) {
            throw new NotFound("", "chart " + name + " not found in " + repoUrl + ": " + e.getMessage());
        }
    }

    private IndexFile unmanagedIndex(String repoUrl) {
        Path cached = IndexFile.cachePath(repositoryCache, RepoNames.MANAGER_PREFIX
                + Sha256.hex(repoUrl.getBytes(StandardCharsets.UTF_8)));
        if (Files.exists(cached)) {
            return IndexFile.load(cached, events);
        }
        String url = UrlCompare.resolve(repoUrl.endsWith("/") ? repoUrl : repoUrl + "/", "index.yaml");
        byte[] data = source.fetch(url, null);
        return IndexFile.parse(new String(data, StandardCharsets.UTF_8), repoUrl, events);
    }

    private static ChartVersion entry(String name, String version, IndexFile index, String url) {
        List<ChartVersion> versions = index.entries().get(name);
        if (versions == null) {
            throw new NotFound(url, "entry not found");
        }
        for (ChartVersion cv : versions) {
            if (cv.urls().isEmpty()) {
                continue;
            }
            if (version.isEmpty() || versionEquals(version, cv.version())) {
                return cv;
            }
        }
        throw new NotFound(url, "no matching version");
    }

    private static boolean versionEquals(String a, String b) {
        SemVersion va;
        try {
            va = SemVersion.parse(a);
        } catch (SemverException e) {
            return a.equals(b);
        }
        try {
            return va.compareTo(SemVersion.parse(b)) == 0;
        } catch (SemverException e) {
            return false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
