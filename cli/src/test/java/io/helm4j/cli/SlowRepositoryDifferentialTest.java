package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repo add --timeout} and {@code repo update --timeout} against a repository that stalls (a server in the
 * test that accepts and never answers, or answers its headers and then stalls mid-body), compared with the real
 * Helm 4: the same exit code and error, in about the time asked for. Where helm4j says more: a body that stalls
 * names the URL being read (Helm's message does not). Skipped, saying so, without Helm 4.
 */
class SlowRepositoryDifferentialTest {
    @TempDir
    Path tmp;
    ServerSocket server;
    final CountDownLatch stop = new CountDownLatch(1);
    String url;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the slow repository differential test is skipped");
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
            if (new String(buf, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1).startsWith("GET /body/")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\napiVersion: v1\n"
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
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRepositoryThatNeverAnswersFailsAsInHelm() throws Exception {
        List<String> args = List.of("repo", "add", "slow", url + "/headers", "--timeout", "1s");
        String helm = helm(args);
        long start = System.nanoTime();
        CliBasicsTest.Result mine = CliBasicsTest.runAs("helm", env(), args.toArray(String[]::new));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat("exit " + mine.code() + "\n" + mine.out() + mine.err()).isEqualTo(helm);
        assertThat(mine.err()).isEqualTo("Error: looks like \"" + url + "/headers\" is not a valid chart repository "
                + "or cannot be reached: Get \"" + url + "/headers/index.yaml\": context deadline exceeded "
                + "(Client.Timeout exceeded while awaiting headers)\n");
    }

    @Test
    void aRepositoryThatStallsMidBodyFailsNamingTheUrl() throws Exception {
        // long enough for the headers to arrive first on a loaded machine; the body never does
        List<String> args = List.of("repo", "add", "slow", url + "/body", "--timeout", "5s");
        String helm = helm(args);
        assertThat(helm).isEqualTo("exit 1\nError: looks like \"" + url + "/body\" is not a valid chart repository "
                + "or cannot be reached: context deadline exceeded (Client.Timeout or context cancellation while "
                + "reading body)\n");
        long start = System.nanoTime();
        CliBasicsTest.Result mine = CliBasicsTest.runAs("helm", env(), args.toArray(String[]::new));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(mine.code()).isEqualTo(1);
        assertThat(mine.err()).isEqualTo("Error: looks like \"" + url + "/body\" is not a valid chart repository "
                + "or cannot be reached: Get \"" + url + "/body/index.yaml\": context deadline exceeded "
                + "(Client.Timeout or context cancellation while reading body)\n");
        assertThat(tmp.resolve("cache/repository/slow-index.yaml")).doesNotExist();
    }

    private Map<String, String> env() {
        return Map.of("HELM_REPOSITORY_CONFIG", tmp.resolve("config/repositories.yaml").toString(),
                "HELM_REPOSITORY_CACHE", tmp.resolve("cache/repository").toString());
    }

    /** Helm's exit code and output (stdout, then stderr). */
    private String helm(List<String> args) throws IOException, InterruptedException {
        Helm4Cli.Cmd c = Helm4Cli.run(tmp, env(), args);
        return "exit " + c.code() + "\n" + c.out() + c.err();
    }
}
