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
 * Beyond Helm, on a real cluster: a custom resource with two entries of one key in a list its definition types
 * {@code map} ({@code x-kubernetes-list-map-keys}) is refused before anything is applied, each duplicate worded as the
 * API server words it when it rejects the same object applied server-side; the definition read from the cluster, or
 * from the chart's {@code crds/}. Namespaces start with {@code kube13-}; the definition
 * {@code gizmos.kube13.helm4j.io} is left in place.
 */
class CustomResourceListKeysClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("kube13");
    private static final Path FIXTURES = Path.of("../core/src/test/resources/io/helm4j/action").toAbsolutePath()
            .normalize();
    /** What helm4j finds in kube13-gizmo-duplicates.yaml, in its order (core's InstallTest has the same words). */
    static final List<String> DUPLICATES = List.of(
            ".spec.ports: duplicate entries for key [port=80,protocol=\"TCP\"]",
            ".spec.members[name=\"a\"].tags: duplicate entries for key [key=\"x\"]",
            ".spec.members: duplicate entries for key [name=\"a\"]",
            ".spec.labels.team: duplicate entries for key [name=\"ops\"]");

    @TempDir
    Path dir;

    private static CliBasicsTest.Result kubectl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(ClusterSetup.KUBECTL));
        cmd.addAll(List.of(args));
        return ClientSidePatchClusterTest.run(cmd.toArray(String[]::new));
    }

    private Path chart(boolean withCrd) throws Exception {
        Path c = dir.resolve("gizmo-" + withCrd);
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: gizmo\nversion: 0.1.0\n");
        Files.copy(FIXTURES.resolve("kube13-gizmo-duplicates.yaml"), c.resolve("templates/gizmo.yaml"));
        if (withCrd) {
            Files.createDirectories(c.resolve("crds"));
            Files.copy(FIXTURES.resolve("kube13-gizmo-crd.yaml"), c.resolve("crds/gizmo.yaml"));
        }
        return c;
    }

    @Test
    void duplicateKeysInACustomResourceAreRefusedInTheApiServersWords() throws Exception {
        String kc = CLUSTER.kubeconfig();
        String fromChart = CLUSTER.namespace("crdkeys-chart");
        CliBasicsTest.Result first = CliBasicsTest.run(Map.of("KUBECONFIG", kc), "install", "web",
                chart(true).toString(), "-n", fromChart, "--create-namespace");
        assertThat(first.code()).isEqualTo(1);
        for (String d : DUPLICATES) {
            assertThat(first.err()).contains("Gizmo \"web-gizmo\": " + d);
        }
        assertThat(kubectl("get", "namespace", fromChart).code()).as("nothing applied").isNotZero();

        assertThat(kubectl("apply", "--server-side", "-f", FIXTURES.resolve("kube13-gizmo-crd.yaml").toString())
                .code()).isZero();
        assertThat(kubectl("wait", "--for", "condition=established", "crd/gizmos.kube13.helm4j.io", "--timeout=60s")
                .code()).isZero();
        String ns = CLUSTER.namespace("crdkeys");
        assertThat(kubectl("create", "namespace", ns).code()).isZero();
        // the API server's own words for the same object
        Path cr = dir.resolve("cr.yaml");
        Files.writeString(cr, Files.readString(FIXTURES.resolve("kube13-gizmo-duplicates.yaml"))
                .replace("{{ .Release.Name }}", "web"));
        CliBasicsTest.Result server = kubectl("apply", "--server-side", "-n", ns, "-f", cr.toString());
        assertThat(server.code()).isNotZero();
        for (String d : DUPLICATES) {
            assertThat(server.err()).contains(d);
        }
        CliBasicsTest.Result fromCluster = CliBasicsTest.run(Map.of("KUBECONFIG", kc), "install", "web",
                chart(false).toString(), "-n", ns);
        assertThat(fromCluster.code()).isEqualTo(1);
        assertThat(fromCluster.err()).startsWith("Error: INSTALLATION FAILED: server-side apply would reject lists "
                + "with two entries of one key, nothing was applied: Gizmo \"web-gizmo\": " + DUPLICATES.getFirst());
        assertThat(kubectl("get", "secrets,gizmos", "-n", ns, "-o", "name").out()).isEmpty();
    }
}
