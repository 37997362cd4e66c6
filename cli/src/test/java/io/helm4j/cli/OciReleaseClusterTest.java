package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install} and {@code upgrade} from {@code oci://} references: install by {@code @sha256:} digest, upgrade by
 * tag with {@code --version}, a digest that does not match its tag refused before anything is applied. Needs a
 * cluster (HELM4J_IT_KUBECONFIG) and the plain registry (HELM4J_IT_REGISTRY); skipped, saying so, without either.
 */
class OciReleaseClusterTest {
    @RegisterExtension
    static final ClusterSetup CLUSTER = ClusterSetup.clusterOnly("dist-oci");
    private static final String REGISTRY = System.getenv("HELM4J_IT_REGISTRY");

    @TempDir
    Path tmp;

    private CliBasicsTest.Result helm4j(Map<String, String> env, String... args) {
        return CliBasicsTest.run(env, args);
    }

    private String push(Map<String, String> env, String version, String repo) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + version + "/demo/templates"));
        Files.writeString(dir.resolveSibling("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: " + version + "\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
                + "{{ .Release.Name }}\ndata:\n  version: {{ .Chart.Version | quote }}\n");
        assertThat(helm4j(env, "package", dir.getParent().toString(), "-d", tmp.toString()).code()).isZero();
        CliBasicsTest.Result push = helm4j(env, "push", tmp.resolve("demo-" + version + ".tgz").toString(),
                "oci://" + REGISTRY + "/" + repo, "--plain-http");
        assertThat(push.code()).as(push.err()).isZero();
        return RegistryIntegrationTest.digest(push.out());
    }

    @Test
    void installByDigestThenUpgradeByTag() throws IOException {
        assumeTrue(REGISTRY != null && !REGISTRY.isEmpty(), "HELM4J_IT_REGISTRY is not set: no registry");
        Map<String, String> env = RegistryIntegrationTest.xdgHome(tmp);
        env.put("KUBECONFIG", CLUSTER.kubeconfig());
        env.put("HOME", tmp.resolve("home").toString());
        String repo = "dist-oci-" + CLUSTER.suffix();
        String ns = CLUSTER.namespace("rel");
        String one = push(env, "1.0.0", repo);
        push(env, "2.0.0", repo);
        String chart = "oci://" + REGISTRY + "/" + repo + "/demo";

        CliBasicsTest.Result wrong = helm4j(env, "install", "web", chart + ":2.0.0@" + one, "-n", ns,
                "--create-namespace", "--plain-http");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("chart reference digest mismatch: ").contains(" is not " + one);

        CliBasicsTest.Result install = helm4j(env, "install", "web", chart + "@" + one, "-n", ns,
                "--create-namespace", "--plain-http");
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.err()).contains("Digest: " + one);
        assertThat(helm4j(env, "get", "manifest", "web", "-n", ns).out()).contains("version: \"1.0.0\"");

        CliBasicsTest.Result upgrade = helm4j(env, "upgrade", "web", chart, "--version", "2.0.0", "-n", ns,
                "--plain-http");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        assertThat(helm4j(env, "get", "manifest", "web", "-n", ns).out()).contains("version: \"2.0.0\"");
        assertThat(helm4j(env, "history", "web", "-n", ns).out()).contains("demo-1.0.0", "demo-2.0.0");
        assertThat(helm4j(env, "uninstall", "web", "-n", ns).code()).isZero();
    }
}
