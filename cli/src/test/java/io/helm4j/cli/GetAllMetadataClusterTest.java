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
 * {@code helm4j get all} and {@code get metadata} (table, JSON, YAML) of releases the real Helm 4 and helm4j
 * installed: the same bytes as Helm 4's. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4 is installed.
 */
class GetAllMetadataClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("waits");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    @Test
    void getAllAndMetadataAreHelm4s() throws Exception {
        String ns = CLUSTER.namespace("get");
        Path chart = dir.resolve("meta");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: meta\nversion: 1.2.3\nappVersion: \"4.5\"\n"
                + "annotations:\n  team: blue\n  a.b/c: d\n");
        Files.writeString(chart.resolve("values.yaml"), "replicas: 2\nnested:\n  keep: yes\n  drop: 1\nlist: [a, b]\n");
        Files.writeString(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-cm\ndata:\n  r: {{ .Values.replicas | quote }}\n");
        Files.writeString(chart.resolve("templates/NOTES.txt"), "Thanks for installing {{ .Release.Name }}.\n");
        Files.writeString(chart.resolve("templates/hook.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}-hook\n  annotations:\n    helm.sh/hook: post-install\n");
        Map<String, String> env = Map.of("KUBECONFIG", KUBECONFIG);
        assertThat(InstallClusterTest.helm("install", "byhelm", chart.toString(), "-n", ns, "--create-namespace",
                "--set", "replicas=3,nested.drop=null", "-l", "team=x").code()).isZero();
        assertThat(CliBasicsTest.run(env, "install", "byme", chart.toString(), "-n", ns, "--set", "replicas=3")
                .code()).isZero();
        for (String rel : List.of("byhelm", "byme", "nope")) {
            for (List<String> args : List.of(List.of("get", "all", rel), List.of("get", "metadata", rel),
                    List.of("get", "metadata", rel, "-o", "json"), List.of("get", "metadata", rel, "-o", "yaml"),
                    List.of("get", "all", rel, "--revision", "1"))) {
                String[] a = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("-n", ns))
                        .toArray(String[]::new);
                CliBasicsTest.Result mine = CliBasicsTest.run(env, a);
                CliBasicsTest.Result ref = InstallClusterTest.helm(a.clone());
                assertThat(mine.out()).as(String.join(" ", a)).isEqualTo(ref.out());
                assertThat(mine.err()).as(String.join(" ", a)).isEqualTo(ref.err());
                assertThat(mine.code()).as(String.join(" ", a)).isEqualTo(ref.code());
            }
        }
    }
}
