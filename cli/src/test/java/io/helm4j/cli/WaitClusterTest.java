package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --wait} on the real cluster, helm4j beside the real Helm 4 on the same chart: a wait that
 * succeeds, one that times out (the fake kubelet keeps the pod NotReady) and a failing pre-install hook
 * Job (its pod exits 1): the same exit code, the same error (helm4j adds why the pods are not ready, in
 * parentheses), and the same stored description. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4
 * is installed.
 */
class WaitClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("waits");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    /** A Deployment (its pod NotReady when {@code ready=false}), a Service, and optionally a hook Job. */
    static Path chart(Path dir) throws Exception {
        Path c = dir.resolve("waited");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: waited\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "ready: \"true\"\nexit: \"0\"\nhook: \"\"\njob: false\n");
        Files.writeString(c.resolve("templates/deploy.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-web
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: {{ .Release.Name }}}}
                  template:
                    metadata:
                      labels: {app: {{ .Release.Name }}}
                      annotations: {fake-kubelet/ready: {{ .Values.ready | quote }}}
                    spec:
                      containers: [{name: app, image: nginx}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: {{ .Release.Name }}-svc}
                spec:
                  selector: {app: {{ .Release.Name }}}
                  ports: [{port: 80}]
                """);
        Files.writeString(c.resolve("templates/hook.yaml"), """
                {{- if or .Values.hook .Values.job }}
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: {{ .Release.Name }}-{{ if .Values.hook }}hook{{ else }}job{{ end }}
                  {{- if .Values.hook }}
                  annotations: {helm.sh/hook: {{ .Values.hook }}}
                  {{- end }}
                spec:
                  backoffLimit: 0
                  template:
                    metadata:
                      annotations: {fake-kubelet/exit-code: {{ .Values.exit | quote }}}
                    spec:
                      restartPolicy: Never
                      containers: [{name: main, image: busybox}]
                {{- end }}
                """);
        return c;
    }

    private record Pair(CliBasicsTest.Result helm, CliBasicsTest.Result mine, String helmNs, String myNs) {
    }

    /** The same install by Helm 4 and by helm4j, each in a namespace of its own, release "web". */
    private Pair install(String what, String... flags) throws Exception {
        String chart = chart(dir).toString();
        String helmNs = CLUSTER.namespace(what + "-h");
        String myNs = CLUSTER.namespace(what + "-j");
        List<String> h = new ArrayList<>(List.of("install", "web", chart, "-n", helmNs, "--create-namespace"));
        h.addAll(List.of(flags));
        List<String> j = new ArrayList<>(List.of("install", "web", chart, "-n", myNs, "--create-namespace"));
        j.addAll(List.of(flags));
        CliBasicsTest.Result helm = InstallClusterTest.helm(h.toArray(String[]::new));
        CliBasicsTest.Result mine = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), j.toArray(String[]::new));
        return new Pair(helm, mine, helmNs, myNs);
    }

    /** helm4j's error without its progress lines and its pods' reasons, the namespace replaced by Helm's. */
    private static String asHelms(Pair p) {
        String err = p.mine().err().lines().filter(l -> !l.startsWith("waiting for ") && !l.startsWith("all "))
                .reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
        return err.replaceAll(" \\(pod [^\\n]*\\)", "").replace(p.myNs(), p.helmNs());
    }

    private String description(String ns) throws Exception {
        CliBasicsTest.Result s = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), "status", "web", "-n", ns, "-o", "json");
        // helm4j's record adds why the pods are not ready, as its error does
        return s.out().replaceAll("(?s).*\"description\":\"((?:[^\"\\\\]|\\\\.)*)\".*", "$1")
                .replaceAll(" \\(pod [^\\\\]*\\)", "");
    }

    @Test
    void aWaitThatSucceeds() throws Exception {
        Pair p = install("ok", "--wait", "--timeout", "120s");
        assertThat(p.helm().code()).as(p.helm().err()).isZero();
        assertThat(p.mine().code()).as(p.mine().err()).isZero();
        assertThat(p.mine().out().replaceAll("LAST DEPLOYED: .*", "").replace(p.myNs(), p.helmNs()))
                .isEqualTo(p.helm().out().replaceAll("LAST DEPLOYED: .*", ""));
        assertThat(p.mine().err()).endsWith("all 2 resources ready\n");
    }

    @Test
    void aWaitThatTimesOutNamesTheResourceAndWhy() throws Exception {
        Pair p = install("slow", "--wait", "--timeout", "8s", "--set-string", "ready=false");
        assertThat(p.helm().err()).contains("context deadline exceeded");
        assertThat(p.mine().code()).isEqualTo(p.helm().code()).isEqualTo(1);
        assertThat(asHelms(p)).isEqualTo(p.helm().err());
        assertThat(p.mine().err()).containsPattern("message: Available: 0/1 \\(pod web-web-[a-z0-9-]+: NotReady\\)");
        assertThat(description(p.myNs())).isEqualTo(description(p.helmNs()).replace(p.helmNs(), p.myNs()));
    }

    @Test
    void aFailingHookJobFailsTheInstallAsHelmDoes() throws Exception {
        Pair p = install("hook", "--set", "hook=pre-install", "--set-string", "exit=1", "--timeout", "60s");
        assertThat(p.helm().err()).contains("failed pre-install");
        assertThat(p.mine().code()).isEqualTo(p.helm().code()).isEqualTo(1);
        assertThat(asHelms(p)).isEqualTo(p.helm().err());
        assertThat(p.mine().err()).contains("(pod web-hook-").contains("container main Error (exit code 1))");
        assertThat(description(p.myNs())).isEqualTo(description(p.helmNs()).replace(p.helmNs(), p.myNs()));
    }

    @Test
    void waitForJobsFailsOnAFailingJob() throws Exception {
        Pair p = install("jobs", "--wait", "--wait-for-jobs", "--set", "job=true", "--set-string", "exit=1",
                "--timeout", "60s");
        assertThat(p.helm().err()).contains("resource Job/");
        assertThat(p.mine().code()).isEqualTo(p.helm().code()).isEqualTo(1);
        assertThat(asHelms(p)).isEqualTo(p.helm().err());
    }

    /** A failing post-upgrade hook with {@code --rollback-on-failure}: the upgrade fails and is rolled back as Helm 4's. */
    @Test
    void aFailingHookWithRollbackOnFailureRollsTheUpgradeBackAsHelmDoes() throws Exception {
        Pair installed = install("rollback");
        assertThat(installed.mine().code()).as(installed.mine().err()).isZero();
        assertThat(installed.helm().code()).as(installed.helm().err()).isZero();
        String chart = chart(dir).toString();
        List<String> upgrade = List.of("upgrade", "web", chart, "--set", "hook=post-upgrade", "--set-string", "exit=1",
                "--rollback-on-failure", "--timeout", "60s");
        List<String> h = new ArrayList<>(upgrade);
        h.addAll(List.of("-n", installed.helmNs()));
        List<String> j = new ArrayList<>(upgrade);
        j.addAll(List.of("-n", installed.myNs()));
        Pair p = new Pair(InstallClusterTest.helm(h.toArray(String[]::new)),
                CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), j.toArray(String[]::new)), installed.helmNs(),
                installed.myNs());
        assertThat(p.helm().err()).contains("post-upgrade hooks failed").contains("has been rolled back");
        assertThat(p.mine().code()).isEqualTo(p.helm().code()).isEqualTo(1);
        assertThat(asHelms(p)).isEqualTo(p.helm().err());
        assertThat(ClusterSetup.statuses(p.myNs()))
                .isEqualTo(ClusterSetup.statuses(p.helmNs())).isEqualTo("1:superseded 2:failed 3:deployed");
    }
}
