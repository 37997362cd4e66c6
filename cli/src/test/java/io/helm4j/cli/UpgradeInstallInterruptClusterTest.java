package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of {@code upgrade --install} of a release that does not exist yet (the install branch), on a
 * real cluster next to the real Helm 4: the first revision is marked failed, not left {@code pending-install}, the CLI
 * says the release was cancelled and fails with {@code context canceled}, in helm4j as in Helm 4. Namespaces start
 * with {@code kube13-}.
 */
class UpgradeInstallInterruptClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kube13");

    @TempDir
    Path dir;

    @Test
    void anUpgradeInstallThatFailsWhileInstallingSaysSoAsHelm4Does() throws Exception {
        Path c = dir.resolve("bad");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: bad\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n");
        String mine = CLUSTER.namespace("upfail-j");
        String ref = CLUSTER.namespace("upfail-h");
        CliBasicsTest.Result ours = CliBasicsTest.run(java.util.Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HOME",
                dir.toString()), "upgrade", "--install", "web", c.toString(), "-n", mine, "--create-namespace");
        List<String> cmd = List.of(HelpGoldensTest.HELM4.toString(), "upgrade", "--install", "web", c.toString(), "-n",
                ref, "--create-namespace");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KUBECONFIG", CLUSTER.kubeconfig());
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(ours.code()).isEqualTo(1);
        assertThat(err).startsWith("Error: server-side apply failed for object ");
        assertThat(ours.out()).isEqualTo(out);
        assertThat(ours.err()).isEqualTo(err.replace(ref, mine));
    }

    @Test
    void anUpgradeInstallInterruptedWhileInstallingMarksTheRevisionFailedAsHelm4Does() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String mine = CLUSTER.namespace("upinst-j");
        String ref = CLUSTER.namespace("upinst-h");
        List<CliBasicsTest.Result> results = new ArrayList<>();
        for (List<String> cli : List.of(ClusterSetup.helm4jCommand(), List.of(HelpGoldensTest.HELM4.toString()))) {
            String ns = cli.size() > 1 ? mine : ref;
            List<String> cmd = new ArrayList<>(cli);
            cmd.addAll(List.of("upgrade", "--install", "web", chart, "--set", "ready=false", "--wait", "--timeout",
                    "120s", "-n", ns, "--create-namespace"));
            results.add(CLUSTER.signalledAt(dir, cmd, java.util.Map.of("HOME", dir.toString()), ns, "1:pending-install",
                    "TERM"));
        }
        CliBasicsTest.Result ours = results.get(0);
        CliBasicsTest.Result theirs = results.get(1);
        assertThat(ours.out()).isEqualTo(theirs.out());
        assertThat(ours.err().lines().toList().getLast()).isEqualTo(theirs.err().lines().toList().getLast());
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref))
                .isEqualTo("1:failed");
        assertThat(UpgradeClusterTest.record(mine, "web", 1)).isEqualTo(UpgradeClusterTest.record(ref, "web", 1));
    }
}
