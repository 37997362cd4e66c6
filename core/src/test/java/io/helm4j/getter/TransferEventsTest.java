package io.helm4j.getter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.helm4j.events.Event;
import io.helm4j.internal.content.TransferMeter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Download progress: the HTTP getter reports a body as it arrives, throttled, with a last {@code done} event. */
class TransferEventsTest {
    private static final int SIZE = 1_000_000;
    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = new byte[SIZE];
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/missing") ? 404 : 200, SIZE);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < SIZE; i += 100_000) {
                    out.write(body, i, 100_000);
                    out.flush();
                }
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDownloadIsReportedAsItArrivesAndEndsWithADoneEvent() {
        List<Event.Transfer> seen = new CopyOnWriteArrayList<>();
        byte[] data = new HttpGetter(HttpOptions.defaults().withTimeout(Duration.ofSeconds(30)),
                e -> seen.add((Event.Transfer) e)).get(url + "/chart.tgz");
        assertThat(data).hasSize(SIZE);
        assertThat(seen).hasSizeBetween(2, SIZE / (int) TransferMeter.STEP + 2);
        assertThat(seen).allMatch(t -> t.action().equals("download") && t.subject().equals(url + "/chart.tgz")
                && t.total() == SIZE);
        assertThat(seen.subList(0, seen.size() - 1)).noneMatch(Event.Transfer::done)
                .isSortedAccordingTo((a, b) -> Long.compare(a.bytes(), b.bytes()));
        Event.Transfer last = seen.get(seen.size() - 1);
        assertThat(last.done()).isTrue();
        assertThat(last.bytes()).isEqualTo(SIZE);
        assertThat(last.message()).isEqualTo("Downloading " + url + "/chart.tgz: 976.6 KiB of 976.6 KiB");
    }

    @Test
    void aFailedRequestEndsItsTransferToo() {
        List<Event.Transfer> seen = new CopyOnWriteArrayList<>();
        try {
            new HttpGetter(HttpOptions.defaults(), e -> seen.add((Event.Transfer) e)).get(url + "/missing");
        } catch (RuntimeException expected) {
            // 404
        }
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).done()).isTrue();
    }

    @Test
    void aDownloadByAnotherSchemeIsReportedWhenItStartsAndEnds() {
        List<Event.Transfer> seen = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        SchemeGetters getters = SchemeGetters.of(o -> u -> new byte[0], () -> java.util.Map.of("s3", o -> {
            made.incrementAndGet();
            return u -> new byte[70_000];
        }), e -> seen.add((Event.Transfer) e));
        Getter g = getters.apply(HttpOptions.defaults());
        assertThat(g.get("s3://bucket/a.tgz")).hasSize(70_000);
        assertThat(seen).extracting(Event.Transfer::bytes, Event.Transfer::total, Event.Transfer::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, -1L, false),
                        org.assertj.core.groups.Tuple.tuple(70_000L, 70_000L, false),
                        org.assertj.core.groups.Tuple.tuple(70_000L, 70_000L, true));
        assertThat(seen).allMatch(t -> t.subject().equals("s3://bucket/a.tgz") && t.action().equals("download"));
        g.get("s3://bucket/b.tgz");
        assertThat(made).as("one plugin getter per scheme for all the URLs of one repository").hasValue(1);
    }

    @Test
    void theDefaultContextReportsItsDownloads() {
        List<Event> seen = new CopyOnWriteArrayList<>();
        var context = io.helm4j.action.ActionContext.builder().events(seen::add).build();
        context.getters().apply(HttpOptions.defaults().withTimeout(Duration.ofSeconds(30))).get(url + "/dep.tgz");
        assertThat(seen).filteredOn(e -> e instanceof Event.Transfer t && t.done()).hasSize(1);
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(Event.Transfer.size(512)).isEqualTo("512 B");
        assertThat(Event.Transfer.size(1536)).isEqualTo("1.5 KiB");
        assertThat(Event.Transfer.size(12L << 20)).isEqualTo("12.0 MiB");
        assertThat(new Event.Transfer("upload", "r/x@sha256:ab", 10, -1, false).message())
                .isEqualTo("Uploading r/x@sha256:ab: 10 B");
    }
}
