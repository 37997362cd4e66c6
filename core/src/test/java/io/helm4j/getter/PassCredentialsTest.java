package io.helm4j.getter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Helm's rule for a repository's credentials: sent to the repository's own scheme and host (a chart URL of the
 * index pointing elsewhere, a CDN say, gets none) unless {@code --pass-credentials} passes them to every domain.
 */
class PassCredentialsTest {
    private HttpServer repo;
    private HttpServer cdn;
    private final List<String> cdnAuth = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        repo = server(null);
        cdn = server(cdnAuth);
    }

    private HttpServer server(List<String> auth) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            if (auth != null) {
                auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            }
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        s.start();
        return s;
    }

    @AfterEach
    void stop() {
        repo.stop(0);
        cdn.stop(0);
    }

    private byte[] fetch(boolean passAll) {
        String repoUrl = "http://127.0.0.1:" + repo.getAddress().getPort();
        HttpOptions o = new HttpOptions(repoUrl, "alice", "s3cret", passAll, "", "", "", false, Duration.ofSeconds(10));
        return new HttpGetter(o).get("http://localhost:" + cdn.getAddress().getPort() + "/charts/a-1.0.0.tgz");
    }

    @Test
    void credentialsStayWithTheRepositoryUnlessPassedToAllDomains() {
        assertThat(fetch(false)).hasSize(2);
        assertThat(fetch(true)).hasSize(2);
        assertThat(cdnAuth).containsExactly("null", "Basic YWxpY2U6czNjcmV0");
    }
}
