package io.helm4j.cli;

import io.helm4j.getter.SchemeGetters;
import io.helm4j.plugin.PluginGetter;

/**
 * The getters a command downloads with (Helm's {@code getter.All}): http(s), and the schemes of the
 * {@code getter/v1} plugins in {@code $HELM_PLUGINS}, looked up only when a URL has such a scheme. A plugin's
 * stderr is the command's. A WebAssembly getter's granted Kubernetes requests go to the command's cluster (the
 * kubeconfig and {@code --kube-*} flags), through a client opened on the first such request.
 */
final class CliGetters {
    private CliGetters() {
    }

    static SchemeGetters of(HelmCommand<?> command) {
        io.helm4j.settings.HelmSettings settings = command.settings();
        java.util.Map<String, String> env = command.context().env();
        io.helm4j.kube.KubeClient[] opened = new io.helm4j.kube.KubeClient[1];
        io.helm4j.plugin.PluginKube kube = io.helm4j.plugin.PluginKube.of(() -> {
            synchronized (opened) {
                if (opened[0] == null) {
                    opened[0] = io.helm4j.kube.KubeClients.open(io.helm4j.kube.KubeClientOptions.from(settings), env);
                }
                return opened[0];
            }
        });
        return PluginGetter.schemeGetters(settings, env, command.context().programName(), command.events(),
                PluginStreams.of(command).stderr(), kube);
    }
}
