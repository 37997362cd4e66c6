package io.helm4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A plain-HTTP proxy on loopback in front of the real API server a kubeconfig names (its CA trusted, its token sent
 * on every request), which adds {@code Warning: 299 - "asked PATH"} to the answers of the paths {@code warned}
 * accepts: an API server whose discovery answers warn, for Helm and helm4j alike. {@link #kubeconfig} is a
 * kubeconfig for the proxy.
 */
final class WarningProxy implements AutoCloseable {
    private static final Set<String> HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "accept-encoding", "keep-alive", "authorization");
    private final HttpServer server;
    private final HttpClient client;
    private final String target;
    private final String token;

    WarningProxy(Path realKubeconfig, Predicate<String> warned) throws Exception {
        String text = Files.readString(realKubeconfig);
        target = field(text, "server");
        token = field(text, "token");
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Base64.getDecoder().decode(field(text, "certificate-authority-data")))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> forward(ex, warned));
        server.start();
    }

    private static String field(String kubeconfig, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ": *\"?([^\"\\s]+)").matcher(kubeconfig);
        if (!m.find()) {
            throw new IllegalArgumentException("the kubeconfig has no " + name);
        }
        return m.group(1);
    }

    /** A kubeconfig naming the proxy (no credentials: the proxy adds them). */
    Path kubeconfig(Path dir) throws IOException {
        return Files.writeString(dir.resolve("warning-proxy-kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: proxy
                  cluster: {server: "http://127.0.0.1:%d"}
                users:
                - name: proxy
                  user: {}
                contexts:
                - name: proxy
                  context: {cluster: proxy, user: proxy}
                current-context: proxy
                """.formatted(server.getAddress().getPort()));
    }

    private void forward(HttpExchange ex, Predicate<String> warned) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Authorization", "Bearer " + token);
            for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
                if (!HOP.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    h.getValue().forEach(v -> rb.header(h.getKey(), v));
                }
            }
            HttpResponse<byte[]> r;
            try {
                r = client.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            r.headers().map().forEach((k, v) -> {
                if (!HOP.contains(k.toLowerCase(java.util.Locale.ROOT)) && !k.startsWith(":")) {
                    ex.getResponseHeaders().put(k, v);
                }
            });
            String path = ex.getRequestURI().getPath();
            if (warned.test(path)) {
                ex.getResponseHeaders().add("Warning", "299 - \"asked " + path + "\"");
            }
            byte[] out = r.body();
            ex.sendResponseHeaders(r.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
