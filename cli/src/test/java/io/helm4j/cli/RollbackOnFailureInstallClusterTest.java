package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed install with {@code --rollback-on-failure} (and its deprecated alias {@code --atomic}, with pflag's notice)
 * on the real cluster, next to the real Helm 4: the wait times out, the release is uninstalled and its history purged,
 * and the error says so in Helm's words. helm4j adds, beyond Helm, its wait progress lines on stderr and the pod's
 * reason after the status message ({@code (pod web-web-...: NotReady)}); both are cut before comparing. Namespaces
 * start with {@code kgaps-}.
 */
class RollbackOnFailureInstallClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");

    @TempDir
    Path dir;

    /** helm4j's stderr without what it adds to Helm's: the progress lines and a pod's reason. */
    private static String asHelm(String err) {
        return err.lines().filter(l -> !l.startsWith("waiting for ") && !l.endsWith(" deletion ready")
                && !l.endsWith(" deletions ready")).map(l -> l.replaceAll(" \\(pod [^)]*\\)", "") + "\n")
                .reduce("", String::concat);
    }

    @Test
    void aFailedInstallIsUninstalledAndSaysSoAsHelm4() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        for (String flag : List.of("--rollback-on-failure", "--atomic")) {
            String mine = CLUSTER.namespace("rof-j");
            String ref = CLUSTER.namespace("rof-h");
            List<String> args = List.of("install", "web", chart, "--set", "ready=false", "--wait", "--timeout", "5s",
                    flag, "--create-namespace", "-n");
            List<String> ours = new java.util.ArrayList<>(args);
            ours.add(mine);
            List<String> theirs = new java.util.ArrayList<>(args);
            theirs.add(ref);
            CliBasicsTest.Result j = CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()),
                    ours.toArray(String[]::new));
            Helm4Cli.Cmd h = Helm4Cli.run(dir, Map.of("KUBECONFIG", CLUSTER.kubeconfig()), theirs);
            assertThat(h.err()).contains("Error: INSTALLATION FAILED: release web failed, and has been uninstalled due "
                    + "to rollback-on-failure being set: resource Deployment/" + ref + "/web-web not ready.");
            assertThat(new Helm4Cli.Cmd(theirs, j.code(), j.out(), asHelm(j.err()).replace(mine, ref))).as(flag)
                    .hasToString(h.toString());
            assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref)).isEmpty();
            assertThat(ClientSidePatchClusterTest.run(ClusterSetup.KUBECTL, "get", "deployment", "web-web", "-n", mine)
                    .code()).as("uninstalled").isNotZero();
        }
    }
}
