package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A namespace that does not exist, on the real cluster next to the real Helm 4: every release command prints what
 * Helm 4.3.2 prints (an install's {@code create: failed to create: namespaces "..." not found}, a status's
 * {@code release: not found}...) with its exit code, and nothing is created. Namespaces start with {@code kgaps-}.
 */
class MissingNamespaceClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");
    private static final List<String> COMMANDS = List.of("install r CHART", "install r CHART --dry-run=server",
            "upgrade r CHART", "upgrade --install r CHART", "list", "status r", "history r", "get values r",
            "rollback r 1", "test r", "uninstall r");

    @TempDir
    Path dir;

    @Test
    void everyReleaseCommandSaysWhatHelm4Says() throws Exception {
        Path chart = dir.resolve("ch");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: ch\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/cm.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: {{ .Release.Name }}}\n");
        String ns = CLUSTER.namespace("nons");
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig());
        for (String command : COMMANDS) {
            List<String> args = new java.util.ArrayList<>(List.of(command.replace("CHART", chart.toString()).split(" ")));
            args.addAll(List.of("-n", ns));
            CliBasicsTest.Result mine = CliBasicsTest.run(env, args.toArray(String[]::new));
            Helm4Cli.Cmd theirs = Helm4Cli.run(dir, env, args);
            assertThat(new Helm4Cli.Cmd(args, mine.code(), mine.out(), mine.err())).as(command)
                    .hasToString(theirs.toString());
        }
        assertThat(ClientSidePatchClusterTest.run(ClusterSetup.KUBECTL, "get", "namespace", ns).code()).isNotZero();
    }
}
