package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster helm4j cannot use, next to the real Helm 4 (skipped when it is not installed): no kubeconfig at all (Helm
 * talks to client-go's default server, {@code http://localhost:8080}, and says {@code kubernetes cluster unreachable:
 * ...}), and wrong credentials on the real cluster (when {@code HELM4J_IT_KUBECONFIG} names one). Every release
 * command prints Helm's error and exit code, {@code install}'s ERROR log line included.
 */
class UnreachableClusterTest {
    private static final List<String> COMMANDS = List.of("install r CHART", "install r CHART --dry-run=server",
            "template r CHART --dry-run=server", "upgrade r CHART", "upgrade --install r CHART", "list", "list -A",
            "status r", "history r", "get all r", "get values r", "rollback r 1", "test r", "uninstall r");

    @TempDir
    Path dir;
    private Path chart;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed: differential test skipped");
        chart = dir.resolve("ch");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: ch\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/cm.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: {{ .Release.Name }}}\n");
        Files.createDirectories(dir.resolve("home"));
    }

    private void assertSameAsHelm4(Map<String, String> env) throws Exception {
        Helm4Cli.assertSameTranscripts(dir, env, chart, COMMANDS, 1);
    }

    @Test
    void withNoKubeconfigAtAllBothTalkToLocalhost8080AndSayTheClusterIsUnreachable() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 8080), 500);
            assumeTrue(false, "something listens on localhost:8080: the no-kubeconfig case cannot be compared");
        } catch (IOException refused) {
            // nothing there, as the test needs
        }
        assertSameAsHelm4(Map.of());
        CliBasicsTest.Result list = CliBasicsTest.run(Map.of("HOME", dir.resolve("home").toString()), "list");
        assertThat(list.err()).isEqualTo("Error: kubernetes cluster unreachable: Get \"http://localhost:8080/version\": "
                + "dial tcp 127.0.0.1:8080: connect: connection refused\n");
    }

    @Test
    void kubernetesMasterNamesTheDefaultServerAsInClientGo() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertSameAsHelm4(Map.of("KUBERNETES_MASTER", "http://127.0.0.1:" + closed));
    }

    @Test
    void wrongCredentialsOnTheRealClusterAreHelmsUnreachableCluster() throws Exception {
        String kubeconfig = System.getenv("HELM4J_IT_KUBECONFIG");
        assumeTrue(kubeconfig != null && !kubeconfig.isEmpty(), "HELM4J_IT_KUBECONFIG is not set: no cluster");
        Path bad = dir.resolve("bad-kubeconfig");
        String text = Files.readString(Path.of(kubeconfig));
        assumeTrue(text.contains("token:"), "the cluster's kubeconfig has no token to spoil");
        Files.writeString(bad, text.replaceAll("token: \\S+", "token: not-the-token"));
        assertSameAsHelm4(Map.of("KUBECONFIG", bad.toString()));
        CliBasicsTest.Result status = CliBasicsTest.run(Map.of("KUBECONFIG", bad.toString()), "status", "r");
        assertThat(status.err()).isEqualTo("Error: kubernetes cluster unreachable: the server has asked for the client "
                + "to provide credentials\n");
    }
}
