package io.helm4j.plugin;

import java.util.ArrayList;
import java.util.List;

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
                : String.join(", ", x.kubernetes()) + " (read through helm4j's client; no credentials to the plugin)"));
        return out;
    }
}
