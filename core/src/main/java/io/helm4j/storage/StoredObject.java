package io.helm4j.storage;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One Secret or ConfigMap that holds a release record, as Helm writes it: its name
 * ({@code sh.helm.release.v1.NAME.vN}), its namespace ("" when the client fills it in), its labels,
 * its {@code type} ({@code helm.sh/release.v1} for a Secret; null for a ConfigMap, which has none)
 * and its one data entry {@code release}.
 *
 * <p>{@code release} is the text Helm's codec produces (base64 of the gzipped JSON). A ConfigMap
 * stores it as {@code data.release}; a Secret stores those bytes as {@code data.release}, which the
 * API (and {@code kubectl get -o yaml}) shows base64-encoded once more: the Kubernetes client
 * encodes and decodes that outer layer, and this object always holds the inner text.
 */
public record StoredObject(String name, String namespace, Map<String, String> labels, String type, String release) {
    public StoredObject {
        Objects.requireNonNull(name, "name");
        namespace = namespace == null ? "" : namespace;
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
