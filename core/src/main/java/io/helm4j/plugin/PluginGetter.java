package io.helm4j.plugin;

import io.helm4j.events.EventSink;
import io.helm4j.getter.Getter;
import io.helm4j.getter.Getters;
import io.helm4j.getter.HttpOptions;
import io.helm4j.getter.SchemeGetters;
import io.helm4j.settings.HelmSettings;
import io.helm4j.yaml.GoJsonValue;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helm 4's {@code getter/v1} plugins ({@code pkg/getter/plugingetter.go}): a download for a URL scheme the plugin
 * declares ({@code config.protocols}; a legacy plugin's {@code downloaders}).
 * <ul>
 * <li>subprocess ({@code runtime_subprocess_getter.go}): the command for the URL's scheme
 * ({@code protocolCommands}), found in the plugin's directory, run with the arguments {@code CERT KEY CA URL} and
 * Helm's environment plus {@code HELM_PLUGIN_USERNAME}, {@code HELM_PLUGIN_PASSWORD} and
 * {@code HELM_PLUGIN_PASS_CREDENTIALS_ALL}; what it writes on stdout is the download, its stderr the user's;</li>
 * <li>{@code extism/v1}: Helm's input message {@code {"href", "protocol", "options": {"URL", "CertFile", ...}}}
 * as JSON, and the download from the output's {@code "data"} (base64, as Go writes a byte slice).</li>
 * </ul>
 */
public final class PluginGetter implements Getter {
    private final Plugin plugin;
    private final Map<String, String> env;
    private final OutputStream stderr;
    private final HttpOptions options;
    private final PluginKube kube;

    public PluginGetter(Plugin plugin, Map<String, String> env, OutputStream stderr) {
        this(plugin, env, stderr, HttpOptions.defaults());
    }

    /** With the repository's options: its credentials and TLS files go to the plugin as Helm passes them. */
    public PluginGetter(Plugin plugin, Map<String, String> env, OutputStream stderr, HttpOptions options) {
        this(plugin, env, stderr, options, PluginKube.NONE);
    }

    /** As above, a WebAssembly plugin's granted Kubernetes requests ({@code runtimeConfig.kubernetes}) served by {@code kube}. */
    public PluginGetter(Plugin plugin, Map<String, String> env, OutputStream stderr, HttpOptions options,
            PluginKube kube) {
        this.plugin = plugin;
        this.env = Map.copyOf(env);
        this.stderr = stderr;
        this.options = options;
        this.kube = kube;
    }

    /**
     * {@code getters} with every scheme of the getter plugins of {@code pluginsDirectory} (Helm reads that setting
     * as one directory here), each plugin run with {@code processEnv} and Helm's {@code helmEnv}.
     */
    public static Getters with(Getters getters, String pluginsDirectory, Map<String, String> processEnv,
            Map<String, String> helmEnv, EventSink events, OutputStream stderr) {
        Getters out = getters;
        for (Map.Entry<String, Function<HttpOptions, Getter>> e
                : schemes(pluginsDirectory, processEnv, helmEnv, events, stderr).entrySet()) {
            out = out.with(e.getKey(), e.getValue().apply(HttpOptions.defaults()));
        }
        return out;
    }

    /**
     * The getters by scheme for chart downloads, repository indexes and dependencies: http(s) built in and, looked
     * up only when a URL has another scheme, the getter plugins of {@code settings.pluginsDirectory()}, run with
     * {@code processEnv} and Helm's variables ({@code helm env}, with {@code HELM_BIN} = {@code helmBin}).
     */
    public static SchemeGetters schemeGetters(HelmSettings settings, Map<String, String> processEnv, String helmBin,
            EventSink events, OutputStream stderr) {
        return schemeGetters(settings, processEnv, helmBin, events, stderr, PluginKube.NONE);
    }

    /** As above, the granted Kubernetes requests of WebAssembly getter plugins served by {@code kube}. */
    public static SchemeGetters schemeGetters(HelmSettings settings, Map<String, String> processEnv, String helmBin,
            EventSink events, OutputStream stderr, PluginKube kube) {
        // the HTTP getter reports download progress into the events, as the downloader's own does
        return SchemeGetters.of(o -> new io.helm4j.getter.HttpGetter(o, events), () -> schemes(settings.pluginsDirectory(),
                processEnv, settings.envVars(helmBin), events, stderr, kube), events);
    }

    /** Each scheme a getter plugin of {@code pluginsDirectory} declares, the first plugin (in name order) winning. */
    static Map<String, Function<HttpOptions, Getter>> schemes(String pluginsDirectory, Map<String, String> processEnv,
            Map<String, String> helmEnv, EventSink events, OutputStream stderr) {
        return schemes(pluginsDirectory, processEnv, helmEnv, events, stderr, PluginKube.NONE);
    }

    static Map<String, Function<HttpOptions, Getter>> schemes(String pluginsDirectory, Map<String, String> processEnv,
            Map<String, String> helmEnv, EventSink events, OutputStream stderr, PluginKube kube) {
        Map<String, Function<HttpOptions, Getter>> out = new LinkedHashMap<>();
        for (Plugin p : Plugins.loadAll(Path.of(pluginsDirectory), events)) {
            if (p.metadata().config() instanceof PluginConfig.Getter g) {
                Map<String, String> env = SubprocessRuntime.environment(p, processEnv, helmEnv);
                for (String scheme : g.protocols()) {
                    out.putIfAbsent(scheme, o -> new PluginGetter(p, env, stderr, o, kube));
                }
            }
        }
        return out;
    }

    @Override
    public byte[] get(String url) {
        String scheme = SchemeGetters.scheme(url);
        if (plugin.metadata().runtime().equals(PluginMetadata.RUNTIME_EXTISM)) {
            return wasm(url, scheme);
        }
        return subprocess(url, scheme);
    }

    private byte[] wasm(String url, String scheme) {
        String out = WasmRuntime.load(plugin).invoke(plugin, GoYaml.toJson(input(url, scheme)), Map.of(),
                PluginIo.of(OutputStream.nullOutputStream(), stderr), kube);
        Object data;
        try {
            data = GoYaml.fromJsonObject(out).get("data");
        } catch (RuntimeException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": its output is not the JSON of "
                    + "getter/v1 ({\"data\": BASE64}): " + e.getMessage(), e);
        }
        if (data == null) {
            return new byte[0];
        }
        if (!(data instanceof String s)) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": getter/v1 output \"data\" "
                    + "is not a base64 string");
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": getter/v1 output \"data\" "
                    + "is not base64: " + e.getMessage(), e);
        }
    }

    /** Helm's {@code schema.InputMessageGetterV1}, its options as Go marshals {@code GetterOptionsV1} (no tags). */
    Map<String, Object> input(String url, String scheme) {
        GoJsonValue.Struct o = new GoJsonValue.Struct()
                .field("URL", options.repoUrl())
                .field("CertFile", options.certFile())
                .field("KeyFile", options.keyFile())
                .field("CAFile", options.caFile())
                .field("UNTar", false)
                .field("InsecureSkipVerifyTLS", options.insecureSkipTlsVerify())
                .field("PlainHTTP", false)
                .field("AcceptHeader", "")
                .field("Username", options.username())
                .field("Password", options.password())
                .field("PassCredentialsAll", options.passCredentialsAll())
                .field("UserAgent", "")
                .field("Version", "")
                .field("Timeout", options.timeout().toNanos());
        return new GoJsonValue.Struct().field("href", url).field("protocol", scheme).field("options", o);
    }

    private byte[] subprocess(String url, String scheme) {
        if (!(plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Subprocess rc)) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" has no subprocess runtimeConfig");
        }
        RuntimeConfig.ProtocolCommand d = null;
        for (RuntimeConfig.ProtocolCommand c : rc.protocolCommands()) {
            if (c.protocols().contains(scheme)) {
                d = c;
                break;
            }
        }
        if (d == null) {
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\": no downloader found for "
                    + "protocol \"" + scheme + "\"");
        }
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("HELM_PLUGIN_USERNAME", options.username());
        e.put("HELM_PLUGIN_PASSWORD", options.password());
        e.put("HELM_PLUGIN_PASS_CREDENTIALS_ALL", Boolean.toString(options.passCredentialsAll()));
        List<String> cmd;
        try {
            cmd = new ArrayList<>(SubprocessRuntime.command(d.platformCommand(), false, List.of(), e));
        } catch (PluginException ex) {
            throw new PluginException(plugin.name(), "failed to prepare commands for protocol \"" + scheme + "\": "
                    + ex.getMessage(), ex);
        }
        cmd.set(0, plugin.dir().resolve(cmd.get(0).startsWith("/") ? cmd.get(0).substring(1) : cmd.get(0)).toString());
        cmd.addAll(List.of(options.certFile(), options.keyFile(), options.caFile(), url));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SubprocessRuntime.run(plugin, cmd, e, PluginIo.of(out, stderr));
        if (exit != 0) {
            // Helm: "plugin &{...the whole struct...} failed to invoke: plugin "N" exited with error", exit status 1
            throw new PluginException(plugin.name(), "plugin \"" + plugin.name() + "\" failed to invoke: plugin \""
                    + plugin.name() + "\" exited with error (exit status " + exit + ")");
        }
        return out.toByteArray();
    }
}
