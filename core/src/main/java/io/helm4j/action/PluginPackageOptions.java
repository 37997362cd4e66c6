package io.helm4j.action;

/**
 * {@code helm plugin package PATH}: the plugin directory, where the archive goes ({@code -d}), and the signing
 * flags ({@code --sign}, on by default as in Helm 4, {@code --key}, {@code --keyring}, {@code --passphrase-file}).
 */
public record PluginPackageOptions(String path, String destination, boolean sign, String key, String keyring,
        String passphraseFile) {
}
