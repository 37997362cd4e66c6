package io.helm4j.action;

import java.util.Objects;

/** {@code helm plugin verify PATH}: a plugin archive ({@code .tgz}, {@code .tar.gz}) and the public keyring. */
public record PluginVerifyOptions(String path, String keyring) {
    public PluginVerifyOptions {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(keyring, "keyring");
    }
}
