package io.helm4j.values;

import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.helm4j.getter.Getters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm 4's readFile: stdin, URLs through the getters (a real HTTP server here), local files, url.Parse errors. */
class ValueSourceTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final List<String> userAgents = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> files = Map.of("/v.yaml", "replicas: 3\nimage: {tag: v1}\n",
                "/multi.yaml", "a: 1\nm: {x: 1}\n---\nb: 2\nm: {y: 2}\n", "/note.txt", "hello\n");
        server.createContext("/", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            String body = files.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "404 page not found\n" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(bytes);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private ValueSource local() {
        return ValueSource.local(dir, new ByteArrayInputStream("fromStdin: true\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void valuesFilesAreFetchedByUrlWithHelmsUserAgent() {
        ValueOptions o = new ValueOptions(List.of(base + "/v.yaml"), List.of("image.tag=v2"), null, null, null, null);
        assertThat(o.merge(local())).isEqualTo(yaml("replicas: 3\nimage: {tag: v2}\n"));
        assertThat(userAgents).containsExactly("Helm/4.0.0");
    }

    @Test
    void everyDocumentOfAFetchedFileIsMerged() {
        ValueOptions o = new ValueOptions(List.of(base + "/multi.yaml"), null, null, null, null, null);
        assertThat(o.merge(local())).isEqualTo(yaml("a: 1\nb: 2\nm: {x: 1, y: 2}\n"));
    }

    @Test
    void setFileReadsUrlsToo() {
        ValueOptions o = new ValueOptions(null, null, null, List.of("note=" + base + "/note.txt"), null, null);
        assertThat(o.merge(local())).isEqualTo(Map.of("note", "hello\n"));
    }

    @Test
    void aStatusOtherThan200FailsAsHelmsHttpGetterSays() {
        String url = base + "/missing.yaml";
        assertThatThrownBy(() -> new ValueOptions(List.of(url), null, null, null, null, null).merge(local()))
                .isInstanceOf(ValuesException.class)
                .hasMessage("failed to fetch " + url + " : 404 Not Found");
        assertThatThrownBy(() -> new ValueOptions(null, null, null, List.of("k=" + url), null, null).merge(local()))
                .hasMessage("failed parsing --set-file data: failed to fetch " + url + " : 404 Not Found");
    }

    @Test
    void aRefusedConnectionReadsLikeGosClientError() throws IOException {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/v.yaml";
        assertThatThrownBy(() -> local().read(url))
                .hasMessage("Get \"" + url + "\": dial tcp 127.0.0.1:" + port + ": connect: connection refused");
    }

    @Test
    void dashReadsStdinAndOtherArgumentsAreLocalFiles() throws IOException {
        Files.writeString(dir.resolve("v.yaml"), "fromFile: true\n");
        Files.writeString(dir.resolve("c:x.yaml"), "colon: true\n");
        ValueOptions o = new ValueOptions(List.of("v.yaml", " - ", "c:x.yaml"), null, null, null, null, null);
        assertThat(o.merge(local())).isEqualTo(yaml("fromFile: true\nfromStdin: true\ncolon: true\n"));
        assertThatThrownBy(() -> local().read("ftp://host/v.yaml"))
                .hasMessage("open ftp://host/v.yaml: no such file or directory");
    }

    @Test
    void onlySchemesWithAGetterAreFetched() {
        List<String> asked = new ArrayList<>();
        ValueSource src = ValueSource.local(dir, new ByteArrayInputStream(new byte[0]), Getters.none().with("mem", url -> {
            asked.add(url);
            return "m: 1\n".getBytes(StandardCharsets.UTF_8);
        }));
        assertThat(src.read("MEM://x/y.yaml")).isEqualTo("m: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(asked).containsExactly("MEM://x/y.yaml");
        assertThatThrownBy(() -> src.read(base + "/v.yaml")).hasMessageStartingWith("open http://");
        assertThatThrownBy(() -> local().read("oci://registry/values:1.0"))
                .hasMessageContaining("helm4j does not fetch oci:// artifacts yet");
    }

    /** Go's url.Parse errors, which Helm's readFile returns unwrapped (net/url's messages). */
    @Test
    void argumentsGosUrlParseRejectsFailAsInHelm() {
        assertThatThrownBy(() -> local().read("a%zz.yaml")).hasMessage("parse \"a%zz.yaml\": invalid URL escape \"%zz\"");
        assertThatThrownBy(() -> local().read("v.yaml%4")).hasMessage("parse \"v.yaml%4\": invalid URL escape \"%4\"");
        assertThatThrownBy(() -> local().read(":v.yaml")).hasMessage("parse \":v.yaml\": missing protocol scheme");
        assertThatThrownBy(() -> local().read("1a:b.yaml"))
                .hasMessage("parse \"1a:b.yaml\": first path segment in URL cannot contain colon");
        assertThatThrownBy(() -> local().read("v\tx.yaml"))
                .hasMessage("parse \"v\\tx.yaml\": net/url: invalid control character in URL");
        assertThatThrownBy(() -> local().read("http://h:x/v.yaml"))
                .hasMessage("parse \"http://h:x/v.yaml\": invalid port \":x\" after host");
        assertThatThrownBy(() -> local().read("http://[::1/v.yaml"))
                .hasMessage("parse \"http://[::1/v.yaml\": missing ']' in host");
        assertThatThrownBy(() -> local().read("http://a b/v.yaml"))
                .hasMessage("parse \"http://a b/v.yaml\": invalid character \" \" in host name");
        assertThatThrownBy(() -> local().read("v.yaml#%zz")).hasMessage("parse \"v.yaml#%zz\": invalid URL escape \"%zz\"");
    }
}
