package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release whose record is over the 1 MiB a Secret may hold, on the real cluster next to the real Helm 4: Helm writes
 * the pending record before it applies anything and the API server refuses it ({@code data: Too long}); helm4j
 * refuses before it sends anything, naming the size and what to do. Either way no object of the chart is applied, and
 * an upgrade leaves the release at its deployed revision. Namespaces start with {@code kgaps-}.
 */
class RecordSizeClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kgaps");

    @TempDir
    Path dir;

    /** Three ConfigMaps of incompressible text, together far over 1 MiB once gzipped and base64-encoded; or small. */
    private Path chart(boolean big) throws Exception {
        Path c = dir.resolve(big ? "big" : "small");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: big\nversion: 0.1.0\n");
        Random random = new Random(13);
        for (int i = 1; i <= 3; i++) {
            byte[] bytes = new byte[big ? 300_000 : 10];
            random.nextBytes(bytes);
            Files.writeString(c.resolve("templates/cm" + i + ".yaml"), "apiVersion: v1\nkind: ConfigMap\n"
                    + "metadata: {name: {{ .Release.Name }}-" + i + "}\ndata:\n  blob: "
                    + Base64.getEncoder().encodeToString(bytes) + "\n");
        }
        return c;
    }

    private static String kubectl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(ClusterSetup.KUBECTL));
        cmd.addAll(List.of(args));
        return ClientSidePatchClusterTest.run(cmd.toArray(String[]::new)).out();
    }

    private CliBasicsTest.Result both(String mine, String ref, String... args) throws Exception {
        List<String> ours = List.of(args).stream().map(a -> a.equals("NS") ? mine : a).toList();
        List<String> theirs = List.of(args).stream().map(a -> a.equals("NS") ? ref : a).toList();
        CliBasicsTest.Result j = CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()),
                ours.toArray(String[]::new));
        Helm4Cli.Cmd h = Helm4Cli.run(dir, Map.of("KUBECONFIG", CLUSTER.kubeconfig()), theirs);
        assertThat(j.code()).as("helm4j %s: %s", ours, j.err()).isEqualTo(h.code());
        return new CliBasicsTest.Result(h.code(), h.out(), h.err() + "\n---\n" + j.err());
    }

    @Test
    void aRecordOverOneMebibyteIsRefusedBeforeAnythingIsApplied() throws Exception {
        String big = chart(true).toString();
        String mine = CLUSTER.namespace("big-j");
        String ref = CLUSTER.namespace("big-h");
        CliBasicsTest.Result install = both(mine, ref, "install", "web", big, "-n", "NS", "--create-namespace");
        assertThat(install.code()).isEqualTo(1);
        String[] errs = install.err().split("\n---\n");
        assertThat(errs[0]).contains("Error: INSTALLATION FAILED: create: failed to create: Secret "
                + "\"sh.helm.release.v1.web.v1\" is invalid: data: Too long");
        assertThat(errs[1]).startsWith("Error: INSTALLATION FAILED: release \"web\" revision 1 is too large to store: "
                + "its record is ").contains("over the 1048576-byte limit of a Kubernetes Secret; nothing was applied");
        for (String ns : List.of(mine, ref)) {
            assertThat(kubectl("get", "configmaps,secrets", "-n", ns, "-o", "name")).as(ns)
                    .isEqualTo("configmap/kube-root-ca.crt\n");
        }

        String small = chart(false).toString();
        assertThat(both(mine, ref, "install", "web", small, "-n", "NS").code()).isZero();
        CliBasicsTest.Result upgrade = both(mine, ref, "upgrade", "web", big, "-n", "NS");
        assertThat(upgrade.code()).isEqualTo(1);
        errs = upgrade.err().split("\n---\n");
        assertThat(errs[0]).contains("Secret \"sh.helm.release.v1.web.v2\" is invalid: data: Too long");
        assertThat(errs[1]).startsWith("Error: UPGRADE FAILED: release \"web\" revision 2 is too large to store");
        for (String ns : List.of(mine, ref)) {
            assertThat(kubectl("get", "secrets", "-n", ns, "-l", "owner=helm", "-o",
                    "jsonpath={range .items[*]}{.metadata.labels.version}:{.metadata.labels.status} {end}")).as(ns)
                    .isEqualTo("1:deployed ");
            assertThat(kubectl("get", "configmap", "web-1", "-n", ns, "-o", "jsonpath={.data.blob}")).hasSize(16);
        }
    }
}
