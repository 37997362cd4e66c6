package io.helm4j.provenance;

import java.nio.file.Path;
import java.time.Instant;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Signs charts with a secret key of a keyring, as Helm's {@code Signatory}: the key is found by name
 * ({@link #fromKeyring}), unlocked with a passphrase when it is encrypted ({@link #unlock}), then signs
 * ({@link #clearSign}) with the key's primary key, SHA-512, as a canonical-text clear signature.
 */
public final class Signatory {
    private final KeyEntity entity;
    private final PGPPrivateKey privateKey;

    private Signatory(KeyEntity entity, PGPPrivateKey privateKey) {
        this.entity = entity;
        this.privateKey = privateKey;
    }

    /**
     * The key of {@code keyring} named {@code keyName} (an identity equal to it, else the one containing it);
     * a name no key has leaves the signatory without a key, which {@link #unlock} reports.
     */
    public static Signatory fromKeyring(Path keyring, String keyName) {
        Keyring ring = Keyring.load(keyring);
        return new Signatory(keyName == null || keyName.isEmpty() ? null : ring.find(keyName), null);
    }

    /** The identities of the chosen key (empty when none was found). */
    public java.util.List<String> identities() {
        return entity == null ? java.util.List.of() : entity.identities();
    }

    /**
     * This signatory with its secret key decrypted (Helm's {@code DecryptKey}); {@code passphrases} is asked
     * only when the key is encrypted, with the key's first identity.
     */
    public Signatory unlock(PassphraseSource passphrases) {
        if (entity == null) {
            throw new ProvenanceException("private key not found");
        }
        if (entity.secret() == null) {
            throw new ProvenanceException("provided key is not a private key. Try providing a keyring with secret keys");
        }
        PGPSecretKey secret = entity.secret().getSecretKey();
        if (secret.isPrivateKeyEmpty()) {
            throw new ProvenanceException("provided key is not a private key. Try providing a keyring with secret keys");
        }
        try {
            if (secret.getKeyEncryptionAlgorithm() == SymmetricKeyAlgorithmTags.NULL) {
                return new Signatory(entity, secret.extractPrivateKey(null));
            }
            String name = entity.identities().stream().filter(s -> !s.isEmpty()).findFirst().orElse("Unknown");
            byte[] pass = passphrases.passphrase(name);
            char[] chars = new String(pass, java.nio.charset.StandardCharsets.UTF_8).toCharArray();
            return new Signatory(entity, secret.extractPrivateKey(
                    new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(chars)));
        } catch (PGPException e) {
            throw new ProvenanceException("openpgp: invalid data: private key checksum failure", e);
        }
    }

    /**
     * The {@code .prov} document for an archive: {@code metadataYaml} (Chart.yaml's metadata as Helm marshals
     * it), the end marker, and {@code files:} with the archive's sum under {@code fileName}, clear-signed at
     * {@code now}.
     */
    public String clearSign(byte[] archive, String fileName, String metadataYaml, Instant now) {
        if (entity == null) {
            throw new ProvenanceException("private key not found");
        }
        if (privateKey == null) {
            throw new ProvenanceException("provided key is not a private key. Try providing a keyring with secret keys");
        }
        String text = Provenance.messageBlock(archive, fileName, metadataYaml);
        String armored = PgpSignatures.sign(entity.primary(), privateKey, ClearSigned.canonical(text), now);
        return ClearSigned.encode("SHA512", text, armored);
    }
}
