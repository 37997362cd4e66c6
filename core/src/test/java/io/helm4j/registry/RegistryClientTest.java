package io.helm4j.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.helm4j.chart.ChartArchiver;
import io.helm4j.chart.ChartLoader;
import io.helm4j.getter.DigestMismatchException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a small in-process registry (the JDK's HTTP server) that asks for a bearer token from its
 * own realm, as Docker Hub and GHCR do; what real registries do is checked by {@code RegistryIntegrationTest}.
 */
class RegistryClientTest {
    @TempDir
    Path tmp;
    HttpServer server;
    String host;
    final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    volatile boolean corruptBlobs;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host = "127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/token", ex -> {
            tokenRequests.add(ex.getRequestURI().getRawQuery() + " " + ex.getRequestHeaders().getFirst("Authorization"));
            send(ex, 200, "{\"token\":\"t0k\"}".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/v2/", this::registry);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void registry(HttpExchange ex) throws IOException {
        if (!"Bearer t0k".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://" + host + "/token\",service=\"test\","
                    + "scope=\"repository:charts/demo:pull\"");
            send(ex, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.contains("/blobs/uploads/") && method.equals("POST")) {
            ex.getResponseHeaders().add("Location", "/v2/charts/demo/blobs/uploads/u1");
            send(ex, 202, new byte[0]);
        } else if (path.contains("/blobs/uploads/") && method.equals("PUT")) {
            String digest = ex.getRequestURI().getQuery().replace("digest=", "");
            blobs.put(digest, ex.getRequestBody().readAllBytes());
            send(ex, 201, new byte[0]);
        } else if (path.contains("/blobs/")) {
            byte[] b = blobs.get(path.substring(path.lastIndexOf('/') + 1));
            if (b != null && corruptBlobs) {
                b = b.clone();
                b[b.length - 1] ^= 1;
            }
            send(ex, b == null ? 404 : 200, method.equals("HEAD") || b == null ? null : b);
        } else if (path.contains("/manifests/") && method.equals("PUT")) {
            byte[] m = ex.getRequestBody().readAllBytes();
            manifests.put(path.substring(path.lastIndexOf('/') + 1), m);
            manifests.put(Digests.of(m), m);
            send(ex, 201, new byte[0]);
        } else if (path.contains("/manifests/")) {
            byte[] m = manifests.get(path.substring(path.lastIndexOf('/') + 1));
            if (m != null) {
                ex.getResponseHeaders().add("Docker-Content-Digest", Digests.of(m));
            }
            send(ex, m == null ? 404 : 200, m == null ? ("{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest "
                    + "unknown\"}]}").getBytes(StandardCharsets.UTF_8) : m);
        } else if (path.endsWith("/tags/list")) {
            send(ex, 200, "{\"name\":\"charts/demo\",\"tags\":[\"0.9.0\",\"1.0.0_b.1\",\"latest\"]}"
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            send(ex, 404, new byte[0]);
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private byte[] chart(String version) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(version).resolve("demo"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: " + version
                + "\nhome: https://example.com\nannotations:\n  org.opencontainers.image.title: ignored\n  x: z\n");
        return new ChartArchiver(Instant.EPOCH).toBytes(ChartLoader.loadChart(dir));
    }

    private RegistryClient client() {
        RegistryOptions o = RegistryOptions.of(tmp.resolve("config.json").toString())
                .withTls(true, "", "", "", false).withCredentials("u", "p");
        return new RegistryClient(o, Map.of(), tmp, 10_000_000);
    }

    @Test
    void pushesHelmsManifestAndPullsItBackThroughABearerToken() throws IOException {
        byte[] chart = chart("1.0.0+b.1");
        try (RegistryClient c = client()) {
            RegistryClient.PushResult pushed = c.push(chart, "prov".getBytes(StandardCharsets.UTF_8),
                    "oci://" + host + "/charts/demo:1.0.0+b.1", "2024-01-02T03:04:05Z");
            assertThat(pushed.ref()).isEqualTo(host + "/charts/demo:1.0.0_b.1");
            String manifest = new String(pushed.manifest(), StandardCharsets.UTF_8);
            assertThat(manifest).startsWith("{\"schemaVersion\":2,\"config\":{\"mediaType\":\"application/vnd.cncf.helm"
                    + ".config.v1+json\",\"digest\":\"" + pushed.config().digest() + "\",\"size\":")
                    .contains("\"mediaType\":\"application/vnd.cncf.helm.chart.provenance.v1.prov\"")
                    .endsWith(",\"annotations\":{\"org.opencontainers.image.created\":\"2024-01-02T03:04:05Z\","
                            + "\"org.opencontainers.image.title\":\"demo\",\"org.opencontainers.image.url\":"
                            + "\"https://example.com\",\"org.opencontainers.image.version\":\"1.0.0+b.1\",\"x\":\"z\"}}");
            assertThat(new String(blobs.get(pushed.config().digest()), StandardCharsets.UTF_8)).isEqualTo(
                    "{\"name\":\"demo\",\"home\":\"https://example.com\",\"version\":\"1.0.0+b.1\",\"apiVersion\":\"v2\","
                            + "\"annotations\":{\"org.opencontainers.image.title\":\"ignored\",\"x\":\"z\"}}");
            assertThat(tokenRequests).allMatch(r -> r.startsWith("service=test&scope=repository%3Acharts%2Fdemo%3Apull ")
                    && r.endsWith(" Basic dTpw"));

            RegistryClient.PullResult pulled = c.pull(host + "/charts/demo", "^1.0.0-0", true);
            assertThat(pulled.ref()).isEqualTo(host + "/charts/demo:1.0.0_b.1");
            assertThat(pulled.manifestDigest()).isEqualTo(pushed.manifestDigest());
            assertThat(pulled.chart()).isEqualTo(chart);
            assertThat(new String(pulled.provenance(), StandardCharsets.UTF_8)).isEqualTo("prov");
            assertThat(c.tags(host + "/charts/demo")).containsExactly("1.0.0+b.1", "0.9.0");
        }
    }

    @Test
    void aBlobThatDoesNotMatchItsDigestFailsWhileStreaming() throws IOException {
        try (RegistryClient c = client()) {
            RegistryClient.PushResult pushed = c.push(chart("1.0.0"), null, host + "/charts/demo:1.0.0", "");
            corruptBlobs = true;
            assertThatThrownBy(() -> c.pull(host + "/charts/demo:1.0.0", "", false))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessageStartingWith("pull blob " + pushed.config().digest() + " from " + host
                            + "/charts/demo: digest mismatch: expected " + pushed.config().digest() + ", got sha256:");
        }
    }

    @Test
    void strictModeAndReferences() throws IOException {
        byte[] chart = chart("1.0.0");
        try (RegistryClient c = client()) {
            assertThatThrownBy(() -> c.push(chart, null, host + "/charts/other:1.0.0", ""))
                    .hasMessage("strict mode enabled, ref basename and tag must match the chart name and version");
            assertThatThrownBy(() -> c.pull(host + "/charts/demo:1.0.0", "2.0.0", false))
                    .hasMessage("chart reference and version mismatch: 2.0.0 is not 1.0.0");
        }
        OciReference r = OciReference.parse("oci://h:5000/a/b/c:1.2.3+x@sha256:" + "a".repeat(64));
        assertThat(r).isEqualTo(new OciReference("h:5000", "a/b/c", "1.2.3_x", "sha256:" + "a".repeat(64)));
        assertThat(r.toString()).isEqualTo("h:5000/a/b/c:1.2.3_x");
        assertThatThrownBy(() -> OciReference.parse("oci://h/Upper")).hasMessageContaining("invalid repository");
    }
}
