package io.helm4j.cli;

import io.helm4j.action.ActionContext;
import io.helm4j.plugin.TemplateFunctionPlugins;
import java.util.ArrayList;
import java.util.List;

/**
 * helm4j's {@code --template-funcs PLUGIN[,PLUGIN...]} (beyond Helm, so hidden from the help Helm's goldens
 * check): the {@code templatefunc/v1} plugins whose functions chart templates may call. Without it nothing of the
 * plugins is read.
 */
final class TemplateFuncFlags {
    private TemplateFuncFlags() {
    }

    static Flag<List<String>> declare(Flags<?> flags) {
        return flags.stringArray("--template-funcs", "templatefunc/v1 plugins whose functions templates may call "
                + "(helm4j; comma-separated, can repeat)", null).hidden();
    }

    /**
     * The context with the named plugins' functions, or as it was when the flag is not given; {@code live} when the
     * render is applied (an install or upgrade that is no dry run and no plan): only then are the plugins' granted
     * Kubernetes writes sent for real, else as the API server's dry run.
     */
    static ActionContext.Builder apply(HelmCommand<?> command, ActionContext.Builder b, Flag<List<String>> flag,
            boolean live) {
        List<String> names = new ArrayList<>();
        for (String v : flag.value() == null ? List.<String>of() : flag.value()) {
            for (String n : v.split(",")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
        }
        if (names.isEmpty()) {
            return b;
        }
        // granted Kubernetes requests go to the command's cluster, the client the builder opens on first use (shared
        // by the contexts it builds); template has none, and a request fails naming the plugin
        ActionContext cluster = b.build();
        return b.templateFunctions(TemplateFunctionPlugins.load(command.settings().pluginsDirectory(), names,
                command.events(), PluginStreams.of(command).stderr(), live
                        ? io.helm4j.plugin.PluginKube.of(cluster::kube)
                        : io.helm4j.plugin.PluginKube.dryRun(cluster::kube)));
    }
}
