/**
 * Helm 4's plugins ({@code internal/plugin}): {@code plugin.yaml} in Helm 3's legacy form and Helm 4's
 * {@code apiVersion: v1} form, read and validated with Helm's messages ({@link PluginManifest}); discovery in
 * {@code $HELM_PLUGINS} ({@link Plugins}); the subprocess runtime that runs {@code cli/v1}, {@code postrenderer/v1}
 * plugins and hooks with the {@code HELM_*} environment Helm passes ({@link SubprocessRuntime}); plugin archives
 * ({@link PluginArchives}). WebAssembly ({@code extism/v1}) plugins run in the module {@code plugin-wasm}, found
 * through {@link WasmRuntime}'s {@link java.util.ServiceLoader} only when one runs.
 */
package io.helm4j.plugin;
