package io.helm4j.internal.content;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** A TLS context for clients that seldom need TLS (plain http, with redirects followed). */
public final class DeferredTrust {
    private DeferredTrust() {
    }

    /**
     * The system's trust as the JDK's default context has it, read only when a handshake needs it: a client for
     * plain http gets this one, so it never parses the system's CA certificates (about 150, which the default
     * context loads when the client is built) unless a redirect leads to https.
     */
    public static SSLContext context() {
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

}
