package io.helm4j.plugin;

/**
 * A plugin's manifest in Helm 4's one form ({@code plugin.Metadata}): a legacy {@code plugin.yaml} converts to
 * it with {@code apiVersion} {@code legacy}, type {@code cli/v1} (or {@code getter/v1} when it declares
 * downloaders) and runtime {@code subprocess}.
 */
public record PluginMetadata(String apiVersion, String name, String type, String runtime, String version,
        String sourceUrl, PluginConfig config, RuntimeConfig runtimeConfig) {

    public static final String TYPE_CLI = "cli/v1";
    public static final String TYPE_GETTER = "getter/v1";
    public static final String TYPE_POSTRENDERER = "postrenderer/v1";
    public static final String RUNTIME_SUBPROCESS = "subprocess";
    public static final String RUNTIME_EXTISM = "extism/v1";
}
