package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientOptions;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection opened before the parse is used only when the parsed options are the same. */
class EarlyKubeTest {
    @TempDir
    Path dir;

    private CliContext context() throws Exception {
        Path kubeconfig = dir.resolve("kubeconfig");
        // nothing listens there: opening a client connects in the background and fails quietly
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: c
                  cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}
                users:
                - name: u
                  user: {token: t}
                contexts:
                - name: x
                  context: {cluster: c, user: u, namespace: from-kubeconfig}
                current-context: x
                """);
        return new CliContext(Map.of("KUBECONFIG", kubeconfig.toString(), "HOME", dir.toString()), dir, "helm4j");
    }

    private KubeClientOptions parsed(CliContext c, String namespace) {
        KubeClientOptions o = KubeClientOptions.from(HelmSettings.fromEnvironment(c.env(), c.userHome()));
        return new KubeClientOptions(o.kubeConfig(), o.context(), namespace, o.apiServer(), o.token(), o.asUser(),
                o.asGroups(), o.caFile(), o.insecureSkipTlsVerify(), o.tlsServerName(), o.qps(), o.burst());
    }

    @Test
    void theCommandLinesNamespaceIsTakenAndTheClientHandedOverOnce() throws Exception {
        CliContext c = context();
        for (String[] args : new String[][] {{"list", "-n", "team"}, {"-n", "team", "status", "r"}, {"list", "--namespace=team"},
            {"list", "-nteam"}}) {
            EarlyKube early = EarlyKube.start(c, args);
            KubeClient k = early.take(parsed(c, "team"));
            assertThat(k).as(String.join(" ", args)).isNotNull();
            assertThat(k.namespace()).isEqualTo("team");
            assertThat(early.take(parsed(c, "team"))).as("once").isNull();
            k.close();
        }
        EarlyKube plain = EarlyKube.start(c, new String[] {"list"});
        KubeClient k = plain.take(parsed(c, ""));
        assertThat(k.namespace()).isEqualTo("from-kubeconfig");
        k.close();
    }

    @Test
    void otherOptionsGetNothingAndFlagsThatChangeTheConnectionOpenNothingAhead() throws Exception {
        CliContext c = context();
        assertThat(EarlyKube.start(c, new String[] {"list", "-n", "a"}).take(parsed(c, "b"))).isNull();
        assertThat(EarlyKube.start(c, new String[] {"list", "--kube-context", "other"})).isNull();
        assertThat(EarlyKube.start(c, new String[] {"list", "--kubeconfig=/elsewhere"})).isNull();
        assertThat(EarlyKube.start(c, new String[] {"install", "--qps", "50", "r", "chart"})).isNull();
    }

    /**
     * A read-only command's ({@code diff}, {@code drift}) connection sends its first request ahead, so the handshake
     * overlaps the parse; the command gets the client once that request is answered. Other commands send nothing
     * ahead. {@link EarlyKube#close} shuts the client down (its selector thread would hold up the JVM's halt).
     */
    @Test
    void readOnlyCommandsSendTheirFirstRequestAheadAndTheClientIsClosedAtTheEnd() throws Exception {
        java.util.List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            byte[] body = "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.0\"}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            Path kubeconfig = dir.resolve("plain");
            Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "
                    + "\"http://127.0.0.1:" + server.getAddress().getPort() + "\"}\nusers:\n- name: u\n  user: {token: t}\n"
                    + "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
            CliContext c = new CliContext(Map.of("KUBECONFIG", kubeconfig.toString(), "HOME", dir.toString()), dir,
                    "helm4j");
            EarlyKube diff = EarlyKube.start(c, new String[] {"diff", "upgrade", "r", "chart", "-n", "team"});
            assertThat(diff.take(parsed(c, "team"))).isNotNull();
            assertThat(seen).containsExactly("GET /version");
            diff.close(5_000);
            seen.clear();
            EarlyKube list = EarlyKube.start(c, new String[] {"list", "-n", "team"});
            assertThat(list.take(parsed(c, "team"))).isNotNull();
            list.close(5_000);
            assertThat(seen).isEmpty();
        } finally {
            server.stop(0);
        }
    }
}
