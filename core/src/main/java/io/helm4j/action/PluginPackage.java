package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginSigning;
import io.helm4j.plugin.Plugins;
import io.helm4j.provenance.ProvenanceException;
import io.helm4j.provenance.Signatory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code helm plugin package}: checks that the directory holds a plugin that loads, then writes
 * {@code NAME-VERSION.tgz} as Helm 4 does, signed by default: the key is found and unlocked before anything is
 * written (Helm's order and errors), then {@code NAME-VERSION.tgz.prov} is written beside the archive (through a
 * temporary file) with the plugin's metadata as Helm writes it ({@link PluginSigning}) and the archive's sum.
 */
public final class PluginPackage {
    private final Path workingDir;
    private final java.time.Clock clock;

    public PluginPackage(ActionContext context) {
        this.workingDir = context.workingDir();
        this.clock = context.clock();
    }

    public PluginPackageResult run(PluginPackageOptions options) {
        Path dir = workingDir.resolve(options.path());
        if (!Files.exists(dir)) {
            throw new PluginException(null, "stat " + options.path() + ": no such file or directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new PluginException(null, "plugin package only supports directories, not tarballs");
        }
        Plugin p;
        try {
            p = Plugins.load(Path.of(options.path()).isAbsolute() ? dir : Path.of(options.path()));
        } catch (PluginException e) {
            throw new PluginException(e.pluginName(), "invalid plugin directory: " + e.getMessage(), e);
        }
        Path dest = workingDir.resolve(options.destination());
        try {
            Files.createDirectories(dest);
        } catch (IOException e) {
            throw new PluginException(p.name(), e.getMessage(), e);
        }
        Signatory signer = null;
        if (options.sign()) {
            try {
                signer = Signatory.fromKeyring(Path.of(options.keyring()), options.key());
            } catch (ProvenanceException e) {
                throw new PluginException(p.name(), "error reading from keyring: " + e.getMessage(), e);
            }
            signer = signer.unlock(options.passphrase());
        }
        String file = p.name() + "-" + p.metadata().version() + ".tgz";
        Path archive = dest.resolve(file);
        try (OutputStream out = Files.newOutputStream(archive)) {
            PluginArchives.create(dir, p.name(), out);
        } catch (NoSuchFileException e) {
            throw new PluginException(p.name(), "failed to create tarball: open " + e.getFile()
                    + ": no such file or directory", e);
        } catch (IOException e) {
            throw new PluginException(p.name(), "failed to create plugin tarball: " + e.getMessage(), e);
        }
        Path prov = null;
        if (signer != null) {
            sign(signer, p, archive);
            prov = Path.of(options.destination()).resolve(file + ".prov");
        }
        return new PluginPackageResult(p, Path.of(options.destination()).resolve(file), prov);
    }

    private void sign(Signatory signer, Plugin p, Path archive) {
        Path target = archive.resolveSibling(archive.getFileName() + ".prov");
        try {
            byte[] data = Files.readAllBytes(archive);
            String prov = signer.clearSign(data, archive.getFileName().toString(),
                    PluginSigning.metadataYaml(PluginArchives.readManifest(data)), clock.instant());
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".prov-", ".tmp");
            try {
                Files.writeString(tmp, prov, java.nio.charset.StandardCharsets.UTF_8);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | ProvenanceException e) {
            throw new PluginException(p.name(), "failed to sign plugin: " + e.getMessage(), e);
        }
    }
}
