package io.helm4j.provenance;

import io.helm4j.internal.content.Sha256;
import io.helm4j.chart.Metadata;
import io.helm4j.chart.MetadataObject;
import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;

/**
 * Helm's {@code .prov} format: the message block (Chart.yaml metadata, {@code ...}, {@code files:} with the
 * archive's {@code sha256:} sum) and its verification against a keyring: first the signature, then the
 * archive's sum. {@link #verifyChart} is Helm's {@code downloader.VerifyChart}, which {@code verify},
 * {@code --verify} on install, template and pull, and dependency builds call.
 */
public final class Provenance {
    private Provenance() {
    }

    /** Chart.yaml metadata as Helm marshals it into the message block (sigs.k8s.io/yaml, sorted keys). */
    public static String metadataYaml(Metadata metadata) {
        return GoYaml.toYaml(MetadataObject.of(metadata).toJsonMap());
    }

    /** The signed text: the metadata, the YAML end marker, and the archive's sum under its file name. */
    static String messageBlock(byte[] archive, String fileName, String metadataYaml) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(fileName, "sha256:" + Sha256.hex(archive));
        return metadataYaml + "\n...\n" + GoYaml.toYaml(Map.of("files", files));
    }

    /**
     * Verifies {@code chart} against {@code prov} with the public keys of {@code keyring}, with Helm's errors:
     * the chart must be a {@code .tgz} file, the provenance file must exist, the keyring must load.
     */
    public static Verification verifyChart(Path chart, Path prov, Path keyring) {
        if (!Files.exists(chart)) {
            throw new ProvenanceException("stat " + chart + ": no such file or directory");
        }
        if (Files.isDirectory(chart)) {
            throw new ProvenanceException("unpacked charts cannot be verified");
        }
        String name = chart.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".tgz")) {
            throw new ProvenanceException("chart must be a tgz file");
        }
        if (!Files.exists(prov)) {
            throw new ProvenanceException("could not load provenance file " + prov + ": stat " + prov
                    + ": no such file or directory");
        }
        Keyring ring;
        try {
            ring = Keyring.load(keyring);
        } catch (ProvenanceException e) {
            throw new ProvenanceException("failed to load keyring: " + e.getMessage(), e);
        }
        try {
            return verify(Files.readAllBytes(chart), Files.readAllBytes(prov), name, ring);
        } catch (IOException e) {
            throw new ProvenanceException("failed to read chart archive: " + e.getMessage(), e);
        }
    }

    /**
     * A downloaded chart's bytes against its provenance, with the public keys of the keyring file (Helm's
     * {@code VerifyChart} on the file {@code fileName} the chart was saved as).
     */
    public static Verification verify(byte[] archive, byte[] prov, String fileName, Path keyring) {
        Keyring ring;
        try {
            ring = Keyring.load(keyring);
        } catch (ProvenanceException e) {
            throw new ProvenanceException("failed to load keyring: " + e.getMessage(), e);
        }
        return verify(archive, prov, fileName, ring);
    }

    /** Helm's {@code Signatory.Verify}: the signature over the message block, then the archive's sum. */
    public static Verification verify(byte[] archive, byte[] prov, String fileName, Keyring keyring) {
        ClearSigned block = ClearSigned.decode(prov);
        PGPSignature sig = PgpSignatures.readSignature(block.armoredSignature());
        long issuer = PgpSignatures.issuer(sig);
        KeyEntity signer = keyring.byKeyId(issuer);
        if (signer == null) {
            throw new ProvenanceException("openpgp: signature made by unknown entity");
        }
        PGPPublicKey key = signer.key(issuer);
        if (!PgpSignatures.verifies(sig, key, block.signedBytes())) {
            throw new ProvenanceException("openpgp: invalid signature: " + PgpSignatures.algorithmName(key)
                    + " verification failure");
        }
        String sum = "sha256:" + Sha256.hex(archive);
        String signedSum = sums(block.plaintext()).get(fileName);
        if (signedSum == null) {
            throw new ProvenanceException("provenance does not contain a SHA for a file named \"" + fileName + "\"");
        }
        if (!signedSum.equals(sum)) {
            throw new ProvenanceException("sha256 sum does not match for " + fileName + ": \"" + signedSum
                    + "\" != \"" + sum + "\"");
        }
        return new Verification(signer.identities(), signer.fingerprint(), sum, fileName);
    }

    /** The {@code files:} map of a message block (what follows the first {@code \n...\n}). */
    static Map<String, String> sums(String plaintext) {
        int at = plaintext.indexOf("\n...\n");
        if (at < 0) {
            throw new ProvenanceException("message block must have at least two parts");
        }
        Object files;
        try {
            Map<String, Object> doc = GoYaml.loadMap(plaintext.substring(at + 5));
            files = doc == null ? null : doc.get("files");
        } catch (YamlException e) {
            throw new ProvenanceException("error converting YAML to JSON: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (files instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
