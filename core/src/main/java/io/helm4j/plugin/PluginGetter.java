package io.helm4j.plugin;

import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.getter.Getters;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm 4's subprocess {@code getter/v1} plugins ({@code runtime_subprocess_getter.go}): the command for the URL's
 * scheme ({@code protocolCommands}; a legacy plugin's {@code downloaders}), found in the plugin's directory, run
 * with the arguments {@code CERT KEY CA URL} and Helm's environment plus {@code HELM_PLUGIN_USERNAME},
 * {@code HELM_PLUGIN_PASSWORD} and {@code HELM_PLUGIN_PASS_CREDENTIALS_ALL}; what it writes on stdout is the
 * download, its stderr the user's.
 */
public final class PluginGetter implements Getter {
    private final Plugin plugin;
    private final Map<String, String> env;
    private final OutputStream stderr;

    public PluginGetter(Plugin plugin, Map<String, String> env, OutputStream stderr) {
        this.plugin = plugin;
        this.env = Map.copyOf(env);
        this.stderr = stderr;
    }

    /**
     * {@code getters} with every scheme of the getter plugins of {@code pluginsDirectory} (Helm reads that setting
     * as one directory here), each plugin run with {@code processEnv} and Helm's {@code helmEnv}.
     */
    public static Getters with(Getters getters, String pluginsDirectory, Map<String, String> processEnv,
            Map<String, String> helmEnv, EventSink events, OutputStream stderr) {
        Getters out = getters;
        for (Plugin p : Plugins.loadAll(Path.of(pluginsDirectory), events)) {
            if (p.metadata().config() instanceof PluginConfig.Getter g
                    && p.metadata().runtime().equals(PluginMetadata.RUNTIME_SUBPROCESS)) {
                PluginGetter getter = new PluginGetter(p, SubprocessRuntime.environment(p, processEnv, helmEnv), stderr);
                for (String scheme : g.protocols()) {
                    out = out.with(scheme, getter);
                }
            }
        }
        return out;
    }

    @Override
    public byte[] get(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon);
        RuntimeConfig.Subprocess rc = (RuntimeConfig.Subprocess) plugin.metadata().runtimeConfig();
        RuntimeConfig.ProtocolCommand d = null;
        for (RuntimeConfig.ProtocolCommand c : rc.protocolCommands()) {
            if (c.protocols().contains(scheme)) {
                d = c;
                break;
            }
        }
        if (d == null) {
            throw new PluginException(plugin.name(), "no downloader found for protocol \"" + scheme + "\"");
        }
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("HELM_PLUGIN_USERNAME", "");
        e.put("HELM_PLUGIN_PASSWORD", "");
        e.put("HELM_PLUGIN_PASS_CREDENTIALS_ALL", "false");
        List<String> cmd;
        try {
            cmd = new ArrayList<>(SubprocessRuntime.command(d.platformCommand(), false, List.of(), e));
        } catch (PluginException ex) {
            throw new PluginException(plugin.name(), "failed to prepare commands for protocol \"" + scheme + "\": "
                    + ex.getMessage(), ex);
        }
        cmd.set(0, plugin.dir().resolve(cmd.get(0).startsWith("/") ? cmd.get(0).substring(1) : cmd.get(0)).toString());
        cmd.addAll(List.of("", "", "", url));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SubprocessRuntime.run(plugin, cmd, e, PluginIo.of(out, stderr));
        if (exit != 0) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" exited with error", null, exit);
        }
        return out.toByteArray();
    }
}
