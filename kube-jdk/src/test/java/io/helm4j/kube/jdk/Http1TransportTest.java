package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Http1Transport} against a scripted plain-HTTP server: what goes on the wire, the three ways an answer's end
 * is found, connections kept and reused, and a request sent again when the server had closed its idle connection.
 */
class Http1TransportTest {
    /** A loopback server that answers each request with {@code answer(connection number, request number on it)}. */
    private static final class Scripted implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger connections = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();

        Scripted(java.util.function.BiFunction<Integer, Integer, String> answer) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(() -> {
                while (!server.isClosed()) {
                    Socket s;
                    try {
                        s = server.accept();
                    } catch (IOException e) {
                        return;
                    }
                    int conn = connections.incrementAndGet();
                    Thread.ofPlatform().daemon().start(() -> serve(s, conn, answer));
                }
            });
        }

        private void serve(Socket s, int conn, java.util.function.BiFunction<Integer, Integer, String> answer) {
            try (s) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = s.getOutputStream();
                for (int n = 1; ; n++) {
                    String line = in.readLine();
                    if (line == null) {
                        return;
                    }
                    StringBuilder req = new StringBuilder(line).append('\n');
                    int length = 0;
                    for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                        req.append(h).append('\n');
                        if (h.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(h.substring(15).trim());
                        }
                    }
                    char[] body = new char[length];
                    int got = 0;
                    while (got < length) {
                        got += in.read(body, got, length - got);
                    }
                    requests.add(req.append('\n').append(body).toString());
                    String a = answer.apply(conn, n);
                    if (a == null) {
                        return; // hang up without answering
                    }
                    out.write(a.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (a.contains("Connection: close")) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void sendsTheRequestAndReadsEachKindOfAnswerOnOneKeptConnection() throws Exception {
        Function<Integer, String> byRequest = n -> switch (n) {
            case 1 -> ok("{\"a\":\"é\"}");
            case 2 -> "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nWarning: 299 - \"one\"\r\n"
                    + "warning: 299 - \"two\"\r\n\r\n4\r\n{\"b\"\r\n3;ext=1\r\n:1}\r\n0\r\nTrailer: x\r\n\r\n";
            default -> "HTTP/1.1 204 No Content\r\n\r\n";
        };
        try (Scripted s = new Scripted((conn, n) -> byRequest.apply(n));
                Http1Transport t = new Http1Transport(s.uri(), null)) {
            Http1Transport.Reply first = t.send("PATCH", "/api/v1/namespaces/a/configmaps/c?force=true",
                    List.of("Accept", "application/json", "Content-Type", "application/apply-patch+yaml"),
                    "{\"x\":\"ü\"}".getBytes(StandardCharsets.UTF_8));
            Http1Transport.Reply second = t.send("GET", "/api/v1/namespaces/a/configmaps/d", List.of(), null);
            Http1Transport.Reply third = t.send("DELETE", "/api/v1/namespaces/a/configmaps/d", List.of(), null);
            assertThat(first).isEqualTo(new Http1Transport.Reply(200, "{\"a\":\"é\"}", List.of()));
            assertThat(second).isEqualTo(new Http1Transport.Reply(404, "{\"b\":1}",
                    List.of("299 - \"one\"", "299 - \"two\"")));
            assertThat(third.status()).isEqualTo(204);
            assertThat(third.body()).isEmpty();
            assertThat(s.connections).hasValue(1);
            int port = s.server.getLocalPort();
            assertThat(s.requests.getFirst()).isEqualTo("PATCH /api/v1/namespaces/a/configmaps/c?force=true HTTP/1.1\n"
                    + "Host: 127.0.0.1:" + port + "\nAccept: application/json\nContent-Type: application/apply-patch+yaml\n"
                    + "Content-Length: 10\n\n{\"x\":\"Ã¼\"}");
            assertThat(s.requests.get(1)).isEqualTo("GET /api/v1/namespaces/a/configmaps/d HTTP/1.1\nHost: 127.0.0.1:"
                    + port + "\n\n");
            assertThat(s.requests.get(2)).contains("DELETE ", "Content-Length: 0\n");
        }
    }

    @Test
    void anAnswerWithoutLengthEndsWithItsConnection() throws Exception {
        try (Scripted s = new Scripted((conn, n) -> "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"conn\":" + conn + "}");
                Http1Transport t = new Http1Transport(s.uri(), null)) {
            assertThat(t.send("GET", "/x", List.of(), null).body()).isEqualTo("{\"conn\":1}");
            assertThat(t.send("GET", "/x", List.of(), null).body()).isEqualTo("{\"conn\":2}");
            assertThat(s.connections).hasValue(2);
        }
    }

    @Test
    void aRequestOnAConnectionTheServerClosedGoesOutOnceMoreOnANewOne() throws Exception {
        // the first connection answers once, then hangs up on its second request without answering
        try (Scripted s = new Scripted((conn, n) -> conn == 1 && n == 2 ? null : ok("{\"conn\":" + conn + "}"));
                Http1Transport t = new Http1Transport(s.uri(), null)) {
            assertThat(t.send("GET", "/x", List.of(), null).body()).isEqualTo("{\"conn\":1}");
            assertThat(t.send("POST", "/y", List.of(), new byte[] {'{', '}'}).body()).isEqualTo("{\"conn\":2}");
            assertThat(s.connections).hasValue(2);
            assertThat(s.requests).hasSize(3);
        }
    }

    @Test
    void aNewConnectionThatEndsWithoutAnAnswerIsAnError() throws Exception {
        try (Scripted s = new Scripted((conn, n) -> null);
                Http1Transport t = new Http1Transport(s.uri(), null)) {
            assertThatThrownBy(() -> t.send("GET", "/x", List.of(), null)).isInstanceOf(IOException.class);
            assertThat(s.connections).hasValue(1);
        }
    }

    @Test
    void requestsBeyondTheConnectionLimitWaitForAFreeConnection() throws Exception {
        try (Scripted s = new Scripted((conn, n) -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ok("{}");
        });
                Http1Transport t = new Http1Transport(s.uri(), null)) {
            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<Http1Transport.Reply>> all = new java.util.ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    all.add(pool.submit(() -> t.send("GET", "/x", List.of(), null)));
                }
                for (var f : all) {
                    assertThat(f.get().status()).isEqualTo(200);
                }
            }
            assertThat(s.connections.get()).isBetween(2, Http1Transport.MAX_CONNECTIONS);
            assertThat(s.requests).hasSize(40);
        }
    }
}
