package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lookup} answered from the real cluster on {@code install --dry-run=server} and {@code install}, and an install
 * into a namespace that does not exist, next to the real Helm 4: the same manifests, the same error. Namespaces start
 * with {@code kapply-}.
 */
class LookupAndNamespaceClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.withHelm4("kapply");

    @TempDir
    Path dir;

    private static CliBasicsTest.Result helm4j(String... args) {
        return ConcurrentUpgradeClusterTest.helm4j(args);
    }

    private static CliBasicsTest.Result helm4(String... args) throws Exception {
        return ConcurrentUpgradeClusterTest.helm4(args);
    }

    /** A ConfigMap holding what {@code lookup} finds: the release namespace's {@code name} label, and a missing Secret. */
    private Path chart() throws Exception {
        Path c = dir.resolve("looker");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: looker\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: looked}
                data:
                  label: {{ (lookup "v1" "Namespace" "" .Release.Namespace).metadata.labels.name | quote }}
                  missing: {{ lookup "v1" "Secret" .Release.Namespace "nope" | len | quote }}
                """);
        return c;
    }

    @Test
    void lookupAnswersFromTheClusterOnAServerDryRunAndAnInstallAsInHelm4() throws Exception {
        String chart = chart().toString();
        String mine = CLUSTER.namespace("lookup-j");
        String ref = CLUSTER.namespace("lookup-h");
        for (String ns : new String[] {mine, ref}) {
            ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "create", "namespace", ns);
            ClientSidePatchClusterTest.ok(ClusterSetup.KUBECTL, "label", "namespace", ns, "name=" + ns);
        }
        CliBasicsTest.Result ours = helm4j("install", "web", chart, "-n", mine, "--dry-run=server");
        CliBasicsTest.Result theirs = helm4("install", "web", chart, "-n", ref, "--dry-run=server");
        assertThat(ours.code()).as(ours.err()).isZero().isEqualTo(theirs.code());
        assertThat(ours.out()).contains("label: \"" + mine + "\"").contains("missing: \"0\"");
        assertThat(ours.out().replace(mine, "NS").replaceAll("LAST DEPLOYED: .*", ""))
                .isEqualTo(theirs.out().replace(ref, "NS").replaceAll("LAST DEPLOYED: .*", ""));
        assertThat(helm4j("install", "web", chart, "-n", mine).code()).isZero();
        assertThat(helm4("install", "web", chart, "-n", ref).code()).isZero();
        assertThat(helm4j("get", "manifest", "web", "-n", mine).out().replace(mine, "NS"))
                .isEqualTo(helm4("get", "manifest", "web", "-n", ref).out().replace(ref, "NS"));
    }

    @Test
    void aNamespaceThatDoesNotExistFailsTheInstallWithHelm4sMessage() throws Exception {
        String chart = Path.of("../examples/hello").toAbsolutePath().normalize().toString();
        String missing = "kapply-absent-" + CLUSTER.suffix();
        CliBasicsTest.Result ours = helm4j("install", "web", chart, "-n", missing);
        CliBasicsTest.Result theirs = helm4("install", "web", chart, "-n", missing);
        assertThat(theirs.err()).contains("not found");
        assertThat(ours.err()).isEqualTo(theirs.err());
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(1);
    }
}
