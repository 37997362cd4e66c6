package io.helm4j.storage;

import java.time.Clock;

/**
 * Helm's ConfigMap driver ({@code HELM_DRIVER=configmap}): each revision a ConfigMap (no type) in
 * the release's namespace. As Helm's, it passes the client's errors on unwrapped.
 */
public final class ConfigMapDriver extends ObjectDriver {
    public ConfigMapDriver(RecordObjects configMaps, Clock clock) {
        super(configMaps, clock);
    }

    @Override
    public String name() {
        return "ConfigMap";
    }

    @Override
    String objectType() {
        return null;
    }

    @Override
    StorageException wrap(String message, StorageException cause) {
        return cause;
    }
}
