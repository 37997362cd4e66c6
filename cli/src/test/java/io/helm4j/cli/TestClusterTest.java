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
 * {@code helm4j test} beside the real Helm 4 on the real cluster: each installs the same chart (two test
 * Pods, the second failing when {@code testexit=1}) in a namespace of its own and tests it; the output
 * (times masked), the error and the exit code are Helm's, with {@code --filter} and {@code --logs} (the
 * fake kubelet serves no logs: both report the same error), and Helm 4 reads the test suite helm4j
 * recorded. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4 is installed.
 */
class TestClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("waits");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path c = dir.resolve("tested");
        Files.createDirectories(c.resolve("templates/tests"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: tested\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "testexit: \"0\"\n");
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\n");
        Files.writeString(c.resolve("templates/tests/t.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {{ .Release.Name }}-test-ok
                  annotations: {helm.sh/hook: test}
                spec:
                  restartPolicy: Never
                  containers: [{name: t, image: busybox}]
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {{ .Release.Name }}-test-second
                  annotations:
                    helm.sh/hook: test
                    helm.sh/hook-weight: "1"
                    fake-kubelet/exit-code: {{ .Values.testexit | quote }}
                spec:
                  restartPolicy: Never
                  containers: [{name: t, image: busybox}]
                """);
        return c;
    }

    private record Two(String helmNs, String myNs) {
    }

    /** The chart installed as release "web" by Helm 4 in one namespace and by helm4j in another. */
    private Two installed(String what, String... set) throws Exception {
        String c = chart().toString();
        Two t = new Two(CLUSTER.namespace(what + "-h"), CLUSTER.namespace(what + "-j"));
        List<String> h = new ArrayList<>(List.of("install", "web", c, "-n", t.helmNs(), "--create-namespace"));
        h.addAll(List.of(set));
        assertThat(InstallClusterTest.helm(h.toArray(String[]::new)).code()).isZero();
        List<String> j = new ArrayList<>(List.of("install", "web", c, "-n", t.myNs(), "--create-namespace"));
        j.addAll(List.of(set));
        assertThat(CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), j.toArray(String[]::new)).code()).isZero();
        return t;
    }

    private static String masked(String s, String ns) {
        return s.replace(ns, "NS").replaceAll("(LAST DEPLOYED|Last Started|Last Completed): +.*", "$1: X")
                .replaceAll("waits-[a-z]+-[hj]-" + CLUSTER.suffix(), "NS");
    }

    private void sameAsHelm(Two t, String... args) throws Exception {
        List<String> h = new ArrayList<>(List.of("test", "web", "-n", t.helmNs()));
        h.addAll(List.of(args));
        List<String> j = new ArrayList<>(List.of("test", "web", "-n", t.myNs()));
        j.addAll(List.of(args));
        CliBasicsTest.Result ref = InstallClusterTest.helm(h.toArray(String[]::new));
        CliBasicsTest.Result mine = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), j.toArray(String[]::new));
        String what = String.join(" ", args);
        assertThat(masked(mine.out(), t.myNs())).as(what).isEqualTo(masked(ref.out(), t.helmNs()));
        // helm4j adds its progress lines, and why a failed test pod failed, in parentheses
        String err = mine.err().lines().filter(l -> !l.startsWith("waiting for ") && !l.startsWith("all "))
                .map(l -> l + "\n").reduce("", String::concat);
        assertThat(masked(err, t.myNs()).replaceAll(" \\(pod [^\\n]*\\)", "")).as(what)
                .isEqualTo(masked(ref.err(), t.helmNs()));
        assertThat(mine.code()).as(what).isEqualTo(ref.code());
    }

    @Test
    void passingTestsFiltersAndLogsAreHelms() throws Exception {
        Two t = installed("pass");
        sameAsHelm(t);
        sameAsHelm(t, "--filter", "name=web-test-second");
        sameAsHelm(t, "--filter", "!name=web-test-second");
        sameAsHelm(t, "--logs");
        CliBasicsTest.Result status = InstallClusterTest.helm("status", "web", "-n", t.myNs());
        assertThat(status.out()).contains("TEST SUITE:     web-test-ok").contains("Phase:          Succeeded");
    }

    @Test
    void aFailingTestIsHelms() throws Exception {
        Two t = installed("fail", "--set-string", "testexit=1");
        sameAsHelm(t);
        CliBasicsTest.Result status = InstallClusterTest.helm("status", "web", "-n", t.myNs());
        assertThat(status.out()).contains("TEST SUITE:     web-test-second").contains("Phase:          Failed");
    }

    @Test
    void anUnknownReleaseIsHelms() throws Exception {
        Two t = new Two(CLUSTER.namespace("none-h"), CLUSTER.namespace("none-j"));
        sameAsHelm(t);
    }
}
