package io.helm4j.action;

import java.nio.file.Path;
import java.util.Objects;

/** {@code helm verify}: the chart archive and the keyring holding the public keys ({@code --keyring}). */
public record VerifyOptions(Path chart, Path keyring) {
    public VerifyOptions {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(keyring, "keyring");
    }
}
