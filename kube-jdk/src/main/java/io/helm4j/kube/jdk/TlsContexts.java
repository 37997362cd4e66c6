package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeConfigException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The SSLContext of a connection: trust in the cluster's CA (or the JDK's roots without one, or
 * nothing with insecure-skip-tls-verify), the server's name checked against tls-server-name when
 * set, and the client certificate and key when the user has them.
 */
final class TlsContexts {
    private TlsContexts() {
    }

    /**
     * What every connection's set-up does first whatever the kubeconfig says, done ahead so that it overlaps the
     * command's start: the JSSE and JCE providers, the TLS context's class set-up (each cipher suite checked for
     * availability), X.509 parsing, PKCS12 stores and the PKIX trust manager factory. Cold, that is most of the
     * 50 to 400 ms that {@link #create} otherwise costs before the first request. Failures are left to create.
     */
    static void prepare() {
        try {
            SSLContext.getInstance("TLS").init(null, new TrustManager[] {new ServerTrust(null, null)}, null);
            CertificateFactory.getInstance("X.509");
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            emptyStore();
        } catch (GeneralSecurityException e) {
            // create reports it
        }
    }

    static SSLContext create(Connection c, byte[] certPem, byte[] keyPem) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers(certPem, keyPem), new TrustManager[] {trustManager(c)}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new KubeConfigException("unable to set up TLS: " + e.getMessage(), e);
        }
    }

    private static TrustManager trustManager(Connection c) throws GeneralSecurityException {
        if (c.insecureSkipTlsVerify()) {
            return new ServerTrust(null, null);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (c.caPem() == null) {
            tmf.init((KeyStore) null);
        } else {
            KeyStore ks = emptyStore();
            List<X509Certificate> cas = Pem.certificates(c.caPem(), "certificate authority");
            for (int i = 0; i < cas.size(); i++) {
                ks.setCertificateEntry("ca" + i, cas.get(i));
            }
            tmf.init(ks);
        }
        X509TrustManager chain = (X509TrustManager) tmf.getTrustManagers()[0];
        String host = c.tlsServerName().isEmpty() ? c.server().getHost() : c.tlsServerName();
        return new ServerTrust(chain, host);
    }

    private static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem) throws GeneralSecurityException {
        if (certPem == null && keyPem == null) {
            return null;
        }
        if (certPem == null || keyPem == null) {
            throw new KubeConfigException("client-cert-data and client-key-data must be specified together"
                    + " (client certificate and key both, or neither)");
        }
        List<X509Certificate> chain = Pem.certificates(certPem, "client certificate");
        PrivateKey key = Pem.privateKey(keyPem);
        KeyStore ks = emptyStore();
        char[] pass = new char[0];
        ks.setKeyEntry("client", key, pass, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pass);
        return kmf.getKeyManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return ks;
    }
}
