package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeConfigException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** PEM certificates and private keys (PKCS#1 RSA, SEC1 EC and PKCS#8), as kubeconfigs carry them. */
final class Pem {
    private Pem() {
    }

    static List<X509Certificate> certificates(byte[] pem, String what) {
        try {
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (var c : cf.generateCertificates(new ByteArrayInputStream(pem))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new KubeConfigException("unable to load " + what + ": no certificate found in PEM data");
            }
            return out;
        } catch (CertificateException e) {
            throw new KubeConfigException("unable to load " + what + ": " + e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(byte[] pem) {
        try (PEMParser p = new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
            JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
            for (Object o = p.readObject(); o != null; o = p.readObject()) {
                if (o instanceof PEMKeyPair kp) {
                    return conv.getPrivateKey(kp.getPrivateKeyInfo()); // the public half is optional in SEC1
                }
                if (o instanceof PrivateKeyInfo info) {
                    return conv.getPrivateKey(info);
                }
            }
        } catch (IOException e) {
            throw new KubeConfigException("tls: failed to parse private key: " + e.getMessage(), e);
        }
        throw new KubeConfigException("tls: failed to find any PEM data in key input");
    }
}
