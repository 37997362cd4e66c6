package io.helm4j.registry;

import java.util.Map;

/** An OCI content descriptor: media type, digest and size (the fields Helm's manifests use). */
public record Descriptor(String mediaType, String digest, long size) {
    static Descriptor of(String mediaType, byte[] data) {
        return new Descriptor(mediaType, Digests.of(data), data.length);
    }

    static Descriptor from(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new RegistryException("invalid descriptor in manifest: " + o);
        }
        Object size = m.get("size");
        return new Descriptor(String.valueOf(m.get("mediaType")), String.valueOf(m.get("digest")),
                size instanceof Number n ? n.longValue() : -1);
    }

    /** Go's json.Marshal of ocispec.Descriptor with these fields. */
    String toJson() {
        return "{\"mediaType\":" + Json.string(mediaType) + ",\"digest\":" + Json.string(digest) + ",\"size\":" + size
                + "}";
    }
}
