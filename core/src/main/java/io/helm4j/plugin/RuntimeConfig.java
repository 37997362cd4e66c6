package io.helm4j.plugin;

import java.util.List;
import java.util.Map;

/** The {@code runtimeConfig} of a plugin, per runtime. */
public sealed interface RuntimeConfig {

    /**
     * {@code subprocess}: the command, the hooks per event ({@code install}, {@code delete}, {@code update}), a
     * getter's commands per protocol, and whether {@code $VAR}s in a hook's arguments are expanded (not for
     * Helm 3's {@code hooks:} strings, which a shell runs).
     */
    record Subprocess(List<PlatformCommand> platformCommand, Map<String, List<PlatformCommand>> platformHooks,
            List<ProtocolCommand> protocolCommands, boolean expandHookArgs) implements RuntimeConfig {
        public Subprocess {
            platformCommand = List.copyOf(platformCommand);
            platformHooks = Map.copyOf(platformHooks);
            protocolCommands = List.copyOf(protocolCommands);
        }
    }

    /** A getter's command for some protocols. */
    record ProtocolCommand(List<String> protocols, List<PlatformCommand> platformCommand) {
        public ProtocolCommand {
            protocols = List.copyOf(protocols);
            platformCommand = List.copyOf(platformCommand);
        }
    }

    /**
     * {@code extism/v1}: Helm 4's WebAssembly runtime configuration. Zero means "not set" for the numbers, as in
     * Helm's YAML; the runtime applies its defaults ({@link #DEFAULT_MAX_PAGES}...). Beyond Helm 4 (whose decoder
     * ignores these keys, so the same {@code plugin.yaml} loads in both): {@code allowedPaths}, the host directories
     * the plugin sees and where (Extism's manifest form, {@code ro:} before a host path for read-only), and
     * {@code allowedEnv}, the names of the user's environment variables it may read besides Helm's {@code HELM_*};
     * {@code kubernetes}, the reads it may ask of the cluster, as {@code VERB RESOURCE} ({@code get pods},
     * {@code list configmaps}; verbs {@code get} and {@code list}).
     */
    record Extism(long maxPages, long maxHttpResponseBytes, long maxVarBytes, Map<String, String> config,
            List<String> allowedHosts, boolean createTempDir, long timeoutMillis, List<String> hostFunctions,
            String entryFuncName, List<PathGrant> allowedPaths, List<String> allowedEnv, List<String> kubernetes)
            implements RuntimeConfig {
        /** Pages of 64 KiB each memory may have when {@code memory.maxPages} is not set: 4 (256 KiB), as Helm documents. */
        public static final long DEFAULT_MAX_PAGES = 4;
        /** {@code memory.maxHttpResponseBytes} when not set, as Helm documents: 4 KiB. */
        public static final long DEFAULT_MAX_HTTP_RESPONSE_BYTES = 4096;
        /** {@code memory.maxVarBytes} when not set, as Helm documents: 4 KiB. */
        public static final long DEFAULT_MAX_VAR_BYTES = 4096;
        /** Helm's entry function. */
        public static final String DEFAULT_ENTRY = "helm_plugin_main";

        public Extism {
            config = Map.copyOf(config);
            allowedHosts = List.copyOf(allowedHosts);
            hostFunctions = List.copyOf(hostFunctions);
            entryFuncName = entryFuncName == null ? "" : entryFuncName;
            allowedPaths = List.copyOf(allowedPaths);
            allowedEnv = List.copyOf(allowedEnv);
            kubernetes = List.copyOf(kubernetes);
        }

        /** The memory cap in pages: {@code memory.maxPages}, else {@link #DEFAULT_MAX_PAGES}. */
        public long effectiveMaxPages() {
            return maxPages > 0 ? maxPages : DEFAULT_MAX_PAGES;
        }

        /** The entry function: {@code entryFuncName}, else {@code helm_plugin_main}. */
        public String effectiveEntry() {
            return entryFuncName.isEmpty() ? DEFAULT_ENTRY : entryFuncName;
        }

        public long effectiveMaxHttpResponseBytes() {
            return maxHttpResponseBytes > 0 ? maxHttpResponseBytes : DEFAULT_MAX_HTTP_RESPONSE_BYTES;
        }

        public long effectiveMaxVarBytes() {
            return maxVarBytes > 0 ? maxVarBytes : DEFAULT_MAX_VAR_BYTES;
        }
    }

    /**
     * A directory granted to a WebAssembly plugin: {@code host} (absolute, or relative to the plugin's directory)
     * appears at {@code guest} (absolute) in the plugin's file system, read-only or read-write.
     */
    record PathGrant(String host, String guest, boolean readOnly) {
        /** Extism's manifest entry {@code [ro:]HOST: GUEST}. */
        public static PathGrant parse(String key, String guest) {
            boolean ro = key.startsWith("ro:");
            return new PathGrant(ro ? key.substring(3) : key, guest, ro);
        }

        /** The host directory for a plugin living in {@code pluginDir}. */
        public java.nio.file.Path hostPath(java.nio.file.Path pluginDir) {
            return pluginDir.resolve(host).toAbsolutePath().normalize();
        }

        /** {@code read-only} or {@code read-write}. */
        public String access() {
            return readOnly ? "read-only" : "read-write";
        }
    }
}
