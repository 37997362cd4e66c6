package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.plugin.PluginArchives;
import io.helm4j.plugin.PluginMetadata;
import io.helm4j.registry.PluginArtifacts;
import io.helm4j.registry.RegistryClient;
import io.helm4j.registry.RegistryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code helm4j plugin push PLUGIN.tgz oci://HOST/PATH} (beyond Helm 4, which installs plugins from a registry but
 * has no command to put one there, and whose {@code helm push} takes charts only; so hidden, and {@code helm push}
 * stays Helm's): the archive {@code plugin package} made, and its {@code .prov} when one lies beside it, pushed as
 * Helm 4's plugin artifact ({@link PluginArtifacts}) to {@code HOST/PATH/NAME:VERSION}, which
 * {@code helm plugin install oci://HOST/PATH/NAME:VERSION} installs. Flags and output as {@code helm push}.
 */
final class PluginPushCommand extends HelmCommand<Void> {
    private final RegistryPushFlags registry;

    PluginPushCommand() {
        super("push [plugin] [remote]", "push a plugin archive to an OCI registry (beyond Helm)");
        registry = new RegistryPushFlags(flags, RegistryPushFlags.Subject.PLUGIN);
    }

    @Override
    boolean hidden() {
        return true; // beyond Helm: `helm plugin --help` stays Helm's
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 2);
        Path archive = Path.of(args.get(0));
        String base = PushCommand.ociBase(args.get(1));
        if (!Files.exists(archive)) {
            throw new Helm4jException(args.get(0) + ": no such file");
        }
        if (Files.isDirectory(archive)) {
            throw new Helm4jException("cannot push directory, must provide plugin archive (.tgz): run helm4j plugin "
                    + "package first");
        }
        byte[] data;
        byte[] prov;
        try {
            data = Files.readAllBytes(archive);
            prov = PushCommand.provBeside(archive);
        } catch (IOException e) {
            throw new Helm4jException("read " + archive + ": " + e.getMessage(), e);
        }
        PluginMetadata meta = PluginArchives.readManifest(data);
        String ref = base + "/" + meta.name() + ":" + meta.version().replace('+', '_');
        RegistryOptions options = registry.options(settings());
        String digest;
        try (RegistryClient client = new RegistryClient(options, context().env(), context().userHome(),
                settings().maxChartSize(), events())) {
            digest = new PluginArtifacts(client).push(data, prov, meta.name() + "-" + meta.version() + ".tgz", ref);
        }
        out().println("Pushed: " + ref);
        out().println("Digest: " + digest);
        out().flush();
        return 0;
    }
}
