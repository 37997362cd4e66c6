package io.helm4j.internal.content;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** A TLS context for clients that seldom need TLS (plain http, with redirects followed). */
public final class DeferredTrust {
    private DeferredTrust() {
    }

    /**
     * A builder for plain http, as Go's client: HTTP/1.1 (no h2c upgrade), and TLS only if a redirect leads to
     * https. The JDK's TLS classes are not even set up until then: the context is {@link #lazyContext} and the
     * client gets its TLS parameters here, so it does not ask the context for its defaults (which makes a TLS
     * socket: the cipher suites checked against the disabled algorithms, the named groups with their DH
     * parameters; about a tenth of a cold {@code dependency update}'s CPU, bench/README.md). The parameters name
     * no cipher suites, so an engine keeps the provider's defaults; the protocols are the JDK client's defaults.
     */
    public static HttpClient.Builder plainHttp(HttpClient.Builder builder) {
        SSLParameters params = new SSLParameters();
        params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        return builder.version(HttpClient.Version.HTTP_1_1).sslContext(lazyContext()).sslParameters(params);
    }

    /** {@link #context()}, made at its first use (a handshake); until then nothing of the JDK's TLS is set up. */
    public static SSLContext lazyContext() {
        return new LazyContext(new LazySpi());
    }

    /** True once the context behind {@code ctx}, made by {@link #lazyContext}, was needed. */
    public static boolean initialized(SSLContext ctx) {
        return ctx instanceof LazyContext l && l.spi.real != null;
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

    private static final class LazyContext extends SSLContext {
        private final LazySpi spi;

        LazyContext(LazySpi spi) {
            super(spi, null, "TLS");
            this.spi = spi;
        }
    }

    /** Every call made on the real context, built at the first. */
    private static final class LazySpi extends SSLContextSpi {
        private SSLContext real;

        private synchronized SSLContext real() {
            if (real == null) {
                real = context();
            }
            return real;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("a deferred context is initialized with the system's trust");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real().getSupportedSSLParameters();
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
