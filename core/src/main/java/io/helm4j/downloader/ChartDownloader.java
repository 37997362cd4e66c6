package io.helm4j.downloader;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.internal.content.Sha256;
import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.getter.DigestMismatchException;
import io.helm4j.getter.Getter;
import io.helm4j.getter.Getters;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import io.helm4j.provenance.Provenance;
import io.helm4j.repo.ChartVersion;
import io.helm4j.repo.IndexFile;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Helm's {@code ChartDownloader} and {@code ChartPathOptions.LocateChart}: turns a chart reference into bytes
 * or a local file. The three calls:
 * <ul>
 * <li>{@link #locate}: a local directory or archive as its absolute path; anything else downloaded into the
 * content cache (or found there by digest) and that entry's path returned. What {@code install},
 * {@code template} and {@code show} load.</li>
 * <li>{@link #downloadTo}: the chart written into a directory under Helm's file name (what {@code pull}
 * does), through a temporary file; as in Helm, this does not fill the content cache.</li>
 * <li>{@link #fetch}: the bytes and where they came from, nothing written (the content cache is read when the
 * index gives the chart's digest).</li>
 * </ul>
 * References: {@code repo/chart} (from the repository's cached index, with its credentials and TLS
 * files), http(s) URLs (with the credentials of the repository whose index lists the URL, if any), a chart
 * name with {@link ChartPathOptions#repoUrl()}, and {@code oci://} references (through the registry
 * client). Errors name the reference and the repository, in Helm's words. Thread-safe; holds no state
 * beyond its settings.
 */
public final class ChartDownloader {
    private final HelmSettings settings;
    private final EventSink events;
    private final Function<HttpOptions, Getter> http;
    private final OciSource oci;

    /**
     * A downloader with Helm's HTTP getter and OCI registry client; Docker's {@code config.json} is looked for
     * under the {@code user.home} directory.
     */
    public ChartDownloader(HelmSettings settings, EventSink events) {
        this(settings, events, Map.of(), Path.of(System.getProperty("user.home", "/")));
    }

    /** With the process environment ({@code DOCKER_CONFIG}, credential helpers' {@code PATH}) and home directory. */
    public ChartDownloader(HelmSettings settings, EventSink events, Map<String, String> env, Path userHome) {
        this(settings, events, o -> new HttpGetter(o, events), OciSource.registry(settings, env, userHome, events));
    }

    /**
     * With the process environment and home directory, and the getters by URL scheme (http(s), and the schemes of
     * {@code getter/v1} plugins: {@link io.helm4j.getter.SchemeGetters}).
     */
    public ChartDownloader(HelmSettings settings, EventSink events, Map<String, String> env, Path userHome,
            Function<HttpOptions, Getter> getters) {
        this(settings, events, getters, OciSource.registry(settings, env, userHome, events));
    }

    /** With another way to fetch http(s) URLs (tests, proxies): the function gets each repository's options. */
    public ChartDownloader(HelmSettings settings, EventSink events, Function<HttpOptions, Getter> http) {
        this(settings, events, http, OciSource.registry(settings, Map.of(),
                Path.of(System.getProperty("user.home", "/")), events));
    }

    ChartDownloader(HelmSettings settings, EventSink events, Function<HttpOptions, Getter> http, OciSource oci) {
        this.settings = settings;
        this.events = events;
        this.http = http;
        this.oci = oci;
    }

    /** The content cache this downloader reads and fills ({@code HELM_CONTENT_CACHE}). */
    public ContentCache cache() {
        return new ContentCache(Path.of(settings.contentCache()));
    }

    /**
     * Helm's {@code LocateChart}: an existing local path (without {@code repoUrl}) as its absolute path; a
     * path-like name that does not exist is {@code path "NAME" not found}; anything else is downloaded into the
     * content cache, whose entry is returned.
     */
    public Path locate(String ref, ChartPathOptions options) {
        return locate(ref, options, null);
    }

    /**
     * As {@link #locate(String, ChartPathOptions)}, with {@code --verify} when {@code keyring} is not null: a local
     * archive is checked against the {@code .prov} beside it; a remote chart's provenance is fetched (or read
     * from the content cache), cached beside the chart, and the chart checked against it with the keyring's
     * public keys (Helm's {@code VerifyAlways}).
     */
    public Path locate(String ref, ChartPathOptions options, Path keyring) {
        String name = ref.strip();
        if (options.repoUrl().isEmpty() && !isOci(name)) {
            Path p = Path.of(name);
            if (Files.exists(p)) {
                Path abs = p.toAbsolutePath();
                if (keyring != null) {
                    Provenance.verifyChart(abs, Path.of(abs + ".prov"), keyring);
                }
                return abs;
            }
            if (p.isAbsolute() || name.startsWith(".")) {
                throw new Helm4jException("path \"" + name + "\" not found");
            }
        }
        Download d;
        try {
            d = fetch(name, options, keyring != null);
        } catch (ProvenanceNotFoundException e) {
            reportPull(name, e.chart());
            throw e;
        }
        reportPull(name, d); // Helm 4 reports only the chart's pull here, not the provenance's
        Path entry = cache().putChart(d.digest(), d.data()).toAbsolutePath();
        if (keyring != null) {
            cache().putProvenance(d.digest(), d.provenance());
            Provenance.verify(d.data(), d.provenance(), d.fileName(), keyring);
        }
        return entry;
    }

    /**
     * Beyond Helm, {@code --verify --key cosign.pub}: the {@code oci://} chart {@code ref} fetched and its manifest's
     * cosign signature checked with {@code key} before it enters the content cache; returns the cache entry.
     */
    public Path locateCosign(String ref, ChartPathOptions options, java.security.PublicKey key) {
        String name = ref.strip();
        if (!isOci(name)) {
            throw new io.helm4j.UsageException("--verify --key checks cosign signatures, which only oci:// charts "
                    + "have: " + name);
        }
        Download d = fetch(name, options, false);
        reportPull(name, d);
        cosignVerify(d, options, key);
        return cache().putChart(d.digest(), d.data()).toAbsolutePath();
    }

    /** Helm's registry client reports each pull of an {@code oci://} chart; on locate, to the error stream. */
    private void reportPull(String ref, Download d) {
        if (!isOci(ref)) {
            return;
        }
        events.emit(new Event.Info("Pulled: " + d.url()));
        events.emit(new Event.Info("Digest: " + d.manifestDigest()));
        if (underscoreInTag(d.url())) {
            events.emit(new Event.Info(d.url() + " contains an underscore."));
            events.emit(new Event.Info(io.helm4j.registry.RegistryClient.UNDERSCORE_MESSAGE));
        }
    }

    /** Helm's {@code DownloadTo}: the chart saved as {@code dest/FILE} (FILE from its URL); returns that path. */
    public Path downloadTo(String ref, ChartPathOptions options, Path dest) {
        return save(fetch(ref.strip(), options), dest);
    }

    /** Writes a download (and its provenance, if fetched) into {@code dest} under its file name; returns the chart's path. */
    public Path save(Download d, Path dest) {
        Path file = dest.resolve(d.fileName());
        AtomicFiles.write(file, d.data());
        if (d.provenance() != null) {
            AtomicFiles.write(dest.resolve(d.fileName() + ".prov"), d.provenance());
        }
        return file;
    }

    /**
     * Helm's registry {@code Tags}: the chart versions tagged in an {@code oci://} repository ({@code _} read as
     * {@code +}), newest first; {@code ref} is {@code [oci://]HOST/REPO/NAME}.
     */
    public List<String> ociTags(String ref, ChartPathOptions options) {
        return oci.tags(ref, options);
    }

    /**
     * Beyond Helm: the cosign signatures of an {@code oci://} download's manifest that verify with {@code key}
     * (cosign's simple signing, checked offline); a {@link io.helm4j.registry.RegistryException} naming the
     * reference and digest when none does.
     */
    public List<io.helm4j.registry.RegistryClient.CosignVerified> cosignVerify(Download d, ChartPathOptions options,
            java.security.PublicKey key) {
        return oci.cosignVerify(d.url(), d.manifestDigest(), key, options);
    }

    /** Resolves and fetches {@code ref}: the content cache first when its digest is known, else the network. */
    public Download fetch(String ref, ChartPathOptions options) {
        return fetch(ref, options, false);
    }

    /**
     * As {@link #fetch(String, ChartPathOptions)}; with {@code provenance}, the chart's provenance too: for
     * {@code oci://} the provenance layer, in a second pull as Helm makes it, else {@code URL.prov} (from the
     * content cache when present). A provenance that cannot be fetched is a {@link ProvenanceNotFoundException}
     * that carries the chart already fetched, so {@code pull --prov} can go on without it.
     */
    public Download fetch(String ref, ChartPathOptions options, boolean provenance) {
        if (isOci(ref)) {
            Download d = oci.pull(ref, options, false);
            if (!provenance) {
                return d;
            }
            byte[] prov;
            try {
                prov = oci.pull(ref, options, true).provenance();
            } catch (Helm4jException e) {
                // Helm names the reference it pulled, with the version as asked ("+", not the tag's "_")
                String pulled = d.url();
                int colon = pulled.lastIndexOf(':');
                if (!pulled.contains("@") && colon > pulled.lastIndexOf('/')) {
                    pulled = pulled.substring(0, colon) + pulled.substring(colon).replace('_', '+');
                }
                throw new ProvenanceNotFoundException("failed to fetch provenance \"oci://" + pulled + ".prov\"", d, e);
            }
            return withProvenance(d, prov, true);
        }
        Resolved r = resolve(ref, options);
        Download d = fetchResolved(ref, r);
        if (!provenance) {
            return d;
        }
        Optional<byte[]> cachedProv = cache().provenance(d.digest());
        if (cachedProv.isPresent()) {
            return withProvenance(d, cachedProv.get(), false);
        }
        try {
            return withProvenance(d, http.apply(r.http()).get(r.url() + ".prov"), false);
        } catch (Helm4jException e) {
            throw new ProvenanceNotFoundException("failed to fetch provenance \"" + r.url() + ".prov\"", d, e);
        }
    }

    private static Download withProvenance(Download d, byte[] prov, boolean secondPull) {
        return new Download(d.reference(), d.url(), d.fileName(), d.data(), d.digest(), prov, d.manifestDigest(),
                secondPull);
    }

    private Download fetchResolved(String ref, Resolved r) {
        ContentCache cache = cache();
        if (!r.digest().isEmpty()) {
            Optional<byte[]> hit = cache.chart(r.digest());
            if (hit.isPresent()) {
                return new Download(ref, r.url(), fileName(r.url()), hit.get(), digest(r.digest()), null, "");
            }
        }
        byte[] data = http.apply(r.http()).get(r.url());
        String actual = "sha256:" + Sha256.hex(data);
        if (!r.digest().isEmpty() && !digest(r.digest()).equals(actual)) {
            throw new DigestMismatchException("chart " + ref + " from " + r.url(), digest(r.digest()), actual);
        }
        return new Download(ref, r.url(), fileName(r.url()), data, actual, null, "");
    }

    /** Where a reference points: the URL, the digest the index gives (or ""), and how to fetch it. */
    record Resolved(String url, String digest, HttpOptions http) {
    }

    /** Helm's {@code ResolveChartVersion}, with {@code FindChartInRepoURL} first for {@code --repo}. */
    Resolved resolve(String ref, ChartPathOptions o) {
        if (!o.repoUrl().isEmpty()) {
            return inRepoUrl(ref, o);
        }
        URI u = parse(ref);
        RepoFile repos = RepoFile.loadOrEmpty(Path.of(settings.repositoryConfig()));
        if (u.isAbsolute() && u.getHost() != null && u.getRawPath() != null && !u.getRawPath().isEmpty()) {
            for (RepoEntry e : repos.repositories()) {
                if (listsUrl(e, ref)) {
                    return new Resolved(ref, "", repoOptions(e, o));
                }
            }
            return new Resolved(ref, "", flagOptions(ref, o));
        }
        String path = u.getPath() == null ? ref : u.getPath();
        int slash = path.indexOf('/');
        if (slash < 0) {
            throw new Helm4jException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + ref);
        }
        String repoName = path.substring(0, slash);
        String chart = path.substring(slash + 1);
        RepoEntry entry = repos.get(repoName).orElseThrow(() -> new Helm4jException("repo " + repoName + " not found"));
        if (entry.url().isEmpty()) {
            throw new Helm4jException("no URL found for repository " + repoName);
        }
        IndexFile index;
        try {
            index = IndexFile.load(IndexFile.cachePath(Path.of(settings.repositoryCache()), entry.name()), events);
        } catch (Helm4jException e) {
            throw new Helm4jException("no cached repo found. (try 'helm repo update'): " + e.getMessage(), e);
        }
        String version = o.effectiveVersion();
        ChartVersion cv;
        try {
            cv = IndexLookup.get(index, chart, version, events);
        } catch (Helm4jException e) {
            throw new ChartNotFoundException("chart \"" + chart + "\" matching " + version + " not found in "
                    + entry.name() + " index. (try 'helm repo update'): " + e.getMessage());
        }
        if (cv.urls().isEmpty()) {
            throw new Helm4jException("chart \"" + ref + "\" has no downloadable URLs");
        }
        String url = resolveReferenceUrl(entry.url(), cv.urls().get(0));
        return new Resolved(url, cv.digest(), repoOptions(entry, o));
    }

    /** Helm's {@code FindChartInRepoURL}: the repository's index fetched (not cached) and the chart looked up. */
    private Resolved inRepoUrl(String chart, ChartPathOptions o) {
        String repoUrl = o.repoUrl();
        HttpOptions opts = new HttpOptions(repoUrl, o.username(), o.password(), o.passCredentialsAll(), o.caFile(),
                o.certFile(), o.keyFile(), o.insecureSkipTlsVerify(), Getters.DEFAULT_TIMEOUT);
        IndexFile index;
        try {
            byte[] data = http.apply(opts).get(indexUrl(repoUrl));
            index = IndexFile.parse(new String(data, StandardCharsets.UTF_8), repoUrl, events);
        } catch (Helm4jException e) {
            throw new Helm4jException("looks like \"" + repoUrl + "\" is not a valid chart repository or cannot be "
                    + "reached: " + e.getMessage(), e);
        }
        String version = o.effectiveVersion();
        String what = "chart \"" + chart + "\"" + (version.isEmpty() ? "" : " version \"" + version + "\"");
        ChartVersion cv;
        try {
            cv = IndexLookup.get(index, chart, version, events);
        } catch (Helm4jException e) {
            throw new ChartNotFoundException(what + " not found in " + repoUrl + " repository");
        }
        if (cv.urls().isEmpty()) {
            throw new Helm4jException(what + " has no downloadable URLs");
        }
        return new Resolved(resolveReferenceUrl(repoUrl, cv.urls().get(0)), cv.digest(), opts);
    }

    private boolean listsUrl(RepoEntry e, String url) {
        Path cached = IndexFile.cachePath(Path.of(settings.repositoryCache()), e.name());
        if (!Files.exists(cached)) {
            return false;
        }
        IndexFile index;
        try {
            index = IndexFile.load(cached, EventSink.discard());
        } catch (Helm4jException ex) {
            return false;
        }
        for (var versions : index.entries().values()) {
            for (ChartVersion v : versions) {
                for (String u : v.urls()) {
                    if (u.equals(url) || resolveReferenceUrl(e.url(), u).equals(url)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A repository's credentials and TLS files when it has them, else the flags'. */
    private static HttpOptions repoOptions(RepoEntry e, ChartPathOptions o) {
        boolean repoCreds = !e.username().isEmpty() && !e.password().isEmpty();
        boolean repoTls = !e.certFile().isEmpty() || !e.keyFile().isEmpty() || !e.caFile().isEmpty();
        return new HttpOptions(e.url(), repoCreds ? e.username() : o.username(), repoCreds ? e.password() : o.password(),
                repoCreds ? e.passCredentialsAll() : o.passCredentialsAll(), repoTls ? e.caFile() : o.caFile(),
                repoTls ? e.certFile() : o.certFile(), repoTls ? e.keyFile() : o.keyFile(),
                o.insecureSkipTlsVerify() || e.insecureSkipTlsVerify(), Getters.DEFAULT_TIMEOUT);
    }

    private static HttpOptions flagOptions(String url, ChartPathOptions o) {
        return new HttpOptions(url, o.username(), o.password(), o.passCredentialsAll(), o.caFile(), o.certFile(),
                o.keyFile(), o.insecureSkipTlsVerify(), Getters.DEFAULT_TIMEOUT);
    }

    /** True when an OCI reference's tag holds an underscore (Helm then explains its {@code +} convention). */
    public static boolean underscoreInTag(String ociRef) {
        int slash = ociRef.lastIndexOf('/');
        int colon = ociRef.lastIndexOf(':');
        return colon > slash && !ociRef.contains("@") && ociRef.substring(colon).contains("_");
    }

    /** True for an {@code oci://} reference (Helm's {@code registry.IsOCI}). */
    public static boolean isOci(String ref) {
        return ref.startsWith("oci://");
    }

    /** Helm's {@code repo.ResolveReferenceURL}: a relative chart URL against the repository URL (its query kept). */
    static String resolveReferenceUrl(String base, String ref) {
        URI r = parse(ref);
        if (r.isAbsolute()) {
            return ref;
        }
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        String query = q < 0 ? "" : base.substring(q);
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String resolved = parse(path).resolve(r).toString();
        int rq = resolved.indexOf('?');
        return (rq < 0 ? resolved : resolved.substring(0, rq)) + query;
    }

    /** The repository URL with {@code index.yaml} joined to its path, query kept. */
    static String indexUrl(String repoUrl) {
        int q = repoUrl.indexOf('?');
        String base = q < 0 ? repoUrl : repoUrl.substring(0, q);
        String query = q < 0 ? "" : repoUrl.substring(q);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/index.yaml" + query;
    }

    /** The last segment of the URL's path: what Helm names the saved file. */
    static String fileName(String url) {
        String path = parse(url).getPath();
        if (path == null || path.isEmpty()) {
            path = url;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String digest(String d) {
        return d.contains(":") ? d.toLowerCase(java.util.Locale.ROOT) : "sha256:" + d.toLowerCase(java.util.Locale.ROOT);
    }

    private static URI parse(String ref) {
        try {
            return new URI(ref);
        } catch (URISyntaxException e) {
            throw new Helm4jException("invalid chart URL format: " + ref, e);
        }
    }
}
