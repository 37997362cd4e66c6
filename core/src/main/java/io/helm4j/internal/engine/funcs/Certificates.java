package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoObject;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sprig's certificate functions (genCA, genSelfSignedCert, genSignedCert, buildCustomCert): the certificate
 * written as Go's x509.CreateCertificate writes Sprig's template ({@link Der}), signed through the JDK
 * (BouncyCastle only for EC and Ed25519 signing keys, which it parsed).
 */
final class Certificates {
    private final Clock clock;
    private final SecureRandom random;
    private final KeyPool keys;

    Certificates(Clock clock, SecureRandom random, KeyPool keys) {
        this.clock = clock;
        this.random = random;
        this.keys = keys;
    }

    /** Sprig's {@code certificate} struct: PEM texts reached as {@code .Cert} and {@code .Key}. */
    record Certificate(String cert, String key) implements GoObject, io.helm4j.yaml.GoJsonValue {
        @Override
        public String goTypeName() {
            return "sprig.certificate";
        }

        /** encoding/json of the struct: its fields under their Go names (no tags). */
        @Override
        public Object jsonValue() {
            return new Struct().field("Cert", cert).field("Key", key);
        }

        @Override
        public java.util.SequencedMap<String, Object> structFields() {
            java.util.SequencedMap<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("Cert", cert);
            m.put("Key", key);
            return m;
        }

        @Override
        public boolean hasField(String name) {
            return name.equals("Cert") || name.equals("Key");
        }

        @Override
        public Object field(String name) {
            return name.equals("Cert") ? cert : key;
        }

        @Override
        public String formatValue() {
            return "{" + cert + " " + key + "}";
        }
    }

    KeyPair rsa(int bits) {
        try {
            return RsaKeys.generate(bits, random, keys);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("error generating rsa key: " + e.getMessage(), e);
        }
    }

    KeyPair generate(String algorithm, java.security.spec.AlgorithmParameterSpec spec, int bits) {
        try {
            if (algorithm.equals("RSA") && spec == null) {
                return RsaKeys.generate(bits, random, keys);
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (spec != null) {
                g.initialize(spec, random);
            } else if (bits > 0) {
                g.initialize(bits, random);
            }
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("failed to generate private key: " + e.getMessage(), e);
        }
    }

    Certificate ca(String cn, int days, KeyPair key) {
        byte[] der = create(cn, null, null, days, true, key, null, key.getPrivate(), serial(), clock.instant());
        return new Certificate(PemKeys.encode("CERTIFICATE", der), PemKeys.encodePrivate(key));
    }

    Certificate selfSigned(String cn, Object ips, Object dns, int days, KeyPair key) {
        byte[] der = create(cn, ips, dns, days, false, key, null, key.getPrivate(), serial(), clock.instant());
        return new Certificate(PemKeys.encode("CERTIFICATE", der), PemKeys.encodePrivate(key));
    }

    Certificate signed(String cn, Object ips, Object dns, int days, Certificate ca, KeyPair key) {
        PemKeys.Block block = PemKeys.decode(ca.cert());
        if (block == null) {
            throw new IllegalStateException("unable to decode certificate");
        }
        Parent parent;
        try {
            parent = Parent.of(block.der());
        } catch (RuntimeException e) {
            throw new IllegalStateException("error parsing certificate: decodedSignerCert.Bytes: " + e.getMessage());
        }
        KeyPair signer;
        try {
            signer = PemKeys.parse(ca.key());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("error parsing private key: " + e.getMessage());
        }
        byte[] der = create(cn, ips, dns, days, false, key, parent, signer.getPrivate(), serial(), clock.instant());
        return new Certificate(PemKeys.encode("CERTIFICATE", der), PemKeys.encodePrivate(key));
    }

    Certificate custom(String b64cert, String b64key) {
        byte[] cert;
        byte[] key;
        try {
            cert = GoBase.base64Decode(GoText.utf8(b64cert));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unable to decode base64 certificate");
        }
        try {
            key = GoBase.base64Decode(GoText.utf8(b64key));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unable to decode base64 private key");
        }
        String certPem = new String(cert, java.nio.charset.StandardCharsets.UTF_8);
        String keyPem = new String(key, java.nio.charset.StandardCharsets.UTF_8);
        PemKeys.Block block = PemKeys.decode(certPem);
        if (block == null) {
            throw new IllegalStateException("unable to decode certificate");
        }
        try {
            Parent.of(block.der());
        } catch (RuntimeException e) {
            throw new IllegalStateException("error parsing certificate: decodedCert.Bytes: " + e.getMessage());
        }
        try {
            PemKeys.parse(keyPem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("error parsing private key: " + e.getMessage());
        }
        return new Certificate(certPem, keyPem);
    }

    /** What a signed certificate takes from its parent: the subject (its issuer) and subject key identifier. */
    record Parent(byte[] subject, byte[] keyId) {
        /** x509.ParseCertificate's reading of the two, from a certificate's DER. */
        static Parent of(byte[] der) {
            List<Der.Element> cert = Der.read(der).children();
            if (cert.size() != 3) {
                throw new IllegalArgumentException("x509: malformed certificate");
            }
            List<Der.Element> tbs = cert.get(0).children();
            int at = !tbs.isEmpty() && tbs.get(0).tag() == 0xa0 ? 1 : 0;
            if (tbs.size() < at + 6) {
                throw new IllegalArgumentException("x509: malformed tbs certificate");
            }
            byte[] keyId = null;
            byte[] subjectKeyIdentifier = Der.oid("2.5.29.14");
            for (int i = at + 6; i < tbs.size(); i++) {
                if (tbs.get(i).tag() != 0xa3) {
                    continue;
                }
                for (Der.Element ext : tbs.get(i).children().get(0).children()) {
                    List<Der.Element> parts = ext.children();
                    if (java.util.Arrays.equals(parts.get(0).encoded(), subjectKeyIdentifier)) {
                        keyId = Der.read(parts.get(parts.size() - 1).contents()).contents();
                    }
                }
            }
            return new Parent(tbs.get(at + 4).encoded(), keyId);
        }
    }

    /** Sprig's serial numbers: uniform under 2^128. */
    private BigInteger serial() {
        return new BigInteger(128, random);
    }

    /** x509.CreateCertificate of Sprig's template: the DER of the certificate, signed. */
    byte[] create(String cn, Object ips, Object dns, int days, boolean isCa, KeyPair subjectKey,
            Parent parent, PrivateKey signingKey, BigInteger serial, Instant now) {
        List<byte[]> names = new ArrayList<>();
        for (Object d : list(dns)) {
            if (!(d instanceof String s)) {
                throw new IllegalStateException(
                        "error processing alternate dns name: " + GoValues.formatV(d) + " is not a string");
            }
            names.add(Der.tlv(0x82, s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (Object ip : list(ips)) {
            if (!(ip instanceof String s)) {
                throw new IllegalStateException("error parsing ip: " + GoValues.formatV(ip) + " is not a string");
            }
            names.add(Der.tlv(0x87, parseIp(s)));
        }
        try {
            // pkix.Name{CommonName: cn}: an empty name leaves the RDN out
            byte[] subject = cn.isEmpty() ? Der.sequence()
                    : Der.sequence(Der.tlv(0x31, Der.sequence(Der.oid("2.5.4.3"), Der.string(cn))));
            byte[] issuer = parent == null ? subject : parent.subject();
            byte[] spki = subjectKey.getPublic().getEncoded();
            SigningAlgorithm alg = SigningAlgorithm.of(signingKey);
            byte[] algorithm = alg.rsa() ? Der.sequence(Der.oid(alg.oid()), Der.nothing())
                    : Der.sequence(Der.oid(alg.oid()));
            List<byte[]> ext = new ArrayList<>();
            int usage = 0xa0 | (isCa ? 0x04 : 0); // digitalSignature, keyEncipherment, keyCertSign
            ext.add(extension("2.5.29.15", true,
                    Der.tlv(Der.BIT_STRING, new byte[] {(byte) Integer.numberOfTrailingZeros(usage), (byte) usage})));
            ext.add(extension("2.5.29.37", false,
                    Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"), Der.oid("1.3.6.1.5.5.7.3.2"))));
            ext.add(extension("2.5.29.19", true, isCa ? Der.sequence(Der.yes()) : Der.sequence()));
            if (isCa) {
                // Go 1.25 and later: the leftmost 160 bits of the SHA-256 of the public key's bits (RFC 7093)
                byte[] keyBits = Der.read(spki).children().get(1).contents();
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(keyBits, 1, keyBits.length - 1);
                byte[] hash = sha256.digest();
                ext.add(extension("2.5.29.14", false, Der.octets(java.util.Arrays.copyOf(hash, 20))));
            }
            if (parent != null && parent.keyId() != null && !java.util.Arrays.equals(issuer, subject)) {
                ext.add(extension("2.5.29.35", false, Der.sequence(Der.tlv(0x80, parent.keyId()))));
            }
            if (!names.isEmpty()) {
                // critical when the subject is empty (RFC 5280 4.2.1.6), as Go marks it
                ext.add(extension("2.5.29.17", cn.isEmpty(), Der.sequence(names)));
            }
            byte[] tbs = Der.sequence(Der.tlv(0xa0, Der.integer(BigInteger.TWO)), Der.integer(serial),
                    algorithm, issuer, Der.sequence(Der.time(now), Der.time(now.plus(Duration.ofHours(24L * days)))),
                    subject, spki, Der.tlv(0xa3, Der.sequence(ext)));
            Signature signer = alg.rsa() ? Signature.getInstance(alg.jca())
                    : Signature.getInstance(alg.jca(), PemKeys.provider());
            signer.initSign(signingKey, random);
            signer.update(tbs);
            return Der.sequence(tbs, algorithm, Der.bits(signer.sign()));
        } catch (Exception e) {
            throw new IllegalStateException("error creating certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.yes(), Der.octets(value))
                : Der.sequence(Der.oid(oid), Der.octets(value));
    }

    /**
     * The signature Go's x509 picks for a key, by its JCA name and OID: SHA-256 with RSA (PKCS#1 v1.5,
     * deterministic) through the JDK, ECDSA with the hash that matches the curve, pure Ed25519.
     */
    private record SigningAlgorithm(String jca, boolean rsa, String oid) {
        static SigningAlgorithm of(PrivateKey key) {
            return switch (key.getAlgorithm()) {
                case "RSA" -> new SigningAlgorithm("SHA256withRSA", true, "1.2.840.113549.1.1.11");
                case "EC", "ECDSA" -> {
                    int bits = ((java.security.interfaces.ECPrivateKey) key).getParams().getOrder().bitLength();
                    yield bits > 384 ? new SigningAlgorithm("SHA512withECDSA", false, "1.2.840.10045.4.3.4")
                            : bits > 256 ? new SigningAlgorithm("SHA384withECDSA", false, "1.2.840.10045.4.3.3")
                            : new SigningAlgorithm("SHA256withECDSA", false, "1.2.840.10045.4.3.2");
                }
                case "Ed25519", "EdDSA" -> new SigningAlgorithm("Ed25519", false, "1.3.101.112");
                default -> throw new IllegalStateException(
                        "x509: certificate private key does not implement crypto.Signer");
            };
        }
    }

    private static List<Object> list(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw Args.wrong("[]interface {}", v);
    }

    /** net.ParseIP: dotted IPv4 or IPv6 text only, never a host name. */
    private static byte[] parseIp(String s) {
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (v4) {
            for (String p : s.split("\\.")) {
                if (Integer.parseInt(p) > 255 || p.length() > 1 && p.startsWith("0")) {
                    throw new IllegalStateException("error parsing ip: " + s);
                }
            }
        }
        if (!v4 && !v6) {
            throw new IllegalStateException("error parsing ip: " + s);
        }
        try {
            byte[] b = InetAddress.getByName(s).getAddress();
            if (v4) {
                return b;
            }
            return b;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("error parsing ip: " + s);
        }
    }
}
