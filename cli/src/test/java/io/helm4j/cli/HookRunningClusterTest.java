package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook that takes a while (a Job of four pods one after another, each about 2 s on the cluster's fake kubelet), on
 * a real cluster next to the real Helm 4: while it runs, the release's record shows its last run {@code Running}, the
 * same record Helm 4 writes; at the end, {@code Succeeded}. Namespaces start with {@code kube13-}.
 */
class HookRunningClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kube13");

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path c = dir.resolve("slowhook");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: slowhook\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-cm}
                data: {a: "1"}
                """);
        Files.writeString(c.resolve("templates/job.yaml"), """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: {{ .Release.Name }}-slow
                  annotations:
                    helm.sh/hook: post-install
                    helm.sh/hook-weight: "1"
                spec:
                  completions: 4
                  parallelism: 1
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: c, image: busybox}]
                """);
        return c;
    }

    private static String recordOrEmpty(String ns) {
        try {
            return UpgradeClusterTest.record(ns, "web", 1);
        } catch (Exception | AssertionError notYet) {
            return "";
        }
    }

    /** The record of revision 1 in {@code ns} once it shows a hook Running (within a minute). */
    private static String runningRecord(String ns) throws Exception {
        for (int i = 0; i < 600; i++) {
            String r = recordOrEmpty(ns);
            if (r.contains("\"phase\":\"Running\"")) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no record with a hook Running in " + ns + ": " + recordOrEmpty(ns));
    }

    @Test
    void aRunningHookIsRecordedRunningAsHelm4RecordsIt() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("hook-j");
        String ref = CLUSTER.namespace("hook-h");
        String kc = CLUSTER.kubeconfig();
        List<String> cmd = new ArrayList<>(List.of(HelpGoldensTest.HELM4.toString(), "install", "web", chart, "-n",
                ref, "--create-namespace"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("KUBECONFIG", kc);
        Process helm = pb.start();
        CompletableFuture<CliBasicsTest.Result> ours = CompletableFuture.supplyAsync(() -> CliBasicsTest.run(
                Map.of("KUBECONFIG", kc, "HOME", dir.toString()), "install", "web", chart, "-n", mine,
                "--create-namespace"));
        String theirs = runningRecord(ref);
        String running = runningRecord(mine);
        assertThat(running).isEqualTo(theirs.replace(ref, mine)).contains("\"status\":\"pending-install\"");
        assertThat(ours.get(2, TimeUnit.MINUTES).code()).isZero();
        assertThat(helm.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(helm.exitValue()).isZero();
        assertThat(UpgradeClusterTest.record(mine, "web", 1)).isEqualTo(UpgradeClusterTest.record(ref, "web", 1))
                .contains("\"phase\":\"Succeeded\"");
    }
}
