package io.helm4j.kube.jdk;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates and keys in the PEM forms kubeconfigs carry, made for each test. */
final class TestPki {
    private TestPki() {
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    /** A self-signed certificate for {@code cn} with DNS and IP subject alternative names. */
    static X509Certificate selfSigned(KeyPair kp, String cn, String... sans) throws Exception {
        long now = System.currentTimeMillis();
        var b = new JcaX509v3CertificateBuilder(new X500Name("CN=" + cn), BigInteger.valueOf(now),
                new Date(now - 60_000), new Date(now + 3_600_000), new X500Name("CN=" + cn), kp.getPublic());
        if (sans.length > 0) {
            GeneralName[] names = new GeneralName[sans.length];
            for (int i = 0; i < sans.length; i++) {
                boolean ip = sans[i].matches("[0-9.]+");
                names[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, sans[i]);
            }
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        String alg = kp.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(kp.getPrivate())));
    }

    /** A client certificate ({@code CN=cn, O=group}) signed by a CA, for client-certificate authentication. */
    static X509Certificate clientCert(KeyPair kp, String cn, String group, X509Certificate ca, java.security.PrivateKey caKey)
            throws Exception {
        long now = System.currentTimeMillis();
        var b = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(now), new Date(now - 60_000),
                new Date(now + 3_600_000), new javax.security.auth.x500.X500Principal("CN=" + cn + ", O=" + group), kp.getPublic());
        b.addExtension(Extension.extendedKeyUsage, false,
                new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth));
        String alg = caKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(alg).build(caKey)));
    }

    /**
     * The traditional OpenSSL form: {@code RSA PRIVATE KEY} (PKCS#1) or {@code EC PRIVATE KEY} (SEC1,
     * with the curve named inside, as openssl writes it).
     */
    static String traditional(KeyPair kp) throws Exception {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(kp.getPrivate().getEncoded());
        if (kp.getPrivate() instanceof java.security.interfaces.ECPrivateKey ec) {
            var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, ec.getS(),
                    info.getPrivateKeyAlgorithm().getParameters());
            return block("EC PRIVATE KEY", sec1.getEncoded());
        }
        return block("RSA PRIVATE KEY", info.parsePrivateKey().toASN1Primitive().getEncoded());
    }

    /** The PKCS#8 form: {@code PRIVATE KEY}. */
    static String pkcs8(KeyPair kp) {
        return block("PRIVATE KEY", kp.getPrivate().getEncoded());
    }

    static String pem(X509Certificate c) throws Exception {
        return block("CERTIFICATE", c.getEncoded());
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
