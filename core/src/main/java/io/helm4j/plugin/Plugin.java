package io.helm4j.plugin;

import java.nio.file.Path;

/** An installed plugin: its directory (as found: under {@code $HELM_PLUGINS}, perhaps a link) and manifest. */
public record Plugin(Path dir, PluginMetadata metadata) {

    public String name() {
        return metadata.name();
    }
}
