package io.helm4j.provenance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PacketFormat;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/** The OpenPGP signature operations behind {@link Signatory} and {@link Provenance}, on BouncyCastle. */
final class PgpSignatures {
    private PgpSignatures() {
    }

    /** A canonical-text signature (type 0x01) with SHA-512, armored without headers or CRC, as Helm 4 writes. */
    static String sign(PGPPublicKey key, PGPPrivateKey privateKey, byte[] data, Instant now) {
        try {
            PGPSignatureGenerator g = new PGPSignatureGenerator(
                    new BcPGPContentSignerBuilder(key.getAlgorithm(), HashAlgorithmTags.SHA512), key);
            g.init(PGPSignature.CANONICAL_TEXT_DOCUMENT, privateKey);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, Date.from(now));
            hashed.setIssuerFingerprint(false, key);
            g.setHashedSubpackets(hashed.generate());
            PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
            unhashed.setIssuerKeyID(false, key.getKeyID());
            g.setUnhashedSubpackets(unhashed.generate());
            g.update(data);
            PGPSignature sig = g.generate();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().enableCRC(false)
                    .build(bytes); BCPGOutputStream packets = new BCPGOutputStream(armor, PacketFormat.CURRENT)) {
                sig.encode(packets);
            }
            String text = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (PGPException | IOException e) {
            throw new ProvenanceException("failed to either sign or armor message block: " + e.getMessage(), e);
        }
    }

    /** The first signature in an armored signature block. */
    static PGPSignature readSignature(String armored) {
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(armored.getBytes(StandardCharsets.UTF_8)))) {
            Object o = new BcPGPObjectFactory(in).nextObject();
            if (o instanceof PGPSignatureList list && !list.isEmpty()) {
                return list.get(0);
            }
            throw new ProvenanceException("openpgp: invalid data: no signature packet in the signature block");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProvenanceException p) {
                throw p;
            }
            throw new ProvenanceException("openpgp: invalid data: " + e.getMessage(), e);
        }
    }

    /** Whether {@code sig} by {@code key} covers {@code data}. */
    static boolean verifies(PGPSignature sig, PGPPublicKey key, byte[] data) {
        try {
            sig.init(new BcPGPContentVerifierBuilderProvider(), key);
            sig.update(data);
            return sig.verify();
        } catch (PGPException e) {
            throw new ProvenanceException("openpgp: invalid signature: " + e.getMessage(), e);
        }
    }

    /** The algorithm's name in Go's {@code ALG verification failure} messages (v4 signatures carry no hash check). */
    static String algorithmName(PGPPublicKey key) {
        return switch (key.getAlgorithm()) {
            case PublicKeyAlgorithmTags.RSA_GENERAL, PublicKeyAlgorithmTags.RSA_SIGN -> "RSA";
            case PublicKeyAlgorithmTags.DSA -> "DSA";
            case PublicKeyAlgorithmTags.ECDSA -> "ECDSA";
            case PublicKeyAlgorithmTags.EDDSA_LEGACY -> "EdDSA";
            case PublicKeyAlgorithmTags.Ed25519 -> "ed25519";
            case PublicKeyAlgorithmTags.Ed448 -> "ed448";
            default -> "signature";
        };
    }

    /** The signer's key ID: the issuer key ID, else the low 64 bits of the issuer fingerprint. */
    static long issuer(PGPSignature sig) {
        long id = sig.getKeyID();
        if (id != 0 || sig.getHashedSubPackets() == null
                || sig.getHashedSubPackets().getIssuerFingerprint() == null) {
            return id;
        }
        byte[] fp = sig.getHashedSubPackets().getIssuerFingerprint().getFingerprint();
        long v = 0;
        for (int i = fp.length - 8; i < fp.length; i++) {
            v = (v << 8) | (fp[i] & 0xff);
        }
        return v;
    }
}
