package io.helm4j.action;

import io.helm4j.provenance.PassphraseSource;

/**
 * {@code helm plugin package PATH}: the plugin directory, where the archive goes ({@code -d}), and the signing
 * flags ({@code --sign}, on by default as in Helm 4, {@code --key}, {@code --keyring}, and where the passphrase of
 * an encrypted key comes from: {@code --passphrase-file} or a prompt).
 */
public record PluginPackageOptions(String path, String destination, boolean sign, String key, String keyring,
        PassphraseSource passphrase) {
}
