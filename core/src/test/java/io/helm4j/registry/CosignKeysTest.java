package io.helm4j.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * cosign's key files: NaCl's secretbox against the C implementation's vector (the one Go's x/crypto tests with),
 * the encrypted private key opened with its password (and refused with another), the PEM forms cosign imports.
 * That cosign itself reads the keys and signatures helm4j writes is {@code CosignDifferentialTest} (cli).
 */
class CosignKeysTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void secretBoxMatchesNaclsVector() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[24];
        byte[] message = new byte[64];
        Arrays.fill(key, (byte) 1);
        Arrays.fill(nonce, (byte) 2);
        Arrays.fill(message, (byte) 3);
        // golang.org/x/crypto/nacl/secretbox TestSecretBox: "expected was generated using the C implementation of NaCl"
        String expected = "8442bc313f4626f1359e3b50122b6ce6fe66ddfe7d39d14e637eb4fd5b45beadab55198df6ab5368439792a23c87"
                + "db70acb6156dc5ef957ac04f6276cf6093b84be77ff0849cc33e34b7254d5a8f65ad";
        byte[] box = SecretBox.box(key, nonce, message);
        assertThat(HexFormat.of().formatHex(box)).isEqualTo(expected);
        assertThat(SecretBox.unbox(key, nonce, box)).isEqualTo(message);
        box[20] ^= 0x20;
        assertThat(SecretBox.unbox(key, nonce, box)).isNull();
    }

    @Test
    void encryptedPrivateKeyOpensWithItsPasswordOnly() throws Exception {
        KeyPair pair = CosignKeys.generate(RANDOM);
        String pem = CosignKeys.privatePem(pair.getPrivate(), "s3cret".getBytes(StandardCharsets.UTF_8), RANDOM);
        assertThat(pem).startsWith("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n")
                .endsWith("\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n");
        String json = new String(java.util.Base64.getMimeDecoder().decode(pem.lines()
                .filter(l -> !l.startsWith("-----")).reduce("", String::concat)), StandardCharsets.UTF_8);
        Map<String, Object> data = GoYaml.fromJsonObject(json);
        assertThat(((Map<?, ?>) data.get("kdf")).get("name")).isEqualTo("scrypt");
        // Go decodes the params into ints: integers, as go-securesystemslib's standard strength writes them
        assertThat(json).contains("\"params\":{\"N\":65536,\"p\":1,\"r\":8}");
        assertThat(((Map<?, ?>) data.get("cipher")).get("name")).isEqualTo("nacl/secretbox");
        assertThat(CosignKeys.isEncrypted(pem.getBytes(StandardCharsets.US_ASCII))).isTrue();

        PrivateKey opened = CosignKeys.readPrivate(pem.getBytes(StandardCharsets.US_ASCII),
                "s3cret".getBytes(StandardCharsets.UTF_8), "cosign.key");
        byte[] payload = CosignSignatures.payload("127.0.0.1:5000/charts/demo", "sha256:" + "a".repeat(64));
        byte[] sig = CosignSignatures.sign(opened, payload);
        Signature v = Signature.getInstance("SHA256withECDSA");
        v.initVerify(CosignKeys.readPublic(CosignKeys.publicPem(pair.getPublic()).getBytes(StandardCharsets.US_ASCII),
                "cosign.pub"));
        v.update(payload);
        assertThat(v.verify(sig)).isTrue();

        assertThatThrownBy(() -> CosignKeys.readPrivate(pem.getBytes(StandardCharsets.US_ASCII),
                "wrong".getBytes(StandardCharsets.UTF_8), "cosign.key"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("cosign.key: decrypt: encrypted: decryption failed (wrong password?)");
    }

    @Test
    void payloadIsSigstoresSimpleSigningJson() {
        String digest = "sha256:" + "b".repeat(64);
        Map<String, Object> p = GoYaml.fromJsonObject(new String(
                CosignSignatures.payload("reg.example/charts/demo", digest), StandardCharsets.UTF_8));
        Map<?, ?> critical = (Map<?, ?>) p.get("critical");
        assertThat(critical.get("type")).isEqualTo("cosign container image signature");
        assertThat(((Map<?, ?>) critical.get("identity")).get("docker-reference")).isEqualTo("reg.example/charts/demo");
        assertThat(((Map<?, ?>) critical.get("image")).get("docker-manifest-digest")).isEqualTo(digest);
        assertThat(p).containsEntry("optional", null);
        assertThat(CosignSignatures.signatureTag(digest)).isEqualTo("sha256-" + "b".repeat(64) + ".sig");
    }

    @Test
    void unencryptedPemFormsAndBadFilesAreNamed() {
        KeyPair pair = CosignKeys.generate(RANDOM);
        String pkcs8 = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        assertThat(CosignKeys.readPrivate(pkcs8.getBytes(StandardCharsets.US_ASCII), null, "k.pem").getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        assertThatThrownBy(() -> CosignKeys.readPrivate("nothing".getBytes(StandardCharsets.US_ASCII), null, "k.pem"))
                .hasMessage("k.pem: invalid pem block");
        assertThatThrownBy(() -> CosignKeys.readPublic(pkcs8.getBytes(StandardCharsets.US_ASCII), "k.pem"))
                .hasMessage("k.pem: not a public key (PEM type \"PRIVATE KEY\")");
    }
}
