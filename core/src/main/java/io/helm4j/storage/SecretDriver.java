package io.helm4j.storage;

import java.time.Clock;

/**
 * Helm's default driver ({@code HELM_DRIVER=secret}): each revision a Secret of type
 * {@code helm.sh/release.v1} in the release's namespace. Errors read as Helm's Secret driver
 * words them ({@code get: failed to get "KEY": ...}).
 */
public final class SecretDriver extends ObjectDriver {
    /** The Secret type Helm gives release records. */
    public static final String TYPE = "helm.sh/release.v1";

    public SecretDriver(RecordObjects secrets, Clock clock) {
        super(secrets, clock);
    }

    @Override
    public String name() {
        return "Secret";
    }

    @Override
    String objectType() {
        return TYPE;
    }

    @Override
    StorageException wrap(String message, StorageException cause) {
        return new StorageException(message + ": " + cause.getMessage(), cause);
    }
}
