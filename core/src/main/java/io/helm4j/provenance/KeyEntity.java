package io.helm4j.provenance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/**
 * One key of a keyring as Go's {@code openpgp.Entity}: the primary public key and its subkeys, the user IDs,
 * and the secret key ring when the keyring held one (a secret keyring, or a file with both).
 */
record KeyEntity(List<PGPPublicKey> keys, List<String> identities, PGPSecretKeyRing secret) {
    KeyEntity {
        keys = List.copyOf(keys);
        identities = List.copyOf(identities);
    }

    static KeyEntity of(Iterator<PGPPublicKey> publicKeys, PGPSecretKeyRing secret) {
        List<PGPPublicKey> keys = new ArrayList<>();
        publicKeys.forEachRemaining(keys::add);
        List<String> ids = new ArrayList<>();
        keys.get(0).getUserIDs().forEachRemaining(id -> {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        });
        return new KeyEntity(keys, ids, secret);
    }

    PGPPublicKey primary() {
        return keys.get(0);
    }

    /** This entity's key (primary or subkey) with the given key ID, or null. */
    PGPPublicKey key(long keyId) {
        for (PGPPublicKey k : keys) {
            if (k.getKeyID() == keyId) {
                return k;
            }
        }
        return null;
    }

    /** The primary key's fingerprint in upper-case hex, as Helm prints it ({@code %X}). */
    String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (byte x : primary().getFingerprint()) {
            b.append(String.format("%02X", x & 0xff));
        }
        return b.toString();
    }

    /** This entity with the secret ring of the same key merged in (a file holding both). */
    KeyEntity withSecret(PGPSecretKeyRing ring) {
        return new KeyEntity(keys, identities, ring);
    }
}
