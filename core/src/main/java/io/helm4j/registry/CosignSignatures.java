package io.helm4j.registry;

import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * cosign's signatures of an artifact, "simple signing" with a key pair and no transparency log: an OCI image manifest
 * tagged {@code sha256-HEX.sig} in the artifact's repository, each layer one signature: a JSON payload
 * ({@link #payload}, media type {@value #PAYLOAD_MEDIA_TYPE}) with the signature of its bytes, base64, in the
 * layer's annotation {@value #SIGNATURE_ANNOTATION}. Signing adds a layer to the signatures already there (as
 * cosign does); verifying accepts the artifact when one layer's signature verifies with the public key and its
 * payload names the artifact's manifest digest.
 */
final class CosignSignatures {
    static final String PAYLOAD_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
    static final String SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
    static final String PAYLOAD_TYPE = "cosign container image signature";
    private static final String CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json";
    private static final long PAYLOAD_LIMIT = 1 << 20;

    private final RegistryHttp http;

    CosignSignatures(RegistryHttp http) {
        this.http = http;
    }

    /** cosign's tag for the signatures of {@code digest}: {@code sha256-HEX.sig}. */
    static String signatureTag(String digest) {
        return digest.replace(':', '-') + ".sig";
    }

    /** sigstore's {@code payload.Cosign} as Go's json.Marshal writes it, without optional claims. */
    static byte[] payload(String dockerReference, String digest) {
        return ("{\"critical\":{\"identity\":{\"docker-reference\":" + Json.string(dockerReference)
                + "},\"image\":{\"docker-manifest-digest\":" + Json.string(digest) + "},\"type\":"
                + Json.string(PAYLOAD_TYPE) + "},\"optional\":null}").getBytes(StandardCharsets.UTF_8);
    }

    /** Signs the manifest {@code digest} of {@code repo} and pushes the signature; returns the signature's tag. */
    OciReference sign(OciReference repo, String digest, PrivateKey key) {
        byte[] payload = payload(repo.name(), digest);
        String signature = Base64.getEncoder().encodeToString(sign(key, payload));
        OciReference sigRef = repo.withTag(signatureTag(digest));
        List<Map<String, Object>> layers = existingLayers(sigRef);
        Descriptor payloadDesc = Descriptor.of(PAYLOAD_MEDIA_TYPE, payload);
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("mediaType", PAYLOAD_MEDIA_TYPE);
        layer.put("size", payloadDesc.size());
        layer.put("digest", payloadDesc.digest());
        layer.put("annotations", Map.of(SIGNATURE_ANNOTATION, signature));
        layers.add(layer);
        byte[] config = config(layers);
        Descriptor configDesc = Descriptor.of(CONFIG_MEDIA_TYPE, config);
        BlobPusher blobs = new BlobPusher(http, io.helm4j.events.EventSink.discard());
        blobs.push(sigRef, payloadDesc, payload);
        blobs.push(sigRef, configDesc, config);
        new ManifestPusher(http).push(sigRef, manifest(configDesc, layers));
        return sigRef;
    }

    /** A signature that verified: the payload's claims and the layer holding it. */
    record Verified(String dockerReference, String digest, byte[] payload) {
    }

    /**
     * The signatures of {@code digest} in {@code repo} that verify with {@code key} and claim that digest; fails,
     * naming the reference, the digest and why each signature was refused, when there is none.
     */
    List<Verified> verify(OciReference repo, String digest, PublicKey key) {
        OciReference sigRef = repo.withTag(signatureTag(digest));
        String subject = repo.name() + "@" + digest;
        ManifestPuller.Pulled m;
        try {
            m = new ManifestPuller(http).pull(sigRef);
        } catch (RegistryException e) {
            if (e.status() == 404) {
                throw new RegistryException("no signatures found for " + subject + " (no tag " + sigRef.tag() + ")",
                        404);
            }
            throw e;
        }
        List<Verified> ok = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        BlobPuller blobs = new BlobPuller(http, PAYLOAD_LIMIT, io.helm4j.events.EventSink.discard());
        for (Map<String, Object> layer : layers(m.data())) {
            Descriptor d = Descriptor.from(layer);
            if (!PAYLOAD_MEDIA_TYPE.equals(d.mediaType())) {
                continue;
            }
            Object ann = layer.get("annotations") instanceof Map<?, ?> a ? a.get(SIGNATURE_ANNOTATION) : null;
            if (ann == null) {
                refused.add(d.digest() + ": no " + SIGNATURE_ANNOTATION + " annotation");
                continue;
            }
            byte[] payload = blobs.pull(sigRef, d);
            String why = check(key, payload, String.valueOf(ann), digest);
            if (why != null) {
                refused.add(d.digest() + ": " + why);
                continue;
            }
            Map<?, ?> identity = (Map<?, ?>) ((Map<?, ?>) GoYaml.fromJsonObject(
                    new String(payload, StandardCharsets.UTF_8)).get("critical")).get("identity");
            ok.add(new Verified(String.valueOf(identity.get("docker-reference")), digest, payload));
        }
        if (ok.isEmpty()) {
            throw new RegistryException("no matching signatures for " + subject + (refused.isEmpty()
                    ? ": " + sigRef + " holds no cosign signature" : ":\n  " + String.join("\n  ", refused)));
        }
        return ok;
    }

    /** Why the signature or its claims are refused, or null when they hold. */
    private static String check(PublicKey key, byte[] payload, String signature, String digest) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return "the signature is not base64";
        }
        try {
            Signature s = Signature.getInstance(algorithm(key));
            s.initVerify(key);
            s.update(payload);
            if (!s.verify(sig)) {
                return "invalid signature when validating ASN.1 encoded signature (not made by this key, or the "
                        + "payload changed)";
            }
        } catch (GeneralSecurityException e) {
            return "invalid signature: " + e.getMessage();
        }
        Map<?, ?> critical;
        try {
            critical = (Map<?, ?>) GoYaml.fromJsonObject(new String(payload, StandardCharsets.UTF_8)).get("critical");
            if (!PAYLOAD_TYPE.equals(critical.get("type"))) {
                return "Cosign signature payload was of an unknown type: \"" + critical.get("type") + "\"";
            }
            Object claimed = ((Map<?, ?>) critical.get("image")).get("docker-manifest-digest");
            if (!digest.equals(claimed)) {
                return "invalid or missing digest in claim: the payload claims " + claimed + ", not " + digest;
            }
            if (!(critical.get("identity") instanceof Map<?, ?>)) {
                return "the payload has no identity";
            }
        } catch (RuntimeException e) {
            return "the payload is not a cosign simple-signing payload: " + e.getMessage();
        }
        return null;
    }

    static byte[] sign(PrivateKey key, byte[] payload) {
        try {
            Signature s = Signature.getInstance(algorithm(key));
            s.initSign(key);
            s.update(payload);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new RegistryException("sign with the " + key.getAlgorithm() + " key: " + e.getMessage(), e);
        }
    }

    /** cosign's choice per key type: ECDSA and RSA (PKCS #1 v1.5) over SHA-256, Ed25519 on the payload itself. */
    private static String algorithm(java.security.Key key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new RegistryException("unsupported key type " + key.getAlgorithm());
        };
    }

    private List<Map<String, Object>> existingLayers(OciReference sigRef) {
        try {
            return layers(new ManifestPuller(http).pull(sigRef).data());
        } catch (RegistryException e) {
            if (e.status() == 404) {
                return new ArrayList<>();
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> layers(byte[] manifest) {
        Object layers = GoYaml.fromJsonObject(new String(manifest, StandardCharsets.UTF_8)).get("layers");
        List<Map<String, Object>> out = new ArrayList<>();
        if (layers instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.add(new LinkedHashMap<>((Map<String, Object>) m));
                }
            }
        }
        return out;
    }

    /** go-containerregistry's config of an image made of these layers on {@code empty.Image}, as cosign pushes it. */
    private static byte[] config(List<Map<String, Object>> layers) {
        StringBuilder diffIds = new StringBuilder();
        StringBuilder history = new StringBuilder();
        for (Map<String, Object> l : layers) {
            diffIds.append(diffIds.isEmpty() ? "" : ",").append(Json.string(String.valueOf(l.get("digest"))));
            history.append(history.isEmpty() ? "" : ",").append("{\"created\":\"0001-01-01T00:00:00Z\"}");
        }
        return ("{\"architecture\":\"\",\"created\":\"0001-01-01T00:00:00Z\",\"history\":[" + history
                + "],\"os\":\"\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + diffIds + "]},\"config\":{}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** go-containerregistry's v1.Manifest as Go's json.Marshal writes it. */
    private static byte[] manifest(Descriptor config, List<Map<String, Object>> layers) {
        StringBuilder b = new StringBuilder("{\"schemaVersion\":2,\"mediaType\":\"")
                .append(ManifestPuller.OCI_MANIFEST).append("\",\"config\":{\"mediaType\":")
                .append(Json.string(config.mediaType())).append(",\"size\":").append(config.size())
                .append(",\"digest\":").append(Json.string(config.digest())).append("},\"layers\":[");
        for (int i = 0; i < layers.size(); i++) {
            Map<String, Object> l = layers.get(i);
            b.append(i > 0 ? "," : "").append("{\"mediaType\":").append(Json.string(String.valueOf(l.get("mediaType"))))
                    .append(",\"size\":").append(((Number) l.get("size")).longValue())
                    .append(",\"digest\":").append(Json.string(String.valueOf(l.get("digest"))));
            if (l.get("annotations") instanceof Map<?, ?> a && !a.isEmpty()) {
                b.append(",\"annotations\":").append(GoYaml.toJson(new java.util.TreeMap<>(a)));
            }
            b.append('}');
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
