package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j get all} and {@code get metadata} (table, JSON, YAML) of releases the real Helm 4 and helm4j
 * installed: the same bytes as Helm 4's. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4 is installed.
 */
class GetAllMetadataClusterTest {
    private static final String KUBECONFIG = System.getenv("HELM4J_IT_KUBECONFIG");

    @TempDir
    Path dir;

    @Test
    void getAllAndMetadataAreHelm4s() throws Exception {
        assumeTrue(KUBECONFIG != null && !KUBECONFIG.isEmpty(),
                "HELM4J_IT_KUBECONFIG is not set: no cluster, integration test skipped");
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed: interop test skipped");
        String ns = "waits-get-" + UUID.randomUUID().toString().substring(0, 8);
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
        try {
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
        } finally {
            InstallClusterTest.helm("delete", "namespace", ns, "--wait=false");
        }
    }
}
