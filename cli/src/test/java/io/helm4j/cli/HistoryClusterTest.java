package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code helm4j history} of a release the real Helm 4 installed, upgraded twice and rolled back: the same
 * table, JSON and YAML as Helm 4's. Runs only when HELM4J_IT_KUBECONFIG names a kubeconfig and Helm 4 is
 * installed; the run uses a namespace of its own and deletes it.
 */
class HistoryClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("h4j");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();
    private static final Path CHART = Path.of("../examples/hello").toAbsolutePath().normalize();

    @Test
    void historyIsHelm4s() throws Exception {
        String ns = CLUSTER.namespace("hist");
        assertThat(InstallClusterTest.helm("install", "web", CHART.toString(), "-n", ns, "--create-namespace")
                .code()).isZero();
        assertThat(InstallClusterTest.helm("upgrade", "web", CHART.toString(), "-n", ns, "--description",
                "a description of more than sixty characters, which the table does not truncate").code()).isZero();
        assertThat(InstallClusterTest.helm("upgrade", "web", CHART.toString(), "-n", ns).code()).isZero();
        assertThat(InstallClusterTest.helm("rollback", "web", "1", "-n", ns).code()).isZero();
        for (List<String> args : List.of(List.of("history", "web"), List.of("history", "web", "-o", "json"),
                List.of("history", "web", "-o", "yaml"), List.of("hist", "web", "--max", "2"),
                List.of("history", "web", "--show-rollback-revision"), List.of("history", "nope"), List.of("history", "Bad_Name"),
                List.of("history", "web", "-o", "yaml", "--max", "0"),
                List.of("history", "web", "-o", "json", "--max", "0"))) {
            List<String> full = new ArrayList<>(args);
            full.addAll(List.of("-n", ns));
            String[] a = full.toArray(String[]::new);
            CliBasicsTest.Result mine = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), a);
            CliBasicsTest.Result ref = InstallClusterTest.helm(a.clone());
            assertThat(mine.err()).as(String.join(" ", full)).isEqualTo(ref.err());
            assertThat(mine.out()).as(String.join(" ", full)).isEqualTo(ref.out());
            assertThat(mine.code()).as(String.join(" ", full)).isEqualTo(ref.code());
        }
    }
}
