package io.helm4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the distribution commands' AOT training only ({@link DistAotTraining}): an anonymous OCI registry on
 * loopback, in memory, that speaks enough of the distribution API for {@code push} and {@code pull} (blob uploads in
 * one PUT, manifests by tag and digest, the tag list), so the registry client's classes and the JDK's request
 * publishers are in the cache those commands start with. Not a registry to use.
 */
final class TrainingRegistry implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final TreeSet<String> tags = new TreeSet<>();

    TrainingRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/", this::handle);
        server.start();
    }

    /** {@code 127.0.0.1:PORT}. */
    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.contains("/blobs/uploads/") && method.equals("POST")) {
            ex.getResponseHeaders().add("Location", path + "upload");
            send(ex, 202, null, null);
        } else if (path.contains("/blobs/uploads/") && method.equals("PUT")) {
            String digest = ex.getRequestURI().getQuery().replace("digest=", "");
            blobs.put(digest, ex.getRequestBody().readAllBytes());
            ex.getResponseHeaders().add("Docker-Content-Digest", digest);
            send(ex, 201, null, null);
        } else if (path.contains("/blobs/")) {
            byte[] b = blobs.get(last);
            send(ex, b == null ? 404 : 200, method.equals("HEAD") ? null : b, null);
        } else if (path.contains("/manifests/") && method.equals("PUT")) {
            byte[] m = ex.getRequestBody().readAllBytes();
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            String digest = digest(m);
            for (String key : new String[] {last, digest}) {
                manifests.put(key, m);
                types.put(key, type == null ? "application/vnd.oci.image.manifest.v1+json" : type);
            }
            if (!last.startsWith("sha256:")) {
                synchronized (tags) {
                    tags.add(last);
                }
            }
            ex.getResponseHeaders().add("Docker-Content-Digest", digest);
            send(ex, 201, null, null);
        } else if (path.contains("/manifests/")) {
            byte[] m = manifests.get(last);
            if (m != null) {
                ex.getResponseHeaders().add("Docker-Content-Digest", digest(m));
            }
            send(ex, m == null ? 404 : 200, method.equals("HEAD") ? null : m, m == null ? null : types.get(last));
        } else if (path.endsWith("/tags/list")) {
            StringBuilder json = new StringBuilder("{\"name\":\"training\",\"tags\":[");
            synchronized (tags) {
                json.append(String.join(",", tags.stream().map(t -> "\"" + t + "\"").toList()));
            }
            send(ex, 200, json.append("]}").toString().getBytes(StandardCharsets.UTF_8), "application/json");
        } else {
            send(ex, path.equals("/v2/") ? 200 : 404, null, null);
        }
    }

    private static String digest(byte[] b) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }
}
