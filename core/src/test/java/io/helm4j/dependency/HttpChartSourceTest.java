package io.helm4j.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpChartSourceTest {
    HttpServer server;
    String url;
    final AtomicInteger calls = new AtomicInteger();
    final java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(6);

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flaky.tgz", e -> {
            int n = calls.incrementAndGet();
            byte[] body = "chart".getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(n < 3 ? 503 : 200, n < 3 ? -1 : body.length);
            if (n >= 3) {
                e.getResponseBody().write(body);
            }
            e.close();
        });
        server.createContext("/together", e -> {
            together.countDown();
            try {
                together.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "dep".getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        server.createContext("/missing.tgz", e -> {
            calls.incrementAndGet();
            e.sendResponseHeaders(404, -1);
            e.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aServerErrorIsTriedAgain() {
        byte[] data = new HttpChartSource(Duration.ofSeconds(5), 3, Duration.ofMillis(1)).fetch(url + "/flaky.tgz", null);
        assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("chart");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aNotFoundIsNotTriedAgainAndTheLastErrorIsHelms() {
        assertThatThrownBy(() -> new HttpChartSource(Duration.ofSeconds(5), 3, Duration.ofMillis(1))
                .fetch(url + "/missing.tgz", null))
                .hasMessage("failed to fetch " + url + "/missing.tgz : 404 Not Found");
        assertThat(calls).hasValue(1);
        calls.set(0);
        assertThatThrownBy(() -> new HttpChartSource(Duration.ofSeconds(5), 2, Duration.ofMillis(1))
                .fetch(url + "/flaky.tgz", null))
                .hasMessage("failed to fetch " + url + "/flaky.tgz : 503 Service Unavailable");
    }

    @Test
    void parallelDownloadsShareTheirClientAndLeaveNoSelectorThreadBehind() throws Exception {
        long before = selectorThreads();
        // through SchemeGetters as the CLI and the default context give it: one getter per scheme per repository
        HttpChartSource source = new HttpChartSource(Duration.ofSeconds(10),
                io.helm4j.getter.SchemeGetters.httpOnly(io.helm4j.events.EventSink.discard()));
        java.util.List<java.util.concurrent.Future<byte[]>> got = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                String u = url + "/together/dep" + i + ".tgz";
                got.add(pool.submit(() -> source.fetch(u, null)));
            }
        }
        for (var f : got) {
            assertThat(f.get()).hasSize(3);
        }
        assertThat(together.getCount()).as("the six requests were in flight at once").isZero();
        // a client left open keeps a thread in native code, and the JVM waits 300 ms for it at exit
        assertThat(selectorThreads()).isLessThanOrEqualTo(before);
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains("SelectorManager")).count();
    }

    @Test
    void ociReferencesAreRefusedClearly() {
        assertThatThrownBy(() -> new HttpChartSource(Duration.ofSeconds(1)).fetch("oci://r/c:1.0.0", null))
                .hasMessage("oci:// dependencies are not supported by helm4j yet: oci://r/c:1.0.0");
    }
}
