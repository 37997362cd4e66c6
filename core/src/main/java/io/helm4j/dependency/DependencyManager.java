package io.helm4j.dependency;

import io.helm4j.downloader.ContentCache;
import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.ChartLock;
import io.helm4j.chart.Dependency;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code downloader.Manager}: {@link #update} resolves Chart.yaml's dependencies, downloads them into
 * {@code charts/} and writes Chart.lock; {@link #build} downloads what Chart.lock pins (after checking it is in
 * sync with Chart.yaml). Progress lines are {@link Event.Info} events, worded as Helm prints them.
 *
 * @param chartDir the unpacked chart
 * @param repositoryConfig {@code repositories.yaml}
 * @param repositoryCache the index cache
 * @param contentCache Helm 4's content cache root
 * @param keyring the public keys to verify every download with; null does not verify
 * @param skipRefresh {@code --skip-refresh}: use the cached indexes as they are
 * @param modTime the time in archives made from {@code file://} charts
 * @param oci where {@code oci://} dependencies come from
 */
public record DependencyManager(Path chartDir, Path repositoryConfig, Path repositoryCache, Path contentCache,
        Path keyring, boolean skipRefresh, Instant modTime, ChartSource source, ChartLoader loader, Clock clock,
        EventSink events, Duration timeout, OciCharts oci) {

    /** Without a registry: an {@code oci://} dependency fails, naming it. */
    public DependencyManager(Path chartDir, Path repositoryConfig, Path repositoryCache, Path contentCache,
            Path keyring, boolean skipRefresh, Instant modTime, ChartSource source, ChartLoader loader, Clock clock,
            EventSink events, Duration timeout) {
        this(chartDir, repositoryConfig, repositoryCache, contentCache, keyring, skipRefresh, modTime, source, loader,
                clock, events, timeout, OciCharts.none());
    }

    /** The lock written, or null when the lock file was already up to date (or nothing was declared). */
    public ChartLock update() {
        Chart c = loadChartDir();
        List<Dependency> req = c.metadata().dependencies();
        if (req == null) {
            return null;
        }
        RepoFile repos = repoFile();
        RepoNames.Resolved resolved = repos == null ? new RepoNames.Resolved(req, new LinkedHashMap<>())
                : RepoNames.resolve(req, repos, chartDir);
        Map<String, String> names = new LinkedHashMap<>(resolved.names());
        List<RepoEntry> unmanaged = RepoNames.unmanaged(resolved.deps(), names);
        RepoIndexes indexes = new RepoIndexes(repositoryCache, timeout, source.indexGetters());
        if (!skipRefresh && !unmanaged.isEmpty()) {
            events.emit(new Event.Info("Getting updates for unmanaged Helm repositories..."));
            indexes.update(unmanaged, events);
        }
        if (!skipRefresh) {
            updateRepositories(repos, indexes);
        }
        List<Dependency> locked = new VersionResolver(chartDir, repositoryCache, loader, events, oci)
                .resolve(resolved.deps(), names);
        locked = downloads(repos).downloadAll(locked);
        String digest = LockFiles.digest(resolved.deps(), locked);
        ChartLock old = ChartLock.of(c);
        if (old != null && digest.equals(old.digest())) {
            return null;
        }
        boolean legacy = "v1".equals(c.metadata().apiVersion());
        ZonedDateTime now = ZonedDateTime.now(clock);
        LockFiles.write(chartDir, legacy, LockFiles.text(locked, digest, now));
        return new ChartLock(LockFiles.goTime(now), digest, locked.stream().filter(d -> d != null).toList());
    }

    /** Rebuilds {@code charts/} from Chart.lock; without a lock file this is {@link #update}. */
    public ChartLock build() {
        Chart c = loadChartDir();
        ChartLock lock = ChartLock.of(c);
        if (lock == null) {
            return update();
        }
        List<Dependency> req = c.metadata().dependencies() == null ? List.of() : c.metadata().dependencies();
        boolean v1 = "v1".equals(c.metadata().apiVersion());
        String v2Sum = v1 ? LockFiles.digestV2(req) : null;
        RepoFile repos = repoFile();
        List<Dependency> resolvedReq = repos == null ? req : RepoNames.resolve(req, repos, chartDir).deps();
        if (!LockFiles.digest(resolvedReq, lock.dependencies()).equals(lock.digest())) {
            if (!v1) {
                throw new Helm4jException("the lock file (Chart.lock) is out of sync with the dependencies file "
                        + "(Chart.yaml). Please update the dependencies with 'helm dependency update'");
            }
            events.emit(new Event.Warning("a valid Helm v3 hash was not found. Checking against Helm v2 hash..."));
            if (!v2Sum.equals(lock.digest())) {
                throw new Helm4jException("the lock file (requirements.lock) is out of sync with the dependencies "
                        + "file (requirements.yaml). Please update the dependencies");
            }
        }
        hasAllRepos(lock.dependencies(), repos);
        if (!skipRefresh) {
            updateRepositories(repos, new RepoIndexes(repositoryCache, timeout, source.indexGetters()));
        }
        downloads(repos).downloadAll(lock.dependencies());
        return lock;
    }

    private Downloads downloads(RepoFile repos) {
        List<RepoEntry> configured = repos == null ? List.of() : repos.repositories();
        ChartFinder finder = new ChartFinder(configured, repositoryCache, source, events);
        ChartFetcher fetcher = new ChartFetcher(new ContentCache(contentCache), source, oci, keyring);
        return new Downloads(chartDir, loader, finder, fetcher, modTime, events);
    }

    private void updateRepositories(RepoFile repos, RepoIndexes indexes) {
        if (repos == null || repos.repositories().isEmpty()) {
            return;
        }
        events.emit(new Event.Info("Hang tight while we grab the latest from your chart repositories..."));
        indexes.update(repos.repositories(), events);
        events.emit(new Event.Info("Update Complete. ⎈Happy Helming!⎈"));
    }

    private static void hasAllRepos(List<Dependency> deps, RepoFile repos) {
        List<String> missing = new ArrayList<>();
        outer:
        for (Dependency d : deps) {
            String r = d == null ? "" : Deps.repo(d);
            if (r.isEmpty() || r.startsWith("file://") || r.startsWith("oci://")) {
                continue;
            }
            String trimmed = r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
            for (RepoEntry e : repos == null ? List.<RepoEntry>of() : repos.repositories()) {
                if (UrlCompare.equal(e.url(), trimmed)) {
                    continue outer;
                }
            }
            missing.add(r);
        }
        if (!missing.isEmpty()) {
            throw new Helm4jException("no repository definition for " + String.join(", ", missing)
                    + ". Please add the missing repos via 'helm repo add'");
        }
    }

    /** repositories.yaml; an empty one when there is none (as Helm 4's {@code loadRepoConfig}). */
    private RepoFile repoFile() {
        return RepoFile.loadOrEmpty(repositoryConfig);
    }

    private Chart loadChartDir() {
        if (!Files.exists(chartDir)) {
            throw new Helm4jException("could not find " + chartDir + ": stat " + chartDir
                    + ": no such file or directory");
        }
        if (!Files.isDirectory(chartDir)) {
            throw new Helm4jException("only unpacked charts can be updated");
        }
        return loader.loadDirectory(chartDir);
    }
}
