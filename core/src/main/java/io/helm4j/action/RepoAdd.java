package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.EventSink;
import io.helm4j.repo.ChartRepository;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import io.helm4j.repo.RepoFileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code helm repo add}: under the lock on {@code repositories.yaml}, adds (or with {@code forceUpdate}
 * replaces) the entry after downloading its index into the cache, which proves the URL is a chart
 * repository. An identical entry is left alone; a different one of the same name is an error.
 */
public final class RepoAdd {
    /** Helm's {@code deprecatedRepos}: the retired stable and incubator URLs and where they went. */
    private static final Map<String, String> DEPRECATED = Map.of(
            "//kubernetes-charts.storage.googleapis.com", "https://charts.helm.sh/stable",
            "//kubernetes-charts-incubator.storage.googleapis.com", "https://charts.helm.sh/incubator");

    private final Path repoFile;
    private final Path cache;
    private final EventSink events;
    private final java.util.function.Function<io.helm4j.getter.HttpOptions, io.helm4j.getter.Getter> getters;

    public RepoAdd(ActionContext context) {
        this.repoFile = Path.of(context.settings().repositoryConfig());
        this.cache = Path.of(context.settings().repositoryCache());
        this.events = context.events();
        this.getters = context.getters();
    }

    public RepoAddResult run(RepoAddOptions o) {
        if (o.name().contains("/")) {
            throw new Helm4jException("repository name (" + o.name()
                    + ") contains '/', please specify a different name without '/'");
        }
        if (!o.allowDeprecatedRepos()) {
            for (Map.Entry<String, String> d : DEPRECATED.entrySet()) {
                if (o.url().contains(d.getKey())) {
                    throw new Helm4jException("repo \"" + o.url() + "\" is no longer available; try \""
                            + d.getValue() + "\" instead");
                }
            }
        }
        if (getters instanceof io.helm4j.getter.SchemeGetters g) {
            String scheme = io.helm4j.getter.SchemeGetters.scheme(o.url());
            if (!g.supports(scheme)) { // Helm's NewChartRepository, before anything is fetched
                throw new Helm4jException("could not find protocol handler for: " + scheme);
            }
        }
        RepoEntry entry = new RepoEntry(o.name(), o.url(), o.username(), o.password(), o.certFile(), o.keyFile(),
                o.caFile(), o.insecureSkipTlsVerify(), o.passCredentialsAll());
        try (RepoFileLock lock = RepoFileLock.acquire(repoFile)) {
            RepoFile file = RepoFile.loadOrEmpty(repoFile);
            Optional<RepoEntry> existing = file.get(o.name());
            if (!o.forceUpdate() && existing.isPresent()) {
                if (!existing.get().equals(entry)) {
                    throw new Helm4jException("repository name (" + o.name()
                            + ") already exists, please specify a different name");
                }
                return new RepoAddResult(entry, false);
            }
            try {
                new ChartRepository(entry, getters).downloadIndex(cache, o.timeout(), events);
            } catch (Helm4jException e) {
                throw new Helm4jException("looks like \"" + o.url()
                        + "\" is not a valid chart repository or cannot be reached: " + e.getMessage(), e);
            }
            file.update(entry).write(repoFile);
            return new RepoAddResult(entry, true);
        }
    }
}
