package io.helm4j.getter;

import io.helm4j.Helm4jException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context for a repository, as Helm's {@code tlsutil.NewTLSConfig}: the CA file (PEM) as the only
 * roots when given, a client certificate and PKCS#8 key (PEM) when given, and no verification at all
 * (not even of the host name) with {@code insecureSkipTlsVerify}.
 */
public final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContext of(HttpOptions o) {
        try {
            KeyManager[] keys = !o.clientCertificate() ? null : keyManagers(o.certFile(), o.keyFile());
            TrustManager[] trust = o.insecureSkipTlsVerify() ? new TrustManager[] {new TrustAll()}
                    : o.caFile().isEmpty() ? null : trustManagers(o.caFile());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys, trust, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new Helm4jException("can't create TLS config for client: " + e.getMessage(), e);
        }
    }

    /**
     * The system's trust as the JDK's default context has it, read only when a handshake needs it: a client for
     * plain http gets this one, so it never parses the system's CA certificates (about 150, which the default
     * context loads when the client is built) unless a redirect leads to https.
     */
    public static SSLContext deferredDefault() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new DeferredSystemTrust()}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default trust manager, made at its first use. */
    private static final class DeferredSystemTrust extends X509ExtendedTrustManager {
        private X509ExtendedTrustManager delegate;

        private synchronized X509ExtendedTrustManager delegate() {
            if (delegate == null) {
                try {
                    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    tmf.init((KeyStore) null);
                    for (TrustManager t : tmf.getTrustManagers()) {
                        if (t instanceof X509ExtendedTrustManager x) {
                            delegate = x;
                        }
                    }
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the system's trust store: " + e.getMessage(), e);
                }
                if (delegate == null) {
                    throw new IllegalStateException("the system's trust store has no X.509 trust manager");
                }
            }
            return delegate;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, Socket s) throws CertificateException {
            delegate().checkClientTrusted(c, a, s);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, Socket s) throws CertificateException {
            delegate().checkServerTrusted(c, a, s);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) throws CertificateException {
            delegate().checkClientTrusted(c, a, e);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) throws CertificateException {
            delegate().checkServerTrusted(c, a, e);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a) throws CertificateException {
            delegate().checkClientTrusted(c, a);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException {
            delegate().checkServerTrusted(c, a);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate().getAcceptedIssuers();
        }
    }

    private static TrustManager[] trustManagers(String caFile) throws GeneralSecurityException {
        Collection<? extends Certificate> certs = certificates(caFile);
        if (certs.isEmpty()) {
            throw new Helm4jException("can't create TLS config for client: failed to append certificates from file: "
                    + caFile);
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            ks.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (Certificate c : certs) {
            ks.setCertificateEntry("ca" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return tmf.getTrustManagers();
    }

    private static KeyManager[] keyManagers(String certFile, String keyFile) throws GeneralSecurityException {
        Certificate[] chain = certificates(certFile).toArray(Certificate[]::new);
        PrivateKey key = privateKey(keyFile);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        ks.setKeyEntry("client", key, new char[0], chain);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        return kmf.getKeyManagers();
    }

    private static Collection<? extends Certificate> certificates(String file) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(read(file)));
    }

    private static PrivateKey privateKey(String file) throws GeneralSecurityException {
        String pem = new String(read(file), StandardCharsets.US_ASCII);
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < 0) {
            PrivateKey legacy = pkcs1OrSec1(pem);
            if (legacy != null) {
                return legacy;
            }
            throw new GeneralSecurityException("tls: " + file + " holds no private key (helm4j reads \"PRIVATE KEY\", "
                    + "\"EC PRIVATE KEY\" and \"RSA PRIVATE KEY\" PEM blocks, as Go's tls.X509KeyPair)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("tls: failed to parse private key in " + file);
    }

    /** An {@code EC PRIVATE KEY} (SEC 1) or {@code RSA PRIVATE KEY} (PKCS #1) block, as Go also accepts; else null. */
    private static PrivateKey pkcs1OrSec1(String pem) {
        try (org.bouncycastle.openssl.PEMParser p = new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(pem))) {
            for (Object o; (o = p.readObject()) != null;) {
                if (o instanceof org.bouncycastle.openssl.PEMKeyPair kp) {
                    return new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().getPrivateKey(kp.getPrivateKeyInfo());
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new Helm4jException("can't create TLS config for client: open " + file
                    + ": no such file or directory", e);
        }
    }

    /** Go's {@code InsecureSkipVerify}: any chain and any host name. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) { }
        @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) { }
        @Override public void checkClientTrusted(X509Certificate[] c, String a) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
