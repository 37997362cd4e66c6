package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.plugin.PluginPostRenderer;
import io.helm4j.postrender.PostRenderer;
import java.nio.file.Path;
import java.util.List;

/**
 * Helm 4's {@code --post-renderer NAME} and {@code --post-renderer-args}: the name of a {@code postrenderer/v1}
 * plugin, found when the flags are read, with pflag's {@code invalid argument} error when it is not there.
 */
final class PostRendererFlags {
    private PostRendererFlags() {
    }

    /** The post-renderer the flags name, or null when none is given. */
    static PostRenderer of(HelmCommand<?> command, List<String> names, List<String> args) {
        String name = null;
        for (String v : names) {
            if (v.isEmpty()) {
                continue;
            }
            if (name != null) {
                throw new Helm4jException(invalid(v, "cannot specify --post-renderer flag more than once"));
            }
            name = v;
        }
        if (name == null) {
            return null;
        }
        try {
            return PluginPostRenderer.find(command.settings().pluginsDirectory(), name, args == null ? List.of() : args,
                    command.context().env(), command.events(), PluginStreams.of(command).stderr(),
                    Path.of("").toAbsolutePath());
        } catch (Helm4jException e) {
            throw new Helm4jException(invalid(name, e.getMessage()), e);
        }
    }

    private static String invalid(String value, String why) {
        return "invalid argument \"" + value + "\" for \"--post-renderer\" flag: " + why;
    }
}
