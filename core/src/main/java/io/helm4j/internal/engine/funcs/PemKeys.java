package io.helm4j.internal.engine.funcs;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
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
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Private keys in the PEM forms Sprig writes and reads (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8). */
final class PemKeys {
    private PemKeys() {
    }

    /** BouncyCastle, loaded on first use only (it is slow to load). */
    static BouncyCastleProvider provider() {
        return Holder.BC;
    }

    private static final class Holder {
        static final BouncyCastleProvider BC = new BouncyCastleProvider();
    }

    /** A PEM block: its type and DER bytes. */
    record Block(String type, byte[] der) {
    }

    static String encode(String type, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < b64.length(); i += 64) {
            sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return sb.append("-----END ").append(type).append("-----\n").toString();
    }

    /** pem.Decode: the first block, or null. */
    static Block decode(String pem) {
        int begin = pem.indexOf("-----BEGIN ");
        while (begin >= 0) {
            int typeEnd = pem.indexOf("-----", begin + 11);
            if (typeEnd < 0) {
                return null;
            }
            String type = pem.substring(begin + 11, typeEnd);
            String endMarker = "-----END " + type + "-----";
            int end = pem.indexOf(endMarker, typeEnd);
            if (end >= 0) {
                String body = pem.substring(typeEnd + 5, end).replaceAll("\\s", "");
                try {
                    return new Block(type, Base64.getDecoder().decode(body));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            begin = pem.indexOf("-----BEGIN ", begin + 1);
        }
        return null;
    }

    /** pemBlockForKey + pem.Encode. */
    static String encodePrivate(KeyPair pair) {
        try {
            PrivateKey key = pair.getPrivate();
            if (key instanceof RSAPrivateCrtKey) {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
                return encode("RSA PRIVATE KEY", info.parsePrivateKey().toASN1Primitive().getEncoded("DER"));
            }
            if (key instanceof java.security.interfaces.ECPrivateKey) {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
                org.bouncycastle.asn1.sec.ECPrivateKey sec1 =
                        org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
                org.bouncycastle.asn1.x509.SubjectPublicKeyInfo spki =
                        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
                org.bouncycastle.asn1.sec.ECPrivateKey full = new org.bouncycastle.asn1.sec.ECPrivateKey(256,
                        sec1.getKey(), spki.getPublicKeyData(), info.getPrivateKeyAlgorithm().getParameters());
                return encode("EC PRIVATE KEY", full.getEncoded("DER"));
            }
            if (key instanceof DSAPrivateKey d) {
                DSAPublicKey pub = (DSAPublicKey) pair.getPublic();
                ASN1EncodableVector v = new ASN1EncodableVector();
                v.add(new ASN1Integer(0));
                v.add(new ASN1Integer(d.getParams().getP()));
                v.add(new ASN1Integer(d.getParams().getQ()));
                v.add(new ASN1Integer(d.getParams().getG()));
                v.add(new ASN1Integer(pub.getY()));
                v.add(new ASN1Integer(d.getX()));
                return encode("DSA PRIVATE KEY", new DERSequence(v).getEncoded("DER"));
            }
            return encode("PRIVATE KEY", key.getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sprig's parsePrivateKeyPEM: the key pair (public part derived) or Sprig's error. */
    static KeyPair parse(String pem) {
        Block block = decode(pem);
        if (block == null) {
            throw new IllegalArgumentException("no PEM data in input");
        }
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
