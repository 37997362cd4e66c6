package io.helm4j.registry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Key files as cosign writes and reads them: the public key as a {@code PUBLIC KEY} PEM (PKIX), the private key as
 * {@code ENCRYPTED SIGSTORE PRIVATE KEY} (or the older {@code ENCRYPTED COSIGN PRIVATE KEY}: PKCS #8 sealed with a
 * password, {@link SecretBox}), and, as {@code cosign import-key-pair} takes them, unencrypted {@code EC PRIVATE
 * KEY}, {@code PRIVATE KEY} and {@code RSA PRIVATE KEY} PEMs. Keys are ECDSA (P-256 by default), RSA or Ed25519.
 */
public final class CosignKeys {
    static final String SIGSTORE_PEM = "ENCRYPTED SIGSTORE PRIVATE KEY";
    static final String COSIGN_PEM = "ENCRYPTED COSIGN PRIVATE KEY";

    private CosignKeys() {
    }

    /** A new ECDSA P-256 key pair, as {@code cosign generate-key-pair} makes. */
    public static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as cosign writes {@code cosign.key}: PKCS #8 sealed with {@code password} ("" allowed). */
    public static String privatePem(PrivateKey key, byte[] password, SecureRandom random) {
        return pem(SIGSTORE_PEM, SecretBox.seal(key.getEncoded(), password, SecretBox.DEFAULT_N, random));
    }

    /** The public key as cosign writes {@code cosign.pub}. */
    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /**
     * Writes a new pair as {@code cosign generate-key-pair} does: the private key sealed with {@code password} to
     * {@code privateFile} (owner read/write only), the public key to {@code publicFile} ({@code rw-r--r--}); each
     * through a temporary file, so neither is ever half written.
     */
    public static void write(KeyPair pair, byte[] password, SecureRandom random, java.nio.file.Path privateFile,
            java.nio.file.Path publicFile) {
        io.helm4j.internal.content.AtomicFiles.write(privateFile,
                privatePem(pair.getPrivate(), password, random).getBytes(StandardCharsets.US_ASCII), "rw-------");
        io.helm4j.internal.content.AtomicFiles.write(publicFile,
                publicPem(pair.getPublic()).getBytes(StandardCharsets.US_ASCII), "rw-r--r--");
    }

    /** Reads a public key PEM ({@code what} names the file in errors). */
    public static PublicKey readPublic(byte[] pem, String what) {
        Block b = block(pem, what);
        if (!b.type().equals("PUBLIC KEY")) {
            throw new RegistryException(what + ": not a public key (PEM type \"" + b.type() + "\")");
        }
        X509EncodedKeySpec spec = new X509EncodedKeySpec(b.der());
        for (String alg : new String[] {"EC", "RSA", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePublic(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new RegistryException(what + ": unsupported public key (ECDSA, RSA or Ed25519 expected)");
    }

    /**
     * Reads a private key PEM; {@code password} opens an encrypted one (cosign's {@code COSIGN_PASSWORD}) and is
     * ignored for the unencrypted forms.
     */
    public static PrivateKey readPrivate(byte[] pem, byte[] password, String what) {
        Block b = block(pem, what);
        switch (b.type()) {
            case SIGSTORE_PEM, COSIGN_PEM -> {
                return pkcs8(SecretBox.open(b.der(), password == null ? new byte[0] : password, what), what);
            }
            case "PRIVATE KEY" -> {
                return pkcs8(b.der(), what);
            }
            case "EC PRIVATE KEY", "RSA PRIVATE KEY" -> {
                try (PEMParser p = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
                    Object o = p.readObject();
                    if (o instanceof PEMKeyPair kp) {
                        return new JcaPEMKeyConverter().getPrivateKey(kp.getPrivateKeyInfo());
                    }
                    throw new RegistryException(what + ": unreadable " + b.type());
                } catch (IOException e) {
                    throw new RegistryException(what + ": " + e.getMessage(), e);
                }
            }
            default -> throw new RegistryException(what + ": unsupported pem type: " + b.type());
        }
    }

    /** Whether the PEM is one of cosign's password-encrypted private keys. */
    public static boolean isEncrypted(byte[] pem) {
        String s = new String(pem, StandardCharsets.US_ASCII);
        return s.contains("BEGIN " + SIGSTORE_PEM) || s.contains("BEGIN " + COSIGN_PEM);
    }

    private static PrivateKey pkcs8(byte[] der, String what) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String alg : new String[] {"EC", "RSA", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new RegistryException(what + ": parsing private key: unsupported key type");
    }

    private record Block(String type, byte[] der) {
    }

    private static Block block(byte[] pem, String what) {
        String s = new String(pem, StandardCharsets.US_ASCII);
        int begin = s.indexOf("-----BEGIN ");
        int typeEnd = begin < 0 ? -1 : s.indexOf("-----", begin + 11);
        if (begin < 0 || typeEnd < 0) {
            throw new RegistryException(what + ": invalid pem block");
        }
        String type = s.substring(begin + 11, typeEnd);
        String end = "-----END " + type + "-----";
        int endAt = s.indexOf(end, typeEnd);
        if (endAt < 0) {
            throw new RegistryException(what + ": invalid pem block (no " + end + ")");
        }
        String body = s.substring(typeEnd + 5, endAt).replaceAll("\\s", "");
        try {
            return new Block(type, Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(what + ": invalid pem block: " + e.getMessage());
        }
    }

    private static String pem(String type, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
    }
}
