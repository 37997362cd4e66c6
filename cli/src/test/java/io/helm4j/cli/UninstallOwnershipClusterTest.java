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
 * Helm 4.3.2 verifies ownership before it uninstalls: an object another release took over is left (and said so), on a
 * real cluster, helm4j next to the real Helm 4 with the same output. Namespaces start with {@code kube13-}.
 */
class UninstallOwnershipClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kube13");

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path c = dir.resolve("owned");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: owned\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-mine}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: {{ .Release.Name }}-taken}
                """);
        return c;
    }

    private CliBasicsTest.Result helm4(String... args) throws Exception {
        return CLUSTER.helm4(java.util.Map.of("HOME", dir.toString()), args);
    }

    @Test
    void anObjectAnotherReleaseTookIsLeftAsHelm4Leaves() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("own-j");
        String ref = CLUSTER.namespace("own-h");
        Map<String, String> env = Map.of("KUBECONFIG", CLUSTER.kubeconfig(), "HOME", dir.toString());
        assertThat(CliBasicsTest.run(env, "install", "web", chart, "-n", mine, "--create-namespace").code()).isZero();
        assertThat(helm4("install", "web", chart, "-n", ref, "--create-namespace").code()).isZero();
        for (String ns : List.of(mine, ref)) {
            ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "annotate", "configmap", "web-taken", "-n", ns,
                    "meta.helm.sh/release-name=other", "--overwrite");
        }
        CliBasicsTest.Result ours = CliBasicsTest.run(env, "uninstall", "web", "-n", mine);
        CliBasicsTest.Result theirs = helm4("uninstall", "web", "-n", ref);
        assertThat(theirs.out()).contains("1 resource(s) were not deleted because they are not owned by this release");
        assertThat(ours.out()).isEqualTo(theirs.out());
        assertThat(ours.err()).isEqualTo(theirs.err().replace(ref, mine));
        assertThat(ours.code()).isEqualTo(theirs.code()).isZero();
        for (String ns : List.of(mine, ref)) {
            assertThat(ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "get", "configmaps", "-n", ns, "-o",
                    "jsonpath={range .items[*]}{.metadata.name} {end}").out()).isEqualTo("kube-root-ca.crt web-taken ");
        }
    }
}
