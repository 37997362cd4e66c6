package io.helm4j.registry;

import io.helm4j.Helm4jException;
import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm 4's plugins in OCI registries ({@code pkg/registry/plugin.go}): a manifest of artifact type
 * {@code application/vnd.helm.plugin.v1+json} (or, as Helm also accepts, a config of that media type) whose layers
 * are titled {@code NAME-VERSION.tgz} and {@code NAME-VERSION.tgz.prov}. Helm 4 pulls them ({@code plugin install
 * oci://...}) but has no command to push one; {@link #push} writes what its pull reads, with an empty config as
 * OCI 1.1 artifacts have. Every blob is checked against its digest while it streams.
 */
public final class PluginArtifacts {
    public static final String ARTIFACT_TYPE = "application/vnd.helm.plugin.v1+json";
    static final String EMPTY_CONFIG = "application/vnd.oci.empty.v1+json";
    static final String ARCHIVE_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    static final String PROV_LAYER = "application/vnd.oci.image.layer.v1.tar";
    static final String TITLE = "org.opencontainers.image.title";

    /** What a pull fetched: the reference, the manifest's digest, the archive, and its provenance (or null). */
    public record Pulled(String ref, String manifestDigest, byte[] archive, byte[] provenance) {
    }

    private final RegistryClient client;

    public PluginArtifacts(RegistryClient client) {
        this.client = client;
    }

    /** Helm's {@code GetPluginName}: the last part of the reference's repository. */
    public static String pluginName(String ref) {
        OciReference r = OciReference.parse(ref);
        String repo = r.repository();
        String name = repo.substring(repo.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw new Helm4jException("invalid OCI reference: cannot determine plugin name from repository " + repo);
        }
        return name;
    }

    /** Helm's {@code PullPlugin}: the layer {@code NAME-*.tgz} and, when there, {@code NAME-*.tgz.prov}. */
    @SuppressWarnings("unchecked")
    public Pulled pull(String ref) {
        OciReference target = OciReference.parse(ref);
        String name = pluginName(ref);
        ManifestPuller.Pulled m = new ManifestPuller(client.http()).pull(target);
        Map<String, Object> manifest = GoYaml.fromJsonObject(new String(m.data(), StandardCharsets.UTF_8));
        String artifactType = String.valueOf(manifest.getOrDefault("artifactType", ""));
        String configType = manifest.get("config") instanceof Map<?, ?> c ? String.valueOf(c.get("mediaType")) : "";
        if (!artifactType.isEmpty() && !artifactType.equals(ARTIFACT_TYPE)) {
            throw new Helm4jException("expected artifact type " + ARTIFACT_TYPE + ", got " + artifactType);
        }
        if (artifactType.isEmpty() && !configType.equals(ARTIFACT_TYPE)) {
            throw new Helm4jException("expected config media type " + ARTIFACT_TYPE + " for legacy compatibility, got "
                    + configType);
        }
        Object archive = null;
        Object prov = null;
        for (Object layer : manifest.get("layers") instanceof List<?> l ? l : List.of()) {
            Object title = layer instanceof Map<?, ?> lm && lm.get("annotations") instanceof Map<?, ?> a
                    ? a.get(TITLE) : null;
            if (title instanceof String t && t.startsWith(name + "-")) {
                if (archive == null && t.endsWith(".tgz")) {
                    archive = layer;
                } else if (prov == null && t.endsWith(".tgz.prov")) {
                    prov = layer;
                }
            }
        }
        if (archive == null) {
            throw new Helm4jException("required layer matching pattern " + name + "-VERSION.tgz not found in manifest");
        }
        BlobPuller blobs = new BlobPuller(client.http(), client.maxSize(), client.events());
        byte[] data = blobs.pull(target, Descriptor.from(archive));
        byte[] provData = prov == null ? null : blobs.pull(target, Descriptor.from(prov));
        return new Pulled(target.toString(), m.digest(), data, provData);
    }

    /**
     * Pushes {@code NAME-VERSION.tgz} (and its {@code .prov}, or null) to {@code ref} as a Helm 4 plugin artifact;
     * returns the manifest's digest.
     */
    public String push(byte[] archive, byte[] prov, String fileName, String ref) {
        OciReference target = OciReference.parse(ref);
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        Descriptor configDesc = Descriptor.of(EMPTY_CONFIG, config);
        List<Object> layers = new ArrayList<>();
        Descriptor archiveDesc = Descriptor.of(ARCHIVE_LAYER, archive);
        layers.add(layer(archiveDesc, fileName));
        Descriptor provDesc = prov == null ? null : Descriptor.of(PROV_LAYER, prov);
        if (provDesc != null) {
            layers.add(layer(provDesc, fileName + ".prov"));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", ManifestPuller.OCI_MANIFEST);
        manifest.put("artifactType", ARTIFACT_TYPE);
        manifest.put("config", descriptor(configDesc));
        manifest.put("layers", layers);
        byte[] manifestBytes = GoYaml.toJson(manifest).getBytes(StandardCharsets.UTF_8);
        BlobPusher blobs = new BlobPusher(client.http(), client.events());
        blobs.push(target, configDesc, config);
        blobs.push(target, archiveDesc, archive);
        if (provDesc != null) {
            blobs.push(target, provDesc, prov);
        }
        new ManifestPusher(client.http()).push(target, manifestBytes);
        return Digests.of(manifestBytes);
    }

    private static Map<String, Object> descriptor(Descriptor d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mediaType", d.mediaType());
        m.put("digest", d.digest());
        m.put("size", d.size());
        return m;
    }

    private static Map<String, Object> layer(Descriptor d, String title) {
        Map<String, Object> m = descriptor(d);
        m.put("annotations", Map.of(TITLE, title));
        return m;
    }
}
