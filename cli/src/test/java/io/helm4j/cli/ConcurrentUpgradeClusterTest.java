package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two upgrades of one release at once, on a real cluster next to the real Helm 4: an upgrade started while another
 * is still running (waiting for a Deployment that never gets ready) is refused with Helm's "another operation
 * (install/upgrade/rollback) is in progress", writes nothing, and the history ends as Helm 4's; two upgrades
 * started at the same instant leave one revision and one error, never two deployed revisions. Namespaces start
 * with {@code kfault-}.
 */
class ConcurrentUpgradeClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kfault");
    private static final String HELMS = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";

    @TempDir
    Path dir;

    /**
     * Each concurrent command on a thread of its own: on the common pool (one worker on a 2-core machine) the second
     * waited for the first unless the first happened to block in a way the pool compensates for.
     */
    private static final java.util.concurrent.Executor OWN_THREAD = r -> Thread.ofPlatform().daemon().start(r);

    /** helm4j with the cluster's kubeconfig. */
    static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()), args);
    }

    /** The real Helm 4 with the cluster's kubeconfig. */
    static CliBasicsTest.Result helm4(String... args) throws Exception {
        return CLUSTER.helm4(Map.of(), args);
    }

    @Test
    void anUpgradeWhileAnotherRunsIsRefusedAsHelm4RefusesIt() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String mine = CLUSTER.namespace("conc-j");
        String ref = CLUSTER.namespace("conc-h");
        for (String ns : List.of(mine, ref)) {
            assertThat(helm4("install", "web", chart, "-n", ns, "--create-namespace").code()).isZero();
        }
        String[] slow = {"upgrade", "web", chart, "--set", "ready=false", "--wait", "--timeout", "15s"};
        CompletableFuture<CliBasicsTest.Result> ours = CompletableFuture.supplyAsync(() -> helm4j(with(slow, mine)),
                OWN_THREAD);
        CompletableFuture<CliBasicsTest.Result> theirs = CompletableFuture.supplyAsync(() -> {
            try {
                return helm4(with(slow, ref));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, OWN_THREAD);
        ClusterSetup.awaitStatus(mine, "2:pending-upgrade");
        ClusterSetup.awaitStatus(ref, "2:pending-upgrade");
        CliBasicsTest.Result second = helm4j("upgrade", "web", chart, "-n", mine);
        CliBasicsTest.Result helmsSecond = helm4("upgrade", "web", chart, "-n", ref);
        assertThat(helmsSecond.err()).isEqualTo(HELMS + "\n");
        assertThat(second.err()).startsWith(HELMS + "; revision 2 of \"web\" is pending-upgrade");
        assertThat(second.code()).isEqualTo(helmsSecond.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo("1:deployed 2:pending-upgrade");
        assertThat(ours.join().code()).isEqualTo(theirs.join().code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref)).isEqualTo("1:deployed 2:failed");
        assertThat(helm4j("upgrade", "web", chart, "-n", mine).code()).isZero();
        assertThat(ClusterSetup.statuses(mine)).isEqualTo("1:superseded 2:failed 3:deployed");
    }

    @Test
    void twoUpgradesAtTheSameInstantLeaveOneRevisionAndOneError() throws Exception {
        String chart = WaitClusterTest.chart(dir).toString();
        String ns = CLUSTER.namespace("race");
        assertThat(helm4j("install", "web", chart, "-n", ns, "--create-namespace").code()).isZero();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CliBasicsTest.Result>> runs = List.of("a", "b").stream()
                .map(v -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return helm4j("upgrade", "web", chart, "-n", ns, "--set", "exit=" + v);
                }, OWN_THREAD)).toList();
        start.countDown();
        List<CliBasicsTest.Result> results = runs.stream().map(CompletableFuture::join).toList();
        List<CliBasicsTest.Result> failed = results.stream().filter(r -> r.code() != 0).toList();
        assertThat(results.stream().filter(r -> r.code() == 0)).as("%s", results).hasSize(1);
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().err()).satisfiesAnyOf(
                e -> assertThat(e).startsWith(HELMS),
                e -> assertThat(e).isEqualTo("Error: UPGRADE FAILED: release: already exists\n"));
        assertThat(ClusterSetup.statuses(ns)).isEqualTo("1:superseded 2:deployed");
    }

    private static String[] with(String[] args, String ns) {
        String[] out = java.util.Arrays.copyOf(args, args.length + 2);
        out[args.length] = "-n";
        out[args.length + 1] = ns;
        return out;
    }
}
