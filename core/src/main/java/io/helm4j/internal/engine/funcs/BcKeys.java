package io.helm4j.internal.engine.funcs;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The private keys that BouncyCastle reads for Sprig (PKCS#8, SEC1 EC, DSA, and PKCS#1 RSA that {@link PemKeys}
 * did not read by hand) and its provider, for EC and Ed25519 keys. Kept apart so that the classes which
 * make RSA keys and certificates load none of BouncyCastle.
 */
final class BcKeys {
    private BcKeys() {
    }

    /** BouncyCastle, loaded on first use only (it is slow to load). */
    static java.security.Provider provider() {
        return Holder.BC;
    }

    private static final class Holder {
        static final BouncyCastleProvider BC = new BouncyCastleProvider();
    }

    /** Sprig's parsePrivateKeyPEM: the key pair (public part derived) or Sprig's error. */
    static KeyPair parse(PemKeys.Block block) {
        try {
            if (block.type().equals("PRIVATE KEY")) {
                PrivateKeyInfo info;
                try {
                    info = PrivateKeyInfo.getInstance(block.der());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("decoding PEM as PKCS#8: " + e.getMessage());
                }
                return pairOf(info);
            }
            if (!block.type().endsWith(" PRIVATE KEY")) {
                throw new IllegalArgumentException("no private key data in PEM block of type " + block.type());
            }
            String kind = block.type().substring(0, block.type().length() - 12);
            switch (kind) {
                case "RSA" -> {
                    RSAPrivateKey.getInstance(block.der());
                    return pairOf(new PrivateKeyInfo(new AlgorithmIdentifier(
                            org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.rsaEncryption,
                            org.bouncycastle.asn1.DERNull.INSTANCE), ASN1Sequence.getInstance(block.der())));
                }
                case "EC" -> {
                    org.bouncycastle.asn1.sec.ECPrivateKey ec = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(
                            block.der());
                    return pairOf(new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                            ec.getParametersObject()), ec));
                }
                case "DSA" -> {
                    ASN1Sequence s = ASN1Sequence.getInstance(block.der());
                    BigInteger p = ASN1Integer.getInstance(s.getObjectAt(1)).getValue();
                    BigInteger q = ASN1Integer.getInstance(s.getObjectAt(2)).getValue();
                    BigInteger g = ASN1Integer.getInstance(s.getObjectAt(3)).getValue();
                    BigInteger y = ASN1Integer.getInstance(s.getObjectAt(4)).getValue();
                    BigInteger x = ASN1Integer.getInstance(s.getObjectAt(5)).getValue();
                    KeyFactory kf = KeyFactory.getInstance("DSA");
                    return new KeyPair(kf.generatePublic(new java.security.spec.DSAPublicKeySpec(y, p, q, g)),
                            kf.generatePrivate(new java.security.spec.DSAPrivateKeySpec(x, p, q, g)));
                }
                default -> throw new IllegalArgumentException("invalid private key type " + block.type());
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("parsing private key from PEM: " + e.getMessage());
        }
    }

    private static KeyPair pairOf(PrivateKeyInfo info) throws Exception {
        String alg = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
        if (info.getPrivateKeyAlgorithm().getAlgorithm().equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.rsaEncryption)) {
            // the JDK's own RSA factory: loading the BouncyCastle provider costs seconds
            KeyFactory kf = KeyFactory.getInstance("RSA");
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
            if (priv instanceof RSAPrivateCrtKey r) {
                return new KeyPair(kf.generatePublic(
                        new java.security.spec.RSAPublicKeySpec(r.getModulus(), r.getPublicExponent())), priv);
            }
            throw new IllegalArgumentException("unable to get public key for type " + priv.getAlgorithm());
        }
        PrivateKey priv = KeyFactory.getInstance(alg, provider()).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        return new KeyPair(publicOf(priv, info), priv);
    }

    private static PublicKey publicOf(PrivateKey priv, PrivateKeyInfo info) throws Exception {
        String alg = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
        KeyFactory kf = KeyFactory.getInstance(alg, provider());
        if (priv instanceof RSAPrivateCrtKey r) {
            return kf.generatePublic(new java.security.spec.RSAPublicKeySpec(r.getModulus(), r.getPublicExponent()));
        }
        if (priv instanceof java.security.interfaces.ECPrivateKey e) {
            org.bouncycastle.jce.interfaces.ECPrivateKey bce = (org.bouncycastle.jce.interfaces.ECPrivateKey) e;
            org.bouncycastle.jce.spec.ECParameterSpec spec = bce.getParameters();
            org.bouncycastle.math.ec.ECPoint q = spec.getG().multiply(bce.getD()).normalize();
            return kf.generatePublic(new org.bouncycastle.jce.spec.ECPublicKeySpec(q, spec));
        }
        if (priv instanceof org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey ed) {
            return ed.getPublicKey();
        }
        throw new IllegalArgumentException("unable to get public key for type " + priv.getAlgorithm());
    }
}
