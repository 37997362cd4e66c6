package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.provenance.PassphraseSource;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code package --sign}: the name of the key ({@code --key}), the keyring holding its secret key
 * ({@code --keyring}) and where the passphrase of an encrypted key comes from ({@code --passphrase-file}, or a
 * prompt). Helm's checks: the key name and the keyring are required.
 */
public record SignOptions(String key, Path keyring, PassphraseSource passphrase) {
    public SignOptions {
        if (key == null || key.isEmpty()) {
            throw new Helm4jException("--key is required for signing a package");
        }
        if (keyring == null || keyring.toString().isEmpty()) {
            throw new Helm4jException("--keyring is required for signing a package");
        }
        Objects.requireNonNull(passphrase, "passphrase");
    }
}
