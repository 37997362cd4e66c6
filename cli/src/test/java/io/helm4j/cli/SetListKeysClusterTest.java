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
 * Beyond Helm, on a real cluster: lists of type {@code set} with a value twice (a built-in kind's, a ConfigMap's
 * {@code metadata.finalizers}; a custom resource's, {@code x-kubernetes-list-type: set} in its definition) are refused
 * before anything is applied, each worded as the API server words it when it rejects the same objects applied
 * server-side; {@code lint} warns about them. Namespaces start with {@code kgaps-}; the definition
 * {@code gadgets.kgaps.helm4j.io} is left in place.
 */
class SetListKeysClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("kgaps");
    private static final Path FIXTURES = Path.of("../core/src/test/resources/io/helm4j/action").toAbsolutePath()
            .normalize();
    /** What helm4j finds in kgaps-set-duplicates.yaml, per object. */
    static final List<String> CONFIGMAP = List.of(".metadata.finalizers: duplicate entries for key [=\"example.com/a\"]");
    static final List<String> GADGET = List.of(".spec.zones: duplicate entries for key [=\"a\"]",
            ".spec.sizes: duplicate entries for key [=2]");

    @TempDir
    Path dir;

    private static CliBasicsTest.Result kubectl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(ClusterSetup.KUBECTL));
        cmd.addAll(List.of(args));
        return ClientSidePatchClusterTest.run(cmd.toArray(String[]::new));
    }

    private Path chart() throws Exception {
        Path c = dir.resolve("gadget");
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("crds"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: gadget\nversion: 0.1.0\n");
        Files.copy(FIXTURES.resolve("kgaps-set-duplicates.yaml"), c.resolve("templates/objects.yaml"));
        Files.copy(FIXTURES.resolve("kgaps-gadget-crd.yaml"), c.resolve("crds/gadget.yaml"));
        return c;
    }

    @Test
    void aValueTwiceInASetIsRefusedInTheApiServersWords() throws Exception {
        String kc = CLUSTER.kubeconfig();
        Path chart = chart();
        String ns = CLUSTER.namespace("sets");
        CliBasicsTest.Result install = CliBasicsTest.run(Map.of("KUBECONFIG", kc), "install", "web", chart.toString(),
                "-n", ns, "--create-namespace");
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.err()).startsWith("Error: INSTALLATION FAILED: server-side apply would reject lists with "
                + "two entries of one key, nothing was applied: ConfigMap \"web-cm\": " + CONFIGMAP.getFirst()
                + "; Gadget \"web-gadget\": " + String.join("; Gadget \"web-gadget\": ", GADGET) + ". ");
        assertThat(kubectl("get", "namespace", ns).code()).as("nothing applied").isNotZero();

        // the API server's own words for the same objects
        assertThat(kubectl("apply", "--server-side", "-f", FIXTURES.resolve("kgaps-gadget-crd.yaml").toString())
                .code()).isZero();
        assertThat(kubectl("wait", "--for", "condition=established", "crd/gadgets.kgaps.helm4j.io", "--timeout=60s")
                .code()).isZero();
        assertThat(kubectl("create", "namespace", ns).code()).isZero();
        Path objects = dir.resolve("objects.yaml");
        Files.writeString(objects, Files.readString(FIXTURES.resolve("kgaps-set-duplicates.yaml"))
                .replace("{{ .Release.Name }}", "web"));
        CliBasicsTest.Result server = kubectl("apply", "--server-side", "--dry-run=server", "-n", ns, "-f",
                objects.toString());
        assertThat(server.code()).isNotZero();
        assertThat(server.err()).contains("(" + ns + "/web-cm; /v1, Kind=ConfigMap): " + CONFIGMAP.getFirst() + "\n");
        for (String d : GADGET) {
            assertThat(server.err()).contains("\n  " + d + "\n");
        }
        CliBasicsTest.Result lint = CliBasicsTest.run(Map.of(), "lint", chart.toString());
        assertThat(lint.code()).isZero();
        assertThat(lint.out()).contains("[WARNING] templates/objects.yaml: ConfigMap \"test-release-cm\": "
                + CONFIGMAP.getFirst() + ": server-side apply (Helm 4's default) rejects a list with two entries of one "
                + "key; keep one entry per key\n");
        assertThat(lint.out()).contains("[WARNING] templates/objects.yaml: Gadget \"test-release-gadget\": "
                + String.join("; ", GADGET) + ": server-side apply");
    }
}
