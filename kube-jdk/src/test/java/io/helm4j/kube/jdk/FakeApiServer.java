package io.helm4j.kube.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS server on loopback that records requests and answers from a function, to check what
 * the client sends (TLS, headers, methods, bodies) without a cluster. It requires a client
 * certificate when given one to trust.
 */
final class FakeApiServer implements AutoCloseable {
    record Request(String method, String uri, Map<String, List<String>> headers, String body, String clientCertCn,
            String tlsProtocol) {
        String header(String name) {
            List<String> v = headers.get(name);
            return v == null ? null : v.getFirst();
        }
    }

    record Answer(int code, String body, Map<String, List<String>> headers) {
        Answer(int code, String body) {
            this(code, body, Map.of());
        }
    }

    final X509Certificate serverCert;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** TLS connections the server was asked to set up (handshakes begun, failed ones too). */
    final AtomicInteger connections = new AtomicInteger();
    private final HttpsServer server;

    FakeApiServer(X509Certificate trustedClient, Function<Request, Answer> answers) throws Exception {
        this(trustedClient, answers, p -> {
        });
    }

    /** As the other, with {@code tls} adjusting each connection's parameters (the named groups, the protocols). */
    FakeApiServer(X509Certificate trustedClient, Function<Request, Answer> answers, Consumer<SSLParameters> tls)
            throws Exception {
        KeyPair kp = TestPki.ec();
        serverCert = TestPki.selfSigned(kp, "kube-apiserver", "127.0.0.1", "kube.test");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", kp.getPrivate(), new char[0], new X509Certificate[] {serverCert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        if (trustedClient != null) {
            ts.setCertificateEntry("client", trustedClient);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                connections.incrementAndGet();
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(trustedClient != null);
                tls.accept(p);
                params.setSSLParameters(p);
            }
        });
        server.createContext("/", ex -> handle(ex, answers));
        server.start();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, Function<Request, Answer> answers) throws java.io.IOException {
        String cn = null;
        String protocol = ((HttpsExchange) ex).getSSLSession().getProtocol();
        try {
            var peer = ((HttpsExchange) ex).getSSLSession().getPeerCertificates();
            cn = ((X509Certificate) peer[0]).getSubjectX500Principal().getName();
        } catch (javax.net.ssl.SSLPeerUnverifiedException none) {
            // no client certificate
        }
        Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().toString(), Map.copyOf(ex.getRequestHeaders()),
                new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), cn, protocol);
        requests.add(r);
        Answer a = answers.apply(r);
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        a.headers().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
        ex.sendResponseHeaders(a.code(), body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
