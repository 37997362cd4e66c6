package io.helm4j.action;

import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginManifest;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.provenance.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The archive part of {@code plugin install} (Helm 4's local, http and OCI installers alike): an archive verified
 * against its {@code .prov} when asked, kept as {@code NAME-VERSION.tgz} (and {@code .prov}) in
 * {@code $HELM_DATA_HOME/plugins}, unpacked, and its plugin root copied to the plugin's directory.
 */
final class PluginArchiveInstall {
    private PluginArchiveInstall() {
    }

    /** An archive, its {@code .prov} (or null) and the file name it is verified under. */
    record Fetched(byte[] data, byte[] prov, String fileName) {
    }

    static PluginMetadata readManifest(byte[] data) {
        try {
            return PluginArchives.readManifest(data);
        } catch (PluginException e) {
            throw new PluginException(null, "failed to extract plugin metadata from tarball: " + e.getMessage(), e);
        }
    }

    static Verification install(Fetched f, Path plugins, Path target, boolean verify,
            String keyring, boolean local) throws IOException {
        Verification verified = null;
        if (verify) {
            if (f.prov() == null) {
                throw new PluginException(null, "plugin verification failed: no provenance file (.prov) found");
            }
            try {
                verified = PluginVerify.verify(f.data(), f.prov(), f.fileName(), Path.of(keyring));
            } catch (io.helm4j.Helm4jException e) {
                throw new PluginException(null, "plugin verification failed: " + e.getMessage(), e);
            }
        }
        PluginMetadata m = readManifest(f.data());
        Files.createDirectories(plugins);
        Path kept = plugins.resolve(m.name() + "-" + m.version() + ".tgz");
        Files.write(kept, f.data());
        if (f.prov() != null) {
            Files.write(Path.of(kept + ".prov"), f.prov());
        }
        Path temp = Files.createTempDirectory("helm-plugin-extract-");
        try {
            PluginArchives.extract(f.data(), temp);
            Path dir = local ? temp.resolve(PluginArchives.stripPluginName(f.fileName())) : root(temp);
            if (!Files.exists(dir.resolve(PluginManifest.FILE_NAME))) {
                throw new PluginException(null, "plugin.yaml not found in expected directory " + dir
                        + ": stat " + dir.resolve(PluginManifest.FILE_NAME) + ": no such file or directory");
            }
            copyTree(dir, target);
        } finally {
            PluginInstall.deleteTree(temp);
        }
        return verified;
    }

    /** Helm's {@code detectPluginRoot}: the directory itself or its first subdirectory holding a plugin.yaml. */
    private static Path root(Path extracted) throws IOException {
        if (Files.exists(extracted.resolve(PluginManifest.FILE_NAME))) {
            return extracted;
        }
        try (var list = Files.list(extracted)) {
            for (Path d : list.sorted().toList()) {
                if (Files.isDirectory(d) && Files.exists(d.resolve(PluginManifest.FILE_NAME))) {
                    return d;
                }
            }
        }
        throw new PluginException(null, "plugin.yaml not found in " + extracted + " or its immediate subdirectories");
    }

    private static void copyTree(Path from, Path to) throws IOException {
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

}
