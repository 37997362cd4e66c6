package io.helm4j.provenance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;

/**
 * The keys of a keyring file as GnuPG exports them: public keys ({@code gpg --export}, a legacy
 * {@code pubring.gpg}), secret keys ({@code gpg --export-secret-keys}, a legacy {@code secring.gpg}), or both,
 * binary or ASCII-armored. GnuPG 2.1's keybox ({@code pubring.kbx}) is not a keyring Helm reads either.
 */
public final class Keyring {
    private final List<KeyEntity> entities;

    private Keyring(List<KeyEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** Reads {@code file}; a file that cannot be read or holds no keys is a {@link ProvenanceException}. */
    public static Keyring load(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProvenanceException("open " + file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new ProvenanceException("open " + file + ": " + e.getMessage(), e);
        }
        return parse(data, file.toString());
    }

    /** Reads keyring bytes; {@code label} names them in errors. */
    public static Keyring parse(byte[] data, String label) {
        if (data.length > 0 && (data[0] & 0x80) == 0
                && !new String(data, 0, Math.min(data.length, 64), java.nio.charset.StandardCharsets.US_ASCII)
                        .strip().startsWith("-----BEGIN")) {
            throw new ProvenanceException("openpgp: invalid data: tag byte does not have MSB set");
        }
        List<KeyEntity> found = new ArrayList<>();
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(data))) {
            BcPGPObjectFactory factory = new BcPGPObjectFactory(in);
            Object o;
            while ((o = factory.nextObject()) != null) {
                if (o instanceof PGPPublicKeyRing ring) {
                    add(found, KeyEntity.of(ring.getPublicKeys(), null));
                } else if (o instanceof PGPSecretKeyRing ring) {
                    add(found, KeyEntity.of(ring.getPublicKeys(), ring));
                } else if (!(o instanceof PGPMarker)) {
                    throw new ProvenanceException("openpgp: invalid data: unexpected packet in keyring " + label);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProvenanceException p) {
                throw p;
            }
            throw new ProvenanceException("openpgp: invalid data: cannot read keyring " + label + ": "
                    + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ProvenanceException("openpgp: invalid argument: no armored data found in keyring " + label);
        }
        return new Keyring(found);
    }

    private static void add(List<KeyEntity> found, KeyEntity e) {
        for (int i = 0; i < found.size(); i++) {
            KeyEntity old = found.get(i);
            if (Arrays.equals(old.primary().getFingerprint(), e.primary().getFingerprint())) {
                if (e.secret() != null && old.secret() == null) {
                    found.set(i, old.withSecret(e.secret()));
                }
                return;
            }
        }
        found.add(e);
    }

    /** The user IDs of every key, in keyring order. */
    public List<String> identities() {
        List<String> ids = new ArrayList<>();
        entities.forEach(e -> ids.addAll(e.identities()));
        return List.copyOf(ids);
    }

    List<KeyEntity> entities() {
        return entities;
    }

    /**
     * Helm's key lookup by name: an identity equal to {@code id} wins; otherwise the one key whose identity
     * contains it; none is null; two or more keys containing it (and none equal) is an error.
     */
    KeyEntity find(String id) {
        KeyEntity candidate = null;
        boolean vague = false;
        for (KeyEntity e : entities) {
            for (String n : e.identities()) {
                if (n.equals(id)) {
                    return e;
                }
                if (n.contains(id)) {
                    if (candidate != null) {
                        vague = true;
                    }
                    candidate = e;
                }
            }
        }
        if (vague) {
            throw new ProvenanceException("more than one key contain the id \"" + id + "\"");
        }
        return candidate;
    }

    /** The entity holding a key with this key ID (primary or subkey), or null. */
    KeyEntity byKeyId(long keyId) {
        for (KeyEntity e : entities) {
            if (e.key(keyId) != null) {
                return e;
            }
        }
        return null;
    }
}
