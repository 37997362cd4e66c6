package io.helm4j.action;

import io.helm4j.plugin.Plugin;
import java.nio.file.Path;

/** The plugin packaged and the archive written (as {@code destination/NAME-VERSION.tgz}). */
public record PluginPackageResult(Plugin plugin, Path archive) {
}
