package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import java.nio.file.Path;

/** The plugin packaged, the archive written ({@code destination/NAME-VERSION.tgz}) and its {@code .prov} (or null). */
public record PluginPackageResult(Plugin plugin, Path archive, Path provenance) {
}
