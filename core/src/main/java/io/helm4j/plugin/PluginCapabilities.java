package io.helm4j.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plugin may do, for a reviewer to audit ({@code helm4j plugin show}, beyond Helm): a WebAssembly plugin's
 * grants with the defaults helm4j applies where the manifest is silent; a subprocess plugin is no sandbox and says
 * so. Every grant named here is the one the runtime enforces.
 */
public final class PluginCapabilities {
    /** One capability: its name ({@code memory}, {@code files}...) and what is granted. */
    public record Capability(String name, String grant) {
    }

    private PluginCapabilities() {
    }

    public static List<Capability> of(Plugin plugin) {
        List<Capability> out = new ArrayList<>();
        if (!(plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Extism x)) {
            out.add(new Capability("sandbox", "none: a subprocess runs with the user's rights (every file, host, "
                    + "environment variable and credential the user has)"));
            return out;
        }
        long pages = x.effectiveMaxPages();
        out.add(new Capability("memory", pages + " pages of 64 KiB (" + pages * 64 + " KiB) per memory, Extism's "
                + "included" + (x.maxPages() > 0 ? "" : " (default; memory.maxPages not set)")));
        out.add(new Capability("time", x.timeoutMillis() > 0 ? x.timeoutMillis() + " ms per call"
                : "no limit (runtimeConfig.timeout not set)"));
        out.add(new Capability("hosts", x.allowedHosts().isEmpty() ? "none"
                : String.join(", ", x.allowedHosts()) + " (HTTP answers up to " + x.effectiveMaxHttpResponseBytes()
                        + " bytes)"));
        List<String> files = new ArrayList<>();
        for (RuntimeConfig.PathGrant g : x.allowedPaths()) {
            files.add(g.guest() + " = " + g.hostPath(plugin.dir()) + " (" + g.access() + ")");
        }
        if (x.createTempDir()) {
            files.add("/tmp = a new temporary directory per call (read-write)");
        }
        out.add(new Capability("files", files.isEmpty() ? "none" : String.join(", ", files)));
        out.add(new Capability("environment", x.allowedEnv().isEmpty() ? "HELM_* only"
                : "HELM_* and " + String.join(", ", x.allowedEnv())));
        out.add(new Capability("vars", "up to " + x.effectiveMaxVarBytes() + " bytes"));
        out.add(new Capability("host functions", x.hostFunctions().isEmpty() ? "none"
                : "none granted (requested: " + String.join(", ", x.hostFunctions()) + ")"));
        out.add(new Capability("kubernetes", x.kubernetes().isEmpty() ? "none"
                : String.join(", ", x.kubernetes()) + " (through helm4j's client; no credentials to the plugin)"));
        return out;
    }

    /**
     * The grant as data, for {@code plugin list -o json|yaml}: what the runtime enforces, the defaults applied
     * (JSON-shaped: maps in a fixed order, lists, strings, numbers, booleans). A subprocess plugin:
     * {@code sandbox: false}.
     */
    public static Map<String, Object> grant(Plugin plugin) {
        Map<String, Object> g = new LinkedHashMap<>();
        if (!(plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Extism x)) {
            g.put("sandbox", false);
            g.put("note", "a subprocess runs with the user's rights");
            return g;
        }
        g.put("sandbox", true);
        g.put("entryFunction", x.effectiveEntry());
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("maxPages", x.effectiveMaxPages());
        mem.put("maxBytes", x.effectiveMaxPages() * 65536);
        mem.put("default", x.maxPages() <= 0);
        g.put("memory", mem);
        g.put("timeoutMillis", x.timeoutMillis());
        g.put("allowedHosts", x.allowedHosts());
        g.put("maxHttpResponseBytes", x.effectiveMaxHttpResponseBytes());
        List<Object> files = new ArrayList<>();
        for (RuntimeConfig.PathGrant p : x.allowedPaths()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("guest", p.guest());
            f.put("host", p.hostPath(plugin.dir()).toString());
            f.put("access", p.readOnly() ? "r" : "rw");
            files.add(f);
        }
        g.put("paths", files);
        g.put("tempDir", x.createTempDir());
        List<String> env = new ArrayList<>(List.of("HELM_*"));
        env.addAll(x.allowedEnv());
        g.put("env", env);
        g.put("maxVarBytes", x.effectiveMaxVarBytes());
        g.put("hostFunctions", List.of());
        g.put("hostFunctionsRequested", x.hostFunctions());
        List<Object> kube = new ArrayList<>();
        for (String k : x.kubernetes()) {
            String[] vr = k.split(" ", 2);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("verb", vr[0]);
            e.put("resource", vr.length > 1 ? vr[1] : "");
            kube.add(e);
        }
        g.put("kubernetes", kube);
        return g;
    }

    /** The grant on one line, for {@code plugin list -o wide}. */
    public static String summary(Plugin plugin) {
        if (!(plugin.metadata().runtimeConfig() instanceof RuntimeConfig.Extism x)) {
            return "unsandboxed (the user's rights)";
        }
        List<String> parts = new ArrayList<>();
        parts.add("memory=" + x.effectiveMaxPages() * 64 + "KiB" + (x.maxPages() > 0 ? "" : "(default)"));
        parts.add("timeout=" + (x.timeoutMillis() > 0 ? x.timeoutMillis() + "ms" : "none"));
        parts.add("hosts=" + (x.allowedHosts().isEmpty() ? "none" : String.join(",", x.allowedHosts())));
        List<String> files = new ArrayList<>();
        for (RuntimeConfig.PathGrant p : x.allowedPaths()) {
            files.add(p.guest() + ":" + (p.readOnly() ? "r" : "rw"));
        }
        if (x.createTempDir()) {
            files.add("/tmp:rw(temp)");
        }
        parts.add("paths=" + (files.isEmpty() ? "none" : String.join(",", files)));
        List<String> env = new ArrayList<>(List.of("HELM_*"));
        env.addAll(x.allowedEnv());
        parts.add("env=" + String.join(",", env));
        parts.add("kube=" + (x.kubernetes().isEmpty() ? "none" : String.join(",", x.kubernetes())));
        return String.join(" ", parts);
    }
}
