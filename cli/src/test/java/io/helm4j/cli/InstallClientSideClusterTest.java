package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code install --server-side=false} on a real cluster next to the real Helm 4: objects created client-side
 * (managedFields of the manager {@code helm} by Update, the same fields), the same output and the same record
 * ({@code apply_method: csa}); the next upgrade, without {@code --server-side}, stays client-side in both.
 * Namespaces start with {@code kfault-}.
 */
class InstallClientSideClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kfault");
    private static final Path CHART = Path.of("../examples/hello").toAbsolutePath().normalize();

    private static CliBasicsTest.Result helm4j(String... args) {
        return CliBasicsTest.run(Map.of("KUBECONFIG", CLUSTER.kubeconfig()), args);
    }

    private static String masked(String out, String ns) {
        return out.replace(ns, "NS").replaceAll("LAST DEPLOYED: .*", "LAST DEPLOYED: X");
    }

    private static void same(String mine, String ref, String... args) throws Exception {
        CliBasicsTest.Result ours = helm4j(with(args, mine));
        CliBasicsTest.Result theirs = ClientSidePatchClusterTest.run(with(HelpGoldensTest.HELM4.toString(), args, ref));
        assertThat(ours.err()).as(String.join(" ", args)).isEqualTo(theirs.err().replace(ref, mine));
        assertThat(ours.code()).as(String.join(" ", args)).isZero().isEqualTo(theirs.code());
        assertThat(masked(ours.out(), mine)).isEqualTo(masked(theirs.out(), ref));
    }

    private static String[] with(String[] args, String ns) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("-n", ns))
                .toArray(String[]::new);
    }

    private static String[] with(String first, String[] args, String ns) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.Arrays.stream(with(args, ns)))
                .toArray(String[]::new);
    }

    private static void sameObjectsAndRecords(String mine, String ref, int revision) throws Exception {
        for (String kind : List.of("configmap", "deployment", "service")) {
            String fields = UpgradeClusterTest.helmFields(mine, kind);
            assertThat(fields).as(kind).isEqualTo(UpgradeClusterTest.helmFields(ref, kind)).startsWith("Update ")
                    .doesNotContain("Apply ");
        }
        String record = UpgradeClusterTest.record(mine, "web", revision);
        assertThat(record).contains("\"apply_method\":\"csa\"").isEqualTo(UpgradeClusterTest.record(ref, "web", revision));
    }

    @Test
    void aClientSideInstallAndItsUpgradeWriteWhatHelm4Writes() throws Exception {
        String mine = CLUSTER.namespace("csi-j");
        String ref = CLUSTER.namespace("csi-h");
        same(mine, ref, "install", "web", CHART.toString(), "--create-namespace", "--server-side=false");
        sameObjectsAndRecords(mine, ref, 1);
        same(mine, ref, "upgrade", "web", CHART.toString(), "--set", "greeting=two");
        sameObjectsAndRecords(mine, ref, 2);
    }

    /**
     * A field the Go struct does not have, with a map value that changes between revisions: Helm 4's client-side
     * patch fails naming the struct and the field (apimachinery's lookup), and so does helm4j's, with the same words
     * and the same release left behind.
     */
    @Test
    void anUnknownFieldThatChangesFailsTheClientSideUpgradeAsHelm4Does(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path chart = dir.resolve("unknown");
        java.nio.file.Files.createDirectories(chart.resolve("templates"));
        java.nio.file.Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: unknown\nversion: 0.1.0\n");
        java.nio.file.Files.writeString(chart.resolve("values.yaml"), "n: 1\n");
        java.nio.file.Files.writeString(chart.resolve("templates/svc.yaml"), """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{port: 80}]
                  extras: {n: {{ .Values.n }}}
                """);
        String mine = CLUSTER.namespace("unknown-j");
        String ref = CLUSTER.namespace("unknown-h");
        String[] install = {"install", "web", chart.toString(), "--create-namespace", "--server-side=false"};
        CliBasicsTest.Result ours = helm4j(with(install, mine));
        CliBasicsTest.Result theirs = ClientSidePatchClusterTest.run(with(HelpGoldensTest.HELM4.toString(), install, ref));
        assertThat(ours.code()).as(ours.err()).isZero().isEqualTo(theirs.code());
        String[] upgrade = {"upgrade", "web", chart.toString(), "--set", "n=2"};
        ours = helm4j(with(upgrade, mine));
        theirs = ClientSidePatchClusterTest.run(with(HelpGoldensTest.HELM4.toString(), upgrade, ref));
        assertThat(ours.err()).contains("failed to create patch: unable to find api field in struct ServiceSpec for the "
                + "json field \"extras\"").isEqualTo(theirs.err().replace(ref, mine));
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
        assertThat(ClusterSetup.statuses(mine)).isEqualTo(ClusterSetup.statuses(ref))
                .isEqualTo("1:deployed 2:failed");
    }
}
