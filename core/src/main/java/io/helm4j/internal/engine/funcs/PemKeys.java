package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;

/** Private keys in the PEM forms Sprig writes and reads (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8). */
final class PemKeys {
    private PemKeys() {
    }

    /** BouncyCastle's provider, for EC and Ed25519 keys (loaded on first use only: it is slow to load). */
    static java.security.Provider provider() {
        return BcKeys.provider();
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

    /** pemBlockForKey + pem.Encode, the DER written by hand as Go's x509 writes it. */
    static String encodePrivate(KeyPair pair) {
        PrivateKey key = pair.getPrivate();
        if (key instanceof RSAPrivateCrtKey r) {
            // x509.MarshalPKCS1PrivateKey
            return encode("RSA PRIVATE KEY", Der.sequence(Der.integer(BigInteger.ZERO), Der.integer(r.getModulus()),
                    Der.integer(r.getPublicExponent()), Der.integer(r.getPrivateExponent()),
                    Der.integer(r.getPrimeP()), Der.integer(r.getPrimeQ()), Der.integer(r.getPrimeExponentP()),
                    Der.integer(r.getPrimeExponentQ()), Der.integer(r.getCrtCoefficient())));
        }
        if (key instanceof ECPrivateKey e) {
            // x509.MarshalECPrivateKey: the scalar padded to the order's size, the curve's OID, the public point
            List<Der.Element> spki = Der.read(pair.getPublic().getEncoded()).children();
            byte[] curve = spki.get(0).children().get(1).encoded();
            byte[] d = e.getS().toByteArray();
            int size = (e.getParams().getOrder().bitLength() + 7) / 8;
            byte[] scalar = new byte[size];
            int n = Math.min(d.length, size);
            System.arraycopy(d, d.length - n, scalar, size - n, n);
            return encode("EC PRIVATE KEY", Der.sequence(Der.integer(BigInteger.ONE), Der.octets(scalar),
                    Der.tlv(0xa0, curve), Der.tlv(0xa1, spki.get(1).encoded())));
        }
        if (key instanceof DSAPrivateKey d) {
            DSAPublicKey pub = (DSAPublicKey) pair.getPublic();
            return encode("DSA PRIVATE KEY", Der.sequence(Der.integer(BigInteger.ZERO),
                    Der.integer(d.getParams().getP()), Der.integer(d.getParams().getQ()),
                    Der.integer(d.getParams().getG()), Der.integer(pub.getY()), Der.integer(d.getX())));
        }
        return encode("PRIVATE KEY", key.getEncoded());
    }

    /**
     * Sprig's parsePrivateKeyPEM: the key pair (public part derived) or Sprig's error. A PKCS#1 RSA key (what
     * genCA writes) is read by hand; anything else, or anything the hand reading rejects, by {@link BcKeys}.
     */
    static KeyPair parse(String pem) {
        Block block = decode(pem);
        if (block == null) {
            throw new IllegalArgumentException("no PEM data in input");
        }
        if (block.type().equals("RSA PRIVATE KEY")) {
            KeyPair pair = rsa(block.der());
            if (pair != null) {
                return pair;
            }
        }
        return BcKeys.parse(block);
    }

    /** A two-prime PKCS#1 RSAPrivateKey, or null when the DER is anything else. */
    private static KeyPair rsa(byte[] der) {
        try {
            List<Der.Element> f = Der.read(der).children();
            if (f.size() != 9 || f.get(0).integer().signum() != 0) {
                return null;
            }
            BigInteger[] v = new BigInteger[9];
            for (int i = 0; i < 9; i++) {
                v[i] = f.get(i).integer();
                if (i > 0 && v[i].signum() <= 0) {
                    return null;
                }
            }
            KeyFactory kf = KeyFactory.getInstance("RSA");
            return new KeyPair(kf.generatePublic(new RSAPublicKeySpec(v[1], v[2])),
                    kf.generatePrivate(new RSAPrivateCrtKeySpec(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8])));
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            return null;
        }
    }
}
