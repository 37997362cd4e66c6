package io.helm4j.registry;

import io.helm4j.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The password-encrypted blob inside cosign's {@code ENCRYPTED SIGSTORE PRIVATE KEY} PEM (go-securesystemslib's
 * {@code encrypted} package): JSON {@code {"kdf":{"name":"scrypt","params":{"N":..,"r":8,"p":1},"salt":B64},
 * "cipher":{"name":"nacl/secretbox","nonce":B64},"ciphertext":B64}}, the key derived by scrypt (32 bytes) and the
 * plaintext sealed by NaCl's secretbox (XSalsa20 and Poly1305: the tag, then the ciphertext).
 */
final class SecretBox {
    /** The scrypt costs go-securesystemslib accepts (legacy 2^15, standard 2^16, OWASP 2^17; r 8, p 1). */
    private static final java.util.Set<Integer> ACCEPTED_N = java.util.Set.of(32768, 65536, 131072);
    /** What cosign 2.x writes: go-securesystemslib's "standard" strength. */
    static final int DEFAULT_N = 65536;
    private static final int TAG = 16;

    private SecretBox() {
    }

    /** Opens {@code json} with {@code password}; a wrong password or a changed blob fails. */
    static byte[] open(byte[] json, byte[] password, String what) {
        Map<String, Object> data;
        try {
            data = GoYaml.fromJsonObject(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new RegistryException(what + ": not an encrypted key: " + e.getMessage());
        }
        Map<?, ?> kdf = data.get("kdf") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> cipher = data.get("cipher") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> params = kdf.get("params") instanceof Map<?, ?> m ? m : Map.of();
        if (!"scrypt".equals(kdf.get("name"))) {
            throw new RegistryException(what + ": encrypted: unknown kdf name \"" + kdf.get("name") + "\"");
        }
        if (!"nacl/secretbox".equals(cipher.get("name"))) {
            throw new RegistryException(what + ": encrypted: unknown cipher name \"" + cipher.get("name") + "\"");
        }
        int n = number(params.get("N"));
        if (number(params.get("r")) != 8 || number(params.get("p")) != 1
                || !ACCEPTED_N.contains(n)) {
            throw new RegistryException(what + ": unsupported scrypt parameters");
        }
        byte[] salt = b64(kdf.get("salt"));
        byte[] nonce = b64(cipher.get("nonce"));
        byte[] box = b64(data.get("ciphertext"));
        if (nonce.length != 24) {
            throw new RegistryException(what + ": encrypted: incorrect nonce size");
        }
        byte[] plain = unbox(SCrypt.generate(password, salt, n, 8, 1, 32), nonce, box);
        if (plain == null) {
            throw new RegistryException(what + ": decrypt: encrypted: decryption failed (wrong password?)");
        }
        return plain;
    }

    /** NaCl's {@code secretbox.Open}: the plaintext, or null when the box does not authenticate. */
    static byte[] unbox(byte[] key, byte[] nonce, byte[] box) {
        if (box.length < TAG) {
            return null;
        }
        XSalsa20Engine stream = stream(key, nonce);
        byte[] polyKey = new byte[32];
        stream.processBytes(new byte[32], 0, 32, polyKey, 0);
        byte[] expected = mac(polyKey, box, TAG, box.length - TAG);
        if (!MessageDigest.isEqual(expected, java.util.Arrays.copyOf(box, TAG))) {
            return null;
        }
        byte[] plain = new byte[box.length - TAG];
        stream.processBytes(box, TAG, plain.length, plain, 0);
        return plain;
    }

    /** NaCl's {@code secretbox.Seal}: the Poly1305 tag, then the XSalsa20 ciphertext. */
    static byte[] box(byte[] key, byte[] nonce, byte[] plain) {
        XSalsa20Engine stream = stream(key, nonce);
        byte[] polyKey = new byte[32];
        stream.processBytes(new byte[32], 0, 32, polyKey, 0);
        byte[] box = new byte[TAG + plain.length];
        stream.processBytes(plain, 0, plain.length, box, TAG);
        System.arraycopy(mac(polyKey, box, TAG, plain.length), 0, box, 0, TAG);
        return box;
    }

    /** Seals {@code plain} with {@code password} as go-securesystemslib's {@code Encrypt} does, in Go's JSON. */
    static byte[] seal(byte[] plain, byte[] password, int n, SecureRandom random) {
        byte[] salt = new byte[32];
        byte[] nonce = new byte[24];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] box = box(SCrypt.generate(password, salt, n, 8, 1, 32), nonce, plain);
        Base64.Encoder b64 = Base64.getEncoder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("N", n);
        params.put("r", 8);
        params.put("p", 1);
        Map<String, Object> kdf = new LinkedHashMap<>();
        kdf.put("name", "scrypt");
        kdf.put("params", params);
        kdf.put("salt", b64.encodeToString(salt));
        Map<String, Object> cipher = new LinkedHashMap<>();
        cipher.put("name", "nacl/secretbox");
        cipher.put("nonce", b64.encodeToString(nonce));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kdf", kdf);
        data.put("cipher", cipher);
        data.put("ciphertext", b64.encodeToString(box));
        return GoYaml.toJson(data).getBytes(StandardCharsets.UTF_8);
    }

    private static XSalsa20Engine stream(byte[] key, byte[] nonce) {
        XSalsa20Engine e = new XSalsa20Engine();
        e.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        return e;
    }

    private static byte[] mac(byte[] polyKey, byte[] data, int off, int len) {
        Poly1305 poly = new Poly1305();
        poly.init(new KeyParameter(polyKey));
        poly.update(data, off, len);
        byte[] out = new byte[TAG];
        poly.doFinal(out, 0);
        return out;
    }

    private static int number(Object o) {
        return o instanceof Number x ? x.intValue() : -1;
    }

    private static byte[] b64(Object o) {
        try {
            return Base64.getDecoder().decode(o == null ? "" : String.valueOf(o));
        } catch (IllegalArgumentException e) {
            throw new RegistryException("encrypted key: bad base64: " + e.getMessage());
        }
    }
}
