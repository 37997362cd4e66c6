package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginManifest;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.getter.Getter;
import io.helm4j.getter.Getters;
import io.helm4j.getter.HttpOptions;
import io.helm4j.provenance.Verification;
import io.helm4j.registry.PluginArtifacts;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code helm plugin install}, as Helm 4's installers: a directory is linked into {@code $HELM_DATA_HOME/plugins}
 * (development mode, never verified); an archive {@code NAME-VERSION.tgz}, from a file, an http(s) URL
 * ({@code URL.prov} beside it) or an {@code oci://} reference (Helm 4's plugin artifact, {@link PluginArtifacts}),
 * is verified against its {@code .prov} unless told not to, kept there with its {@code .prov}, and unpacked into
 * {@code $HELM_PLUGINS/NAME}; a Git repository is cloned into {@code $HELM_CACHE_HOME/plugins} and copied from there
 * ({@link PluginVcsInstaller}), never verified (Helm refuses it unless verification is off). The plugin must then
 * load, and its {@code install} hook runs.
 */
public final class PluginInstall {
    /** Where a source comes from, which decides what Helm prints before installing. */
    public enum SourceKind { LOCAL_DIRECTORY, LOCAL_ARCHIVE, HTTP_ARCHIVE, OCI, VCS }

    private final HelmSettings settings;
    private final io.helm4j.events.EventSink events;
    private final java.util.function.Function<HttpOptions, Getter> getters;

    public PluginInstall(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
        this.getters = context.getters();
    }

    /**
     * A source told apart as Helm's {@code NewForSource} does: its kind and, for a Git repository, the installer
     * that will clone it. Made by {@link #resolve}.
     */
    public static final class Source {
        private final SourceKind kind;
        private final PluginVcsInstaller vcs;

        private Source(SourceKind kind, PluginVcsInstaller vcs) {
            this.kind = kind;
            this.vcs = vcs;
        }

        public SourceKind kind() {
            return kind;
        }

        /** Whether Helm can verify a plugin from this source against a {@code .prov} (an archive, local or not). */
        public boolean verifiable() {
            return kind == SourceKind.LOCAL_ARCHIVE || kind == SourceKind.HTTP_ARCHIVE || kind == SourceKind.OCI;
        }
    }

    /**
     * The kind of {@code source} without asking any server: {@code oci://}, an existing path (an archive by its
     * suffix, else a directory), an http(s) URL ending in {@code .tgz} or {@code .tar.gz}, or else a repository.
     */
    public static SourceKind kind(String source) {
        if (source.startsWith("oci://")) {
            return SourceKind.OCI;
        }
        if (Files.exists(Path.of(source))) {
            return PluginArchives.isArchive(source) ? SourceKind.LOCAL_ARCHIVE : SourceKind.LOCAL_DIRECTORY;
        }
        if ((source.startsWith("http://") || source.startsWith("https://")) && PluginArchives.isArchive(source)) {
            return SourceKind.HTTP_ARCHIVE;
        }
        return SourceKind.VCS;
    }

    /**
     * Helm's {@code NewForSource}: {@link #kind}, an http(s) URL without an archive's suffix asked with
     * {@code HEAD} whether its content type is an archive's, and a repository detected as Masterminds/vcs does
     * (failing with Helm's {@code cannot get information about plugin source}).
     */
    public Source resolve(PluginInstallOptions options) {
        String source = options.source();
        SourceKind kind = kind(source);
        if (kind == SourceKind.VCS && (source.startsWith("http://") || source.startsWith("https://"))
                && headIsArchive(source)) {
            kind = SourceKind.HTTP_ARCHIVE;
        }
        if (kind != SourceKind.VCS) {
            return new Source(kind, null);
        }
        try {
            return new Source(kind, PluginVcsInstaller.create(source, options.version(), pluginsDirectory(),
                    settings.paths().cachePath(""), options.env(), events));
        } catch (io.helm4j.internal.vcs.VcsException e) {
            throw new PluginException(null, "cannot get information about plugin source \"" + source + "\" (if it's "
                    + "a local directory, does it exist?), last error was: " + e.getMessage(), e);
        }
    }

    /** Helm's {@code isRemoteHTTPArchive} past the suffix: a {@code HEAD} whose content type is an archive's. */
    private static boolean headIsArchive(String url) {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build()) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String type = response.headers().firstValue("content-type").orElse("").toLowerCase(java.util.Locale.ROOT);
            return switch (type) {
                case "application/gzip", "application/x-gzip", "application/x-tgz", "application/x-gtar" -> true;
                default -> false;
            };
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path pluginsDirectory() {
        return Path.of(settings.pluginsDirectory());
    }

    public PluginInstallResult run(PluginInstallOptions options) {
        return run(options, resolve(options));
    }

    /** Installs from {@code resolved}, which {@link #resolve} made of the same options. */
    public PluginInstallResult run(PluginInstallOptions options, Source resolved) {
        String source = options.source();
        SourceKind kind = resolved.kind();
        if (options.verify() && kind != SourceKind.LOCAL_DIRECTORY && !resolved.verifiable()) {
            throw new PluginException(null, "plugin source does not support verification. Use --verify=false to "
                    + "skip verification");
        }
        Path plugins = pluginsDirectory();
        Path target = switch (kind) {
            case LOCAL_DIRECTORY -> plugins.resolve(Path.of(source).toAbsolutePath().normalize().getFileName()
                    .toString());
            case OCI -> plugins.resolve(pluginName(source));
            case VCS -> resolved.vcs.path();
            default -> plugins.resolve(PluginArchives.stripPluginName(source.substring(source.lastIndexOf('/') + 1)));
        };
        Verification verified = null;
        try {
            Files.createDirectories(plugins);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
                attrs.put("path", target.toString());
                attrs.put("error", "<nil>");
                events.emit(new io.helm4j.events.Event.Log("WARN", "plugin already exists", attrs));
                throw new PluginException(null, "plugin already exists");
            }
            if (kind == SourceKind.LOCAL_DIRECTORY) {
                linkDirectory(Path.of(source).toAbsolutePath().normalize(), target);
            } else if (kind == SourceKind.VCS) {
                resolved.vcs.install();
            } else {
                PluginArchiveInstall.Fetched f = fetch(kind, source, options);
                verified = PluginArchiveInstall.install(f, settings.paths().dataPath("plugins"), target, options.verify(),
                        options.keyring(), kind == SourceKind.LOCAL_ARCHIVE);
            }
        } catch (IOException e) {
            throw new PluginException(null, e.getMessage(), e);
        } catch (io.helm4j.internal.vcs.VcsException e) {
            throw new PluginException(null, e.getMessage(), e);
        }
        events.emit(new io.helm4j.events.Event.Log("DEBUG", "loading plugin", java.util.List.of("path",
                target.toString())));
        Plugin p;
        try {
            p = Plugins.load(target);
        } catch (PluginException e) {
            throw new PluginException(e.pluginName(), "plugin is installed but unusable: " + e.getMessage(), e);
        }
        SubprocessRuntime.runHook(p, "install", options.env(), options.io());
        return new PluginInstallResult(p, verified);
    }

    private static String pluginName(String ref) {
        try {
            return PluginArtifacts.pluginName(ref);
        } catch (io.helm4j.Helm4jException e) {
            throw new PluginException(null, "cannot get information about plugin source \"" + ref + "\" (if it's a "
                    + "local directory, does it exist?), last error was: invalid OCI reference: " + e.getMessage(), e);
        }
    }

    private PluginArchiveInstall.Fetched fetch(SourceKind kind, String source, PluginInstallOptions options) throws IOException {
        PluginInstallOptions.Remote r = options.remote();
        if (kind == SourceKind.LOCAL_ARCHIVE) {
            Path file = Path.of(source).toAbsolutePath().normalize();
            Path prov = Path.of(file + ".prov");
            return new PluginArchiveInstall.Fetched(Files.readAllBytes(file), Files.exists(prov) ? Files.readAllBytes(prov) : null,
                    file.getFileName().toString());
        }
        if (kind == SourceKind.HTTP_ARCHIVE) {
            Getter http = getters.apply(new HttpOptions("", r.username(), r.password(), false, r.caFile(),
                    r.certFile(), r.keyFile(), r.insecureSkipTlsVerify(), Getters.DEFAULT_TIMEOUT));
            byte[] data = http.get(source);
            byte[] prov;
            try {
                prov = http.get(source + ".prov");
            } catch (io.helm4j.Helm4jException e) {
                prov = null; // no provenance: an error only when verifying, as in Helm
            }
            return new PluginArchiveInstall.Fetched(data, prov, source.substring(source.lastIndexOf('/') + 1));
        }
        RegistryOptions ro = RegistryOptions.of(settings.registryConfig())
                .withTls(r.plainHttp(), r.caFile(), r.certFile(), r.keyFile(), r.insecureSkipTlsVerify())
                .withCredentials(r.username(), r.password());
        try (RegistryClient client = new RegistryClient(ro, options.env(), Path.of(options.env().getOrDefault("HOME", ".")),
                settings.maxChartSize(), events)) {
            PluginArtifacts.Pulled pulled;
            try {
                pulled = new PluginArtifacts(client).pull(source);
            } catch (io.helm4j.Helm4jException e) {
                throw new PluginException(null, (options.verify() ? "failed to get verification data: " : "")
                        + "failed to pull plugin from " + source + ": " + e.getMessage(), e);
            }
            PluginMetadata m = PluginArchiveInstall.readManifest(pulled.archive());
            return new PluginArchiveInstall.Fetched(pulled.archive(), pulled.provenance(), m.name() + "-" + m.version() + ".tgz");
        }
    }

    private static void linkDirectory(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new PluginException(null, "expected plugin to be a directory (containing a file 'plugin.yaml')");
        }
        if (!Files.exists(source.resolve(PluginManifest.FILE_NAME))) {
            throw new PluginException(null, "plugin metadata (plugin.yaml) missing");
        }
        Files.createSymbolicLink(target, source);
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.isSymbolicLink(root) || !Files.exists(root)) {
            Files.deleteIfExists(root);
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
