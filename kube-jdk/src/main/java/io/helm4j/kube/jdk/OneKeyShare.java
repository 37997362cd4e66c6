package io.helm4j.kube.jdk;

import java.nio.ByteBuffer;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A first handshake that computes one key share instead of two. The JDK's client sends a TLS 1.3 key share for its
 * most preferred group of each kind it offers (x25519 and secp256r1 by default), so a cold process computes both; the
 * P-256 one (its generator table built on first use, in code not yet compiled) costs 70-80 ms CPU and is wasted on an
 * API server that, as Go's crypto/tls does, picks X25519. The engines of this context offer TLS 1.3 with the XDH
 * groups only (x25519, then x448): one key share, no weaker than the default choice (X25519 is what a Go server
 * picks from the default offer anyway). A server that supports neither group nor TLS 1.3 fails this handshake;
 * {@link KubeHttp} then connects again with the JDK's defaults, so such servers keep working at the cost of one
 * failed handshake per process.
 *
 * <p>The HttpClient sets its own SSLParameters on each engine it creates, which would reset the named groups to the
 * defaults; the engine here adds the narrowing to whatever parameters it is given.
 */
final class OneKeyShare {
    static final String[] GROUPS = {"x25519", "x448"};
    static final String[] PROTOCOLS = {"TLSv1.3"};

    private OneKeyShare() {
    }

    /**
     * The narrowing context over {@code full}, or null when it would not be the JDK's own choice narrowed: the user
     * set {@code jdk.tls.namedGroups} or {@code jdk.tls.client.protocols}, or the defaults offer no x25519 or no TLS
     * 1.3 (a FIPS provider, a tightened java.security).
     */
    static SSLContext over(SSLContext full) {
        if (System.getProperty("jdk.tls.namedGroups") != null || System.getProperty("jdk.tls.client.protocols") != null) {
            return null;
        }
        SSLParameters defaults = full.getDefaultSSLParameters();
        String[] groups = defaults.getNamedGroups();
        String[] protocols = defaults.getProtocols();
        if (groups == null || groups.length == 0 || !groups[0].equals(GROUPS[0])
                || protocols == null || !Arrays.asList(protocols).contains(PROTOCOLS[0])) {
            return null;
        }
        String[] narrowed = Arrays.stream(groups).filter(g -> g.equals("x25519") || g.equals("x448")).toArray(String[]::new);
        return new Context(new Spi(full, narrowed), full);
    }

    /** Whether {@code ctx} is a narrowing context (for tests). */
    static boolean isNarrowing(SSLContext ctx) {
        return ctx instanceof Context;
    }

    private static final class Context extends SSLContext {
        Context(Spi spi, SSLContext full) {
            super(spi, full.getProvider(), full.getProtocol());
        }
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext full;
        private final String[] groups;

        Spi(SSLContext full, String[] groups) {
            this.full = full;
            this.groups = groups;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("already initialised");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return full.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return full.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return new Engine(full.createSSLEngine(), groups);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return new Engine(full.createSSLEngine(host, port), groups);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return full.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return full.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return narrow(full.getDefaultSSLParameters(), groups);
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return full.getSupportedSSLParameters();
        }
    }

    static SSLParameters narrow(SSLParameters p, String[] groups) {
        p.setNamedGroups(groups);
        p.setProtocols(PROTOCOLS);
        return p;
    }

    /** The JDK's engine, every call passed on; parameters set on it are narrowed first. */
    private static final class Engine extends SSLEngine {
        private final SSLEngine e;
        private final String[] groups;

        Engine(SSLEngine e, String[] groups) {
            super(e.getPeerHost(), e.getPeerPort());
            this.e = e;
            this.groups = groups;
            e.setSSLParameters(narrow(e.getSSLParameters(), groups));
        }

        @Override
        public void setSSLParameters(SSLParameters params) {
            e.setSSLParameters(narrow(params, groups));
        }

        @Override
        public SSLParameters getSSLParameters() {
            return e.getSSLParameters();
        }

        @Override
        public SSLEngineResult wrap(ByteBuffer src, ByteBuffer dst) throws SSLException {
            return e.wrap(src, dst);
        }

        @Override
        public SSLEngineResult wrap(ByteBuffer[] srcs, ByteBuffer dst) throws SSLException {
            return e.wrap(srcs, dst);
        }

        @Override
        public SSLEngineResult wrap(ByteBuffer[] srcs, int offset, int length, ByteBuffer dst) throws SSLException {
            return e.wrap(srcs, offset, length, dst);
        }

        @Override
        public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer dst) throws SSLException {
            return e.unwrap(src, dst);
        }

        @Override
        public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer[] dsts) throws SSLException {
            return e.unwrap(src, dsts);
        }

        @Override
        public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer[] dsts, int offset, int length) throws SSLException {
            return e.unwrap(src, dsts, offset, length);
        }

        @Override
        public Runnable getDelegatedTask() {
            return e.getDelegatedTask();
        }

        @Override
        public void closeInbound() throws SSLException {
            e.closeInbound();
        }

        @Override
        public boolean isInboundDone() {
            return e.isInboundDone();
        }

        @Override
        public void closeOutbound() {
            e.closeOutbound();
        }

        @Override
        public boolean isOutboundDone() {
            return e.isOutboundDone();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return e.getSupportedCipherSuites();
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return e.getEnabledCipherSuites();
        }

        @Override
        public void setEnabledCipherSuites(String[] suites) {
            e.setEnabledCipherSuites(suites);
        }

        @Override
        public String[] getSupportedProtocols() {
            return e.getSupportedProtocols();
        }

        @Override
        public String[] getEnabledProtocols() {
            return e.getEnabledProtocols();
        }

        @Override
        public void setEnabledProtocols(String[] protocols) {
            e.setEnabledProtocols(protocols);
        }

        @Override
        public SSLSession getSession() {
            return e.getSession();
        }

        @Override
        public SSLSession getHandshakeSession() {
            return e.getHandshakeSession();
        }

        @Override
        public void beginHandshake() throws SSLException {
            e.beginHandshake();
        }

        @Override
        public SSLEngineResult.HandshakeStatus getHandshakeStatus() {
            return e.getHandshakeStatus();
        }

        @Override
        public void setUseClientMode(boolean mode) {
            e.setUseClientMode(mode);
        }

        @Override
        public boolean getUseClientMode() {
            return e.getUseClientMode();
        }

        @Override
        public void setNeedClientAuth(boolean need) {
            e.setNeedClientAuth(need);
        }

        @Override
        public boolean getNeedClientAuth() {
            return e.getNeedClientAuth();
        }

        @Override
        public void setWantClientAuth(boolean want) {
            e.setWantClientAuth(want);
        }

        @Override
        public boolean getWantClientAuth() {
            return e.getWantClientAuth();
        }

        @Override
        public void setEnableSessionCreation(boolean flag) {
            e.setEnableSessionCreation(flag);
        }

        @Override
        public boolean getEnableSessionCreation() {
            return e.getEnableSessionCreation();
        }

        @Override
        public String getApplicationProtocol() {
            return e.getApplicationProtocol();
        }

        @Override
        public String getHandshakeApplicationProtocol() {
            return e.getHandshakeApplicationProtocol();
        }

        @Override
        public void setHandshakeApplicationProtocolSelector(BiFunction<SSLEngine, List<String>, String> selector) {
            e.setHandshakeApplicationProtocolSelector(selector);
        }

        @Override
        public BiFunction<SSLEngine, List<String>, String> getHandshakeApplicationProtocolSelector() {
            return e.getHandshakeApplicationProtocolSelector();
        }
    }
}
