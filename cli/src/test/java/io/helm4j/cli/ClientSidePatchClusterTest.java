package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.kube.KubeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client-side path on a real cluster: a release Helm 3 (helm-oracle) installed, whose Deployment kubectl then
 * changed (an env entry and a sidecar container added to its container list, an annotation), is upgraded with a
 * chart whose container list changes (one container changed, one dropped, one added): helm4j's three-way strategic
 * merge patch leaves the Deployment as the real Helm 4's upgrade of the same release in another namespace does,
 * with what kubectl added still there. Namespaces start with {@code kfault-}.
 */
class ClientSidePatchClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kfault");
    private static final Path HELM3 = Path.of("../../shared/oracle/helm-oracle").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    static CliBasicsTest.Result run(String... cmd) throws Exception {
        return ClusterSetup.process(java.util.Map.of("KUBECONFIG", CLUSTER.kubeconfig()), cmd);
    }

    static CliBasicsTest.Result ok(String... cmd) throws Exception {
        CliBasicsTest.Result r = run(cmd);
        assertThat(r.code()).as("%s: %s", String.join(" ", cmd), r.err()).isZero();
        return r;
    }

    /** A Deployment whose containers come from the values, each with an env entry {@code A}. */
    static Path chart(Path dir) throws Exception {
        Path c = dir.resolve("csa");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: csa\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), """
                containers:
                - {name: app, image: "app:1", a: "1"}
                - {name: old, image: "old:1", a: "1"}
                """);
        Files.writeString(c.resolve("templates/deploy.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-web
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                {{- range .Values.containers }}
                      - name: {{ .name }}
                        image: {{ .image }}
                        env:
                        - {name: A, value: {{ .a | quote }}}
                {{- end }}
                """);
        Files.writeString(c.resolve("v2.yaml"), """
                containers:
                - {name: app, image: "app:2", a: "2"}
                - {name: new, image: "new:1", a: "1"}
                """);
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deployment(String ns) throws Exception {
        String json = ok(ClusterSetup.KUBECTL, "get", "deployment", "web-web", "-n", ns, "-o", "json").out();
        return KubeJson.parseObject(json);
    }

    @SuppressWarnings("unchecked")
    private static String containers(Map<String, Object> d) {
        Map<String, Object> spec = (Map<String, Object>) d.get("spec");
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
        return KubeJson.write(pod.get("containers"));
    }

    @SuppressWarnings("unchecked")
    private static Object annotation(Map<String, Object> d, String key) {
        return ((Map<String, Object>) ((Map<String, Object>) d.get("metadata")).get("annotations")).get(key);
    }

    @Test
    void whatKubectlAddedToAContainerListSurvivesHelm4jsUpgradeAsItSurvivesHelm4s() throws Exception {
        assumeTrue(Files.isExecutable(HELM3), "helm-oracle (Helm 3) is not at " + HELM3 + ": Helm 3 interop skipped");
        Path chart = chart(dir);
        String mine = CLUSTER.namespace("csa-j");
        String ref = CLUSTER.namespace("csa-h");
        for (String ns : List.of(mine, ref)) {
            ok(HELM3.toString(), "install", "web", chart.toString(), "-n", ns, "--create-namespace");
            ok(ClusterSetup.KUBECTL, "set", "env", "deployment/web-web", "-n", ns, "-c", "app", "DEBUG=true");
            ok(ClusterSetup.KUBECTL, "patch", "deployment/web-web", "-n", ns, "--type", "strategic", "-p",
                    "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"image\":\"proxy:1\"}]}}}}");
            ok(ClusterSetup.KUBECTL, "annotate", "deployment/web-web", "-n", ns, "team=ops");
        }
        String values = chart.resolve("v2.yaml").toString();
        CliBasicsTest.Result up = CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()), "upgrade", "web",
                chart.toString(), "-n", mine, "-f", values);
        assertThat(up.code()).as(up.err()).isZero();
        ok(HelpGoldensTest.HELM4.toString(), "upgrade", "web", chart.toString(), "-n", ref, "-f", values);

        Map<String, Object> ours = deployment(mine);
        Map<String, Object> theirs = deployment(ref);
        assertThat(containers(ours)).isEqualTo(containers(theirs));
        assertThat(containers(ours)).contains("\"name\":\"sidecar\"").contains("{\"name\":\"DEBUG\",\"value\":\"true\"}")
                .contains("\"image\":\"app:2\"").contains("\"name\":\"new\"").doesNotContain("\"name\":\"old\"");
        assertThat(annotation(ours, "team")).isEqualTo("ops").isEqualTo(annotation(theirs, "team"));
        List<String> records = new ArrayList<>();
        for (String ns : List.of(mine, ref)) {
            records.add(UpgradeClusterTest.record(ns, "web", 2).replace(ns, "NS"));
        }
        assertThat(records.get(0)).contains("\"apply_method\":\"csa\"").isEqualTo(records.get(1));
    }
}
