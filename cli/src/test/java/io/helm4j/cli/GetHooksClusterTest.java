package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j get hooks} of a release the real Helm 4 installed from a chart of {@code helm create} (which has
 * a test hook): the same bytes as Helm 4's. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4 is installed.
 */
class GetHooksClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("h4j");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    @Test
    void hooksAreHelm4s() throws Exception {
        String ns = CLUSTER.namespace("hooks");
        String chart = dir.resolve("hooked").toString();
        assertThat(new ProcessBuilder(HelpGoldensTest.HELM4.toString(), "create", chart).start().waitFor()).isZero();
        assertThat(InstallClusterTest.helm("install", "web", chart, "-n", ns, "--create-namespace", "--no-hooks")
                .code()).isZero();
        for (List<String> args : List.of(List.of("get", "hooks", "web"), List.of("get", "hooks", "web",
                "--revision", "1"), List.of("get", "hooks", "nope"))) {
            String[] a = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("-n", ns))
                    .toArray(String[]::new);
            CliBasicsTest.Result mine = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), a);
            CliBasicsTest.Result ref = InstallClusterTest.helm(a.clone());
            assertThat(mine.out()).as(String.join(" ", a)).isEqualTo(ref.out());
            assertThat(mine.err()).as(String.join(" ", a)).isEqualTo(ref.err());
            assertThat(mine.code()).as(String.join(" ", a)).isEqualTo(ref.code());
        }
        assertThat(CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), "get", "hooks", "web", "-n", ns).out())
                .contains("# Source: hooked/templates/tests/test-connection.yaml");
    }
}
