package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code install} interrupted with SIGINT (Ctrl-C) while it waits, on the real cluster next to the real Helm 4:
 * both cancel, mark the revision failed ({@code context canceled}) rather than leave it {@code pending-install}, print
 * the same and exit 1, and the records are the same. Namespaces start with {@code kgaps-}.
 */
class InstallInterruptClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");

    @TempDir
    Path dir;

    @Test
    void anInstallInterruptedWithSigintMarksTheRevisionFailedAsHelm4Does() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String mine = CLUSTER.namespace("int-j");
        String ref = CLUSTER.namespace("int-h");
        List<CliBasicsTest.Result> results = new ArrayList<>();
        for (List<String> cli : List.of(ClusterSetup.helm4jCommand(), List.of(HelpGoldensTest.HELM4.toString()))) {
            String ns = cli.size() > 1 ? mine : ref;
            List<String> cmd = new ArrayList<>(cli);
            cmd.addAll(List.of("install", "web", chart, "--set", "ready=false", "--wait", "--timeout", "120s", "-n", ns,
                    "--create-namespace"));
            results.add(CLUSTER.signalledAt(dir, cmd, Map.of("HOME", dir.toString()), ns, "1:pending-install", "INT"));
        }
        CliBasicsTest.Result ours = results.get(0);
        CliBasicsTest.Result theirs = results.get(1);
        assertThat(theirs.err()).endsWith("Error: INSTALLATION FAILED: context canceled\n");
        assertThat(ours.out()).isEqualTo(theirs.out());
        assertThat(ours.err().lines().toList().getLast()).isEqualTo(theirs.err().lines().toList().getLast());
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref)).isEqualTo("1:failed");
        assertThat(UpgradeClusterTest.record(mine, "web", 1)).isEqualTo(UpgradeClusterTest.record(ref, "web", 1));
    }
}
