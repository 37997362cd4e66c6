package io.helm4j.dependency;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartArchiver;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Dependency;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.internal.semver.SemverException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Helm's {@code downloadAll}: every locked dependency fetched into a temporary directory beside
 * {@code charts/} ({@code tmpcharts-PID}), the HTTP downloads in parallel, then, only when all succeeded,
 * each archive checked to load and moved into {@code charts/} and outdated archives removed
 * ({@code safeMoveDeps}). The lines Helm prints are emitted in Helm's order; on a failure, up to the
 * dependency that failed.
 */
final class Downloads {
    private final Path chartDir;
    private final ChartLoader loader;
    private final ChartFinder finder;
    private final ChartFetcher fetcher;
    private final Instant modTime;
    private final EventSink events;

    Downloads(Path chartDir, ChartLoader loader, ChartFinder finder, ChartFetcher fetcher, Instant modTime,
            EventSink events) {
        this.chartDir = chartDir;
        this.loader = loader;
        this.finder = finder;
        this.fetcher = fetcher;
        this.modTime = modTime;
        this.events = events;
    }

    /** One step of the plan: the lines printed before it, and the download to wait for (or null). */
    private record Step(List<String> lines, Future<Void> download, String url, Helm4jException error,
            List<String> after) {
        Step(List<String> lines, Future<Void> download, String url, Helm4jException error) {
            this(lines, download, url, error, List.of());
        }
    }

    /** Fetches every dependency; returns the locked list with file:// versions as archived. */
    List<Dependency> downloadAll(List<Dependency> deps) {
        Path dest = chartDir.resolve("charts");
        if (Files.exists(dest) && !Files.isDirectory(dest)) {
            throw new Helm4jException("\"" + dest + "\" is not a directory");
        }
        Path tmp = chartDir.resolve("tmpcharts-" + ProcessHandle.current().pid());
        List<Dependency> out = new ArrayList<>(deps);
        try {
            Files.createDirectories(dest);
            Files.createDirectories(tmp);
            events.emit(new Event.Info("Saving " + deps.size() + " charts"));
            Helm4jException failure;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                failure = plan(out, tmp, dest, pool);
            }
            if (failure != null) {
                events.emit(new Event.Info("Save error occurred:  " + failure.getMessage()));
                throw failure;
            }
            safeMove(out, tmp, dest);
            return out;
        } catch (IOException e) {
            throw new Helm4jException(e.getMessage(), e);
        } finally {
            deleteTree(tmp);
        }
    }

    private Helm4jException plan(List<Dependency> deps, Path tmp, Path dest, ExecutorService pool) {
        List<Step> steps = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < deps.size(); i++) {
            Dependency dep = deps.get(i);
            if (dep == null) {
                continue;
            }
            String repo = Deps.repo(dep);
            if (repo.isEmpty()) {
                List<String> lines = List.of("Dependency " + dep.name()
                        + " did not declare a repository. Assuming it exists in the charts directory");
                Helm4jException e = checkLocal(dep, dest);
                steps.add(new Step(lines, null, null, e));
                if (e != null) {
                    break;
                }
                continue;
            }
            if (repo.startsWith("file://")) {
                try {
                    deps.set(i, Deps.withVersion(dep, archiveLocal(dep, tmp)));
                    steps.add(new Step(List.of(), null, null, null));
                } catch (Helm4jException e) {
                    steps.add(new Step(List.of(), null, null, e));
                    break;
                }
                continue;
            }
            if (repo.startsWith("oci://")) {
                String ref = repo + "/" + dep.name();
                String version = Deps.version(dep);
                // Helm remembers an OCI download without its tag but looks it up with it: never "Already downloaded"
                List<String> pulled = new CopyOnWriteArrayList<>();
                Future<Void> f = pool.submit(() -> {
                    fetcher.pullTo(ref, version, tmp, pulled);
                    return null;
                });
                steps.add(new Step(List.of("Downloading " + dep.name() + " from repo " + repo), f, ref, null, pulled));
                continue;
            }
            ChartFinder.Found found;
            try {
                found = finder.find(dep.name(), Deps.version(dep), repo);
            } catch (ChartFinder.NotFound e) {
                steps.add(new Step(List.of(), null, null, new Helm4jException("could not find " + e.url() + ": "
                        + e.getMessage(), e)));
                break;
            }
            if (!urls.add(found.url())) {
                steps.add(new Step(List.of("Already downloaded " + dep.name() + " from repo " + repo), null, null,
                        null));
                continue;
            }
            Future<Void> f = pool.submit(() -> {
                fetcher.fetchTo(found, tmp);
                return null;
            });
            steps.add(new Step(List.of("Downloading " + dep.name() + " from repo " + repo), f, found.url(), null));
        }
        for (Step s : steps) {
            s.lines().forEach(l -> events.emit(new Event.Info(l)));
            if (s.error() != null) {
                return s.error();
            }
            if (s.download() != null) {
                try {
                    s.download().get();
                    s.after().forEach(l -> events.emit(new Event.Info(l)));
                } catch (ExecutionException e) {
                    s.after().forEach(l -> events.emit(new Event.Info(l)));
                    Throwable c = e.getCause();
                    return new Helm4jException("could not download " + s.url() + ": " + c.getMessage(), c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Helm4jException("interrupted while downloading " + s.url(), e);
                }
            }
        }
        return null;
    }

    private Helm4jException checkLocal(Dependency dep, Path dest) {
        Path p = dest.resolve(dep.name());
        Chart ch;
        try {
            ch = loader.loadDirectory(p);
        } catch (Helm4jException e) {
            return new Helm4jException("unable to load chart '" + p + "': " + e.getMessage(), e);
        }
        SemConstraint c;
        try {
            c = SemConstraint.parse(Deps.version(dep));
        } catch (SemverException e) {
            return new Helm4jException("dependency " + dep.name() + " has an invalid version/constraint format: "
                    + e.getMessage(), e);
        }
        SemVersion v;
        try {
            v = SemVersion.parse(ch.metadata().version());
        } catch (SemverException e) {
            return new Helm4jException("invalid version " + Deps.version(dep) + " for dependency " + dep.name()
                    + ": " + e.getMessage(), e);
        }
        if (!c.check(v)) {
            return new Helm4jException("dependency " + dep.name() + " at version " + ch.metadata().version()
                    + " does not satisfy the constraint " + Deps.version(dep));
        }
        return null;
    }

    /** Helm's {@code tarFromLocalDir}: the {@code file://} chart packaged into {@code tmp}; its version. */
    private String archiveLocal(Dependency dep, Path tmp) {
        Chart ch = loader.loadDirectory(LocalPaths.of(Deps.repo(dep), chartDir));
        SemConstraint c;
        try {
            c = SemConstraint.parse(Deps.version(dep));
        } catch (SemverException e) {
            throw new Helm4jException("dependency " + dep.name() + " has an invalid version/constraint format: "
                    + e.getMessage(), e);
        }
        SemVersion v = SemVersion.parse(ch.metadata().version());
        if (!c.check(v)) {
            throw new Helm4jException("can't get a valid version for dependency " + dep.name());
        }
        new ChartArchiver(modTime).save(ch, tmp);
        return ch.metadata().version();
    }

    private void safeMove(List<Dependency> deps, Path source, Path dest) throws IOException {
        Set<String> local = new HashSet<>();
        for (Dependency d : deps) {
            if (d != null && Deps.repo(d).isEmpty()) {
                local.add(d.name());
            }
        }
        List<Path> destFiles = list(dest);
        List<Path> sourceFiles = list(source);
        java.util.Map<Path, Helm4jException> invalid = loadAll(sourceFiles);
        Set<String> moved = new HashSet<>();
        // Helm prints these two notices without a line break: they run into the next line, as in Helm
        StringBuilder glued = new StringBuilder();
        for (Path f : sourceFiles) {
            if (Files.isDirectory(f)) {
                continue;
            }
            String name = f.getFileName().toString();
            moved.add(name);
            Helm4jException why = invalid.get(f);
            if (why != null) {
                glued.append("Could not verify ").append(f).append(" for moving: ").append(why.getMessage())
                        .append(" (Skipping)");
                continue;
            }
            try {
                AtomicFiles.move(f, dest.resolve(name));
            } catch (IOException e) {
                glued.append("Unable to move ").append(f).append(" to charts dir ").append(e.getMessage())
                        .append(" (Skipping)");
            }
        }
        events.emit(new Event.Info(glued + "Deleting outdated charts"));
        for (Path f : destFiles) {
            if (Files.isDirectory(f) || moved.contains(f.getFileName().toString())) {
                continue;
            }
            Chart ch;
            try {
                ch = loader.loadArchive(f);
            } catch (Helm4jException e) {
                events.emit(new Event.Info("Could not verify " + f + " for deletion: " + e.getMessage()
                        + " (Skipping)"));
                continue;
            }
            if (!local.contains(ch.metadata().name())) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Each archive of {@code files} loaded (all at once: each load is independent), mapped to why it did not load. */
    private java.util.Map<Path, Helm4jException> loadAll(List<Path> files) {
        java.util.Map<Path, Helm4jException> invalid = new java.util.concurrent.ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Path f : files) {
                if (!Files.isDirectory(f)) {
                    pool.submit(() -> {
                        try {
                            loader.loadArchive(f);
                        } catch (Helm4jException e) {
                            invalid.put(f, e);
                        }
                    });
                }
            }
        }
        return invalid;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the temporary directory is only left behind
        }
    }
}
