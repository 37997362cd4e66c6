package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Sprig's certificate functions (genCA, genSelfSignedCert, genSignedCert, buildCustomCert) over BouncyCastle. */
final class Certificates {
    private final Clock clock;
    private final SecureRandom random;

    Certificates(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** Sprig's {@code certificate} struct: PEM texts reached as {@code .Cert} and {@code .Key}. */
    record Certificate(String cert, String key) implements GoObject {
        @Override
        public String goTypeName() {
            return "sprig.certificate";
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
            return RsaKeys.generate(bits, random);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("error generating rsa key: " + e.getMessage(), e);
        }
    }

    KeyPair generate(String algorithm, java.security.spec.AlgorithmParameterSpec spec, int bits) {
        try {
            if (algorithm.equals("RSA") && spec == null) {
                return RsaKeys.generate(bits, random);
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
        byte[] der = create(cn, null, null, days, true, key, null, key.getPrivate());
        return new Certificate(PemKeys.encode("CERTIFICATE", der), PemKeys.encodePrivate(key));
    }

    Certificate selfSigned(String cn, Object ips, Object dns, int days, KeyPair key) {
        byte[] der = create(cn, ips, dns, days, false, key, null, key.getPrivate());
        return new Certificate(PemKeys.encode("CERTIFICATE", der), PemKeys.encodePrivate(key));
    }

    Certificate signed(String cn, Object ips, Object dns, int days, Certificate ca, KeyPair key) {
        PemKeys.Block block = PemKeys.decode(ca.cert());
        if (block == null) {
            throw new IllegalStateException("unable to decode certificate");
        }
        X509CertificateHolder parent;
        try {
            parent = new X509CertificateHolder(block.der());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("error parsing certificate: decodedSignerCert.Bytes: " + e.getMessage());
        }
        KeyPair signer;
        try {
            signer = PemKeys.parse(ca.key());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("error parsing private key: " + e.getMessage());
        }
        byte[] der = create(cn, ips, dns, days, false, key, parent, signer.getPrivate());
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
            new X509CertificateHolder(block.der());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("error parsing certificate: decodedCert.Bytes: " + e.getMessage());
        }
        try {
            PemKeys.parse(keyPem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("error parsing private key: " + e.getMessage());
        }
        return new Certificate(certPem, keyPem);
    }

    private byte[] create(String cn, Object ips, Object dns, int days, boolean isCa, KeyPair subjectKey,
            X509CertificateHolder parent, PrivateKey signingKey) {
        List<GeneralName> names = new ArrayList<>();
        for (Object d : list(dns)) {
            if (!(d instanceof String s)) {
                throw new IllegalStateException(
                        "error processing alternate dns name: " + GoValues.formatV(d) + " is not a string");
            }
            names.add(new GeneralName(GeneralName.dNSName, s));
        }
        for (Object ip : list(ips)) {
            if (!(ip instanceof String s)) {
                throw new IllegalStateException("error parsing ip: " + GoValues.formatV(ip) + " is not a string");
            }
            names.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(parseIp(s))));
        }
        try {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
            X500Name issuer = parent == null ? subject : parent.getSubject();
            Instant now = clock.instant();
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.getPublic().getEncoded());
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, new BigInteger(128, random),
                    Date.from(now), Date.from(now.plus(Duration.ofHours(24L * days))), subject, spki);
            int usage = KeyUsage.keyEncipherment | KeyUsage.digitalSignature | (isCa ? KeyUsage.keyCertSign : 0);
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            b.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            if (isCa) {
                byte[] ski = MessageDigest.getInstance("SHA-1").digest(spki.getPublicKeyData().getBytes());
                b.addExtension(Extension.subjectKeyIdentifier, false, new DEROctetString(ski));
            }
            if (parent != null && parent.getExtension(Extension.subjectKeyIdentifier) != null
                    && !parent.getSubject().equals(subject)) {
                byte[] aki = org.bouncycastle.asn1.ASN1OctetString.getInstance(
                        parent.getExtension(Extension.subjectKeyIdentifier).getParsedValue()).getOctets();
                b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(aki));
            }
            if (!names.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(new GeneralName[0])));
            }
            ContentSigner signer = signer(signingKey);
            return b.build(signer).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("error creating certificate: " + e.getMessage(), e);
        }
    }

    /**
     * RSA keys sign through the JDK's own provider (PKCS#1 v1.5 signatures are deterministic: the same
     * bytes as BouncyCastle's), which spares a certificate-making render the seconds of loading the
     * BouncyCastle provider; EC and Ed25519 keys, parsed by BouncyCastle, sign through it.
     */
    private ContentSigner signer(PrivateKey signingKey) throws org.bouncycastle.operator.OperatorCreationException {
        JcaContentSignerBuilder b = new JcaContentSignerBuilder(signatureAlgorithm(signingKey)).setSecureRandom(random);
        if (!(signingKey instanceof java.security.interfaces.RSAPrivateKey)) {
            b.setProvider(PemKeys.provider());
        }
        return b.build(signingKey);
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new IllegalStateException("x509: certificate private key does not implement crypto.Signer");
        };
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
