package io.helm4j.repo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A static chart repository on loopback (the JDK's HTTP server): serves the files of a directory, optionally
 * behind basic auth, optionally over TLS; records each request's path and Authorization header.
 */
public final class TestRepoServer implements AutoCloseable {
    private final HttpServer server;
    private final String scheme;
    public final List<String> requests = new CopyOnWriteArrayList<>();

    private TestRepoServer(HttpServer server, String scheme, Path root, String user, String password) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", ex -> handle(ex, root, user, password));
        server.start();
    }

    public static TestRepoServer http(Path root, String user, String password) throws IOException {
        return new TestRepoServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                "http", root, user, password);
    }

    public static TestRepoServer https(Path root, SSLContext tls) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new TestRepoServer(s, "https", root, null, null);
    }

    /** HTTPS that asks every client for a certificate its {@code tls} context trusts (Go's RequireAndVerifyClientCert). */
    public static TestRepoServer httpsWithClientAuth(Path root, SSLContext tls) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters params) {
                javax.net.ssl.SSLParameters p = tls.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        return new TestRepoServer(s, "https", root, null, null);
    }

    /** The base URL, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, Path root, String user, String password) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        requests.add(ex.getRequestURI().getPath() + " " + auth);
        if (user != null) {
            String want = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            if (!want.equals(auth)) {
                send(ex, 401, "unauthorized".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(ex, 404, "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, Files.readAllBytes(file));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
