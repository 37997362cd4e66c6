package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.Plugins;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code helm plugin package}: checks that the directory holds a plugin that loads, then writes
 * {@code NAME-VERSION.tgz} as Helm 4 does. Signing needs OpenPGP keys: without the keyring, Helm's error;
 * with one, helm4j says it cannot sign yet ({@code --sign=false} packages without a signature).
 */
public final class PluginPackage {
    private final Path workingDir;

    public PluginPackage(ActionContext context) {
        this.workingDir = context.workingDir();
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
        if (options.sign()) {
            if (!Files.exists(Path.of(options.keyring()))) {
                throw new PluginException(p.name(), "error reading from keyring: open " + options.keyring()
                        + ": no such file or directory");
            }
            throw new PluginException(p.name(), "helm4j cannot sign plugins yet; use --sign=false to package without "
                    + "a signature");
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
        return new PluginPackageResult(p, Path.of(options.destination()).resolve(file));
    }
}
