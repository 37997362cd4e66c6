package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginManifest;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.SubprocessRuntime;
import io.helm4j.provenance.Verification;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code helm plugin install}, as Helm 4's local installer: a directory is linked into
 * {@code $HELM_DATA_HOME/plugins} (development mode, never verified); an archive {@code NAME-VERSION.tgz} is kept
 * there (with its {@code .prov}) and unpacked into {@code plugins/NAME}. The plugin must then load, and its
 * {@code install} hook runs. URLs, Git repositories and {@code oci://} references are refused, saying so.
 */
public final class PluginInstall {
    /** Where a source comes from, which decides what Helm prints before installing. */
    public enum SourceKind { LOCAL_DIRECTORY, LOCAL_ARCHIVE, REMOTE, MISSING }

    private final HelmSettings settings;
    private final io.helm4j.events.EventSink events;

    public PluginInstall(ActionContext context) {
        this.settings = context.settings();
        this.events = context.events();
    }

    /** The kind of {@code source}, as Helm's {@code NewForSource} tells them apart. */
    public static SourceKind kind(String source) {
        if (source.startsWith("oci://") || source.startsWith("http://") || source.startsWith("https://")) {
            return SourceKind.REMOTE;
        }
        Path p = Path.of(source);
        if (!Files.exists(p)) {
            return SourceKind.MISSING;
        }
        return PluginArchives.isArchive(source) ? SourceKind.LOCAL_ARCHIVE : SourceKind.LOCAL_DIRECTORY;
    }

    public PluginInstallResult run(PluginInstallOptions options) {
        String source = options.source();
        SourceKind kind = kind(source);
        switch (kind) {
            case MISSING -> throw new PluginException(null, "cannot get information about plugin source \"" + source
                    + "\" (if it's a local directory, does it exist?), last error was: Cannot detect VCS");
            case REMOTE -> throw new PluginException(null, "helm4j cannot install plugins from \"" + source
                    + "\" yet: only a local directory or a .tgz archive can be installed");
            default -> {
            }
        }
        Path abs = Path.of(source).toAbsolutePath().normalize();
        Verification verification = null;
        Path plugins = settings.paths().dataPath("plugins");
        String name = abs.getFileName().toString();
        Path target = plugins.resolve(kind == SourceKind.LOCAL_ARCHIVE ? PluginArchives.stripPluginName(name) : name);
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
                linkDirectory(abs, target);
            } else {
                verification = installArchive(abs, plugins, target, options.verify(), options.keyring());
            }
        } catch (IOException e) {
            throw new PluginException(null, e.getMessage(), e);
        }
        Plugin p;
        Verification verified = null;
        if (kind == SourceKind.LOCAL_ARCHIVE && options.verify()) {
            verified = verification;
        }
        try {
            p = Plugins.load(target);
        } catch (PluginException e) {
            throw new PluginException(e.pluginName(), "plugin is installed but unusable: " + e.getMessage(), e);
        }
        SubprocessRuntime.runHook(p, "install", options.env(), options.io());
        return new PluginInstallResult(p, verified);
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

    private static Verification installArchive(Path source, Path plugins, Path target, boolean verify,
            String keyring) throws IOException {
        byte[] data = Files.readAllBytes(source);
        Path prov = Path.of(source + ".prov");
        Verification verified = null;
        if (verify) {
            if (!Files.exists(prov)) {
                throw new PluginException(null, "plugin verification failed: no provenance file (.prov) found");
            }
            try {
                verified = PluginVerify.verify(data, Files.readAllBytes(prov), source.getFileName().toString(),
                        Path.of(keyring));
            } catch (io.helm4j.Helm4jException e) {
                throw new PluginException(null, "plugin verification failed: " + e.getMessage(), e);
            }
        }
        PluginMetadata m;
        try {
            m = PluginArchives.readManifest(data);
        } catch (PluginException e) {
            throw new PluginException(null, "failed to extract plugin metadata from tarball: " + e.getMessage(), e);
        }
        Path kept = plugins.resolve(m.name() + "-" + m.version() + ".tgz");
        Files.write(kept, data);
        if (Files.exists(prov)) {
            Files.copy(prov, Path.of(kept + ".prov"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path temp = Files.createTempDirectory("helm-plugin-extract-");
        try {
            PluginArchives.extract(data, temp);
            Path dir = temp.resolve(PluginArchives.stripPluginName(source.getFileName().toString()));
            if (!Files.exists(dir.resolve(PluginManifest.FILE_NAME))) {
                throw new PluginException(null, "plugin.yaml not found in expected directory " + dir
                        + ": stat " + dir.resolve(PluginManifest.FILE_NAME) + ": no such file or directory");
            }
            copyTree(dir, target);
        } finally {
            deleteTree(temp);
        }
        return verified;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
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
