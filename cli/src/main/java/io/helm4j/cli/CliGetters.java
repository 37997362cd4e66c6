package io.helm4j.cli;

import io.helm4j.getter.SchemeGetters;
import io.helm4j.plugin.PluginGetter;

/**
 * The getters a command downloads with (Helm's {@code getter.All}): http(s), and the schemes of the
 * {@code getter/v1} plugins in {@code $HELM_PLUGINS}, looked up only when a URL has such a scheme. A plugin's
 * stderr is the command's.
 */
final class CliGetters {
    private CliGetters() {
    }

    static SchemeGetters of(HelmCommand<?> command) {
        return PluginGetter.schemeGetters(command.settings(), command.context().env(), command.context().programName(),
                command.events(), PluginStreams.of(command).stderr());
    }
}
