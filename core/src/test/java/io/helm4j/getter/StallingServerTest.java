package io.helm4j.getter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.dependency.HttpChartSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads from a server that stalls: one that accepts and never answers ({@code /headers/...}), and one that
 * sends its headers and the start of the body, then nothing ({@code /body/...}). Each request ends at its
 * timeout (Go's {@code Client.Timeout} covers the body too; the JDK's request timeout alone does not) with an
 * error naming the URL and what timed out, and the stalled connection does not hold the caller up afterwards.
 */
class StallingServerTest {
    private static final Duration TIMEOUT = Duration.ofMillis(800);

    private ServerSocket server;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + server.getLocalPort();
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofVirtual().start(() -> stall(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private void stall(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            byte[] buf = new byte[8192];
            int n = in.read(buf);
            requests.incrementAndGet();
            String request = new String(buf, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
            if (request.startsWith("GET /cut/")) {
                // a truncated download: the connection closes before the announced length
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\napiVersion: v1\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            if (request.startsWith("GET /body/")) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\napiVersion: v1\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            stop.await();
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    @AfterEach
    void close() throws IOException {
        stop.countDown();
        server.close();
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsHelmSaysIt() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new HttpGetter(TIMEOUT).get(url + "/headers/index.yaml"))
                .isInstanceOf(Helm4jException.class)
                .hasMessage("Get \"" + url + "/headers/index.yaml\": context deadline exceeded (Client.Timeout "
                        + "exceeded while awaiting headers)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(6));
    }

    @Test
    void aServerThatStallsMidBodyTimesOutNamingTheUrl() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new HttpGetter(TIMEOUT).get(url + "/body/index.yaml"))
                .isInstanceOf(Helm4jException.class)
                .hasMessage("Get \"" + url + "/body/index.yaml\": context deadline exceeded (Client.Timeout or "
                        + "context cancellation while reading body)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(6));
    }

    @Test
    void aTruncatedDownloadFailsNamingTheUrlAndIsTriedAgainForDependencies() {
        assertThatThrownBy(() -> new HttpGetter(TIMEOUT.multipliedBy(10)).get(url + "/cut/index.yaml"))
                .isInstanceOf(Helm4jException.class)
                .hasMessageStartingWith("Get \"" + url + "/cut/index.yaml\": ");
        requests.set(0);
        HttpChartSource source = new HttpChartSource(TIMEOUT.multipliedBy(10), 3, Duration.ofMillis(10));
        assertThatThrownBy(() -> source.fetch(url + "/cut/alpha-1.0.0.tgz", null))
                .hasMessageStartingWith("Get \"" + url + "/cut/alpha-1.0.0.tgz\": ");
        assertThat(requests.get()).as("a transport failure is tried again, twice").isEqualTo(3);
    }

    @Test
    void chartDownloadsForDependenciesAreNotRetriedAfterATimeout() {
        long start = System.nanoTime();
        HttpChartSource source = new HttpChartSource(TIMEOUT, 3, Duration.ofMillis(10));
        assertThatThrownBy(() -> source.fetch(url + "/body/alpha-1.0.0.tgz", null))
                .hasMessageStartingWith("Get \"" + url + "/body/alpha-1.0.0.tgz\": context deadline exceeded");
        assertThat(requests.get()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(6));
    }
}
