package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm4j status}'s RESOURCES section beside Helm 4's, on a release with a Deployment (its pods listed
 * as related) and a Service. Helm prints the groups in Go's random map order, so the groups are compared as
 * a set, and the ages (the last column) are masked. Runs only when HELM4J_IT_KUBECONFIG is set and Helm 4 is
 * installed.
 */
class StatusResourcesClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("waits");
    private static final String KUBECONFIG = CLUSTER.kubeconfig();

    @TempDir
    Path dir;

    /** The output with its RESOURCES groups sorted and the ages masked. */
    static String normalized(String status) {
        int start = status.indexOf("RESOURCES:\n");
        if (start < 0) {
            return status;
        }
        int end = status.indexOf("\n\n\n", start);
        String section = status.substring(start + "RESOURCES:\n".length(), end);
        List<String> groups = Arrays.stream(section.split("\n\n")).map(g -> g.replaceAll("(?m) +\\d+[smhd](\\d+[smh])?$", " AGE"))
                .sorted().toList();
        return status.substring(0, start) + "RESOURCES:\n" + String.join("\n\n", groups) + status.substring(end);
    }

    private static String listVersionMasked(String out) {
        return out.replaceAll("\"kind\":\"PodList\",\"metadata\":\\{\"resourceVersion\":\"\\d+\"\\}",
                "\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"RV\"}")
                .replaceAll("kind: PodList\n(\\s+)metadata:\n(\\s+)resourceVersion: \"\\d+\"",
                        "kind: PodList\n$1metadata:\n$2resourceVersion: RV");
    }

    @Test
    void resourcesAreHelm4s() throws Exception {
        String ns = CLUSTER.namespace("status");
        String chart = WaitClusterTest.chart(dir).toString();
        assertThat(InstallClusterTest.helm("install", "web", chart, "-n", ns, "--create-namespace", "--wait",
                "--timeout", "120s").code()).isZero();
        CliBasicsTest.Result ref = InstallClusterTest.helm("status", "web", "-n", ns);
        CliBasicsTest.Result mine = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), "status", "web", "-n", ns);
        assertThat(ref.out()).contains("==> v1/Pod(related)");
        assertThat(normalized(mine.out())).isEqualTo(normalized(ref.out()));
        assertThat(mine.code()).isEqualTo(ref.code());
        // -o json and yaml: the release without its chart, the live objects in info.resources
        for (String format : List.of("json", "yaml")) {
            CliBasicsTest.Result refJson = InstallClusterTest.helm("status", "web", "-n", ns, "-o", format);
            CliBasicsTest.Result myJson = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), "status", "web", "-n", ns,
                    "-o", format);
            assertThat(refJson.out()).contains("v1/Pod(related)");
            // the pod list's resourceVersion is the cluster's latest at each read: masked
            assertThat(listVersionMasked(myJson.out())).as(format).isEqualTo(listVersionMasked(refJson.out()));
        }
        CliBasicsTest.Result un = CliBasicsTest.run(Map.of("KUBECONFIG", KUBECONFIG), "uninstall", "web", "-n", ns,
                "--wait", "--timeout", "60s");
        assertThat(un.out()).isEqualTo("release \"web\" uninstalled\n");
        assertThat(InstallClusterTest.helm("get-json", "deployment", "web-web", "-n", ns).code()).isNotZero();
    }
}
