package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.KubeConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String FIRST = """
            apiVersion: v1
            kind: Config
            current-context: one
            clusters:
            - name: shared
              cluster: {server: https://first.example:6443, certificate-authority: ca.crt}
            users:
            - name: admin
              user: {token: first-token}
            contexts:
            - name: one
              context: {cluster: shared, user: admin, namespace: team-a}
            """;

    private static final String SECOND = """
            current-context: two
            clusters:
            - name: shared
              cluster: {server: https://second.example:6443}
            - name: other
              cluster: {server: https://other.example, insecure-skip-tls-verify: true}
            users:
            - name: admin
              user: {token: second-token}
            - name: bob
              user: {tokenFile: secrets/bob-token}
            contexts:
            - name: two
              context: {cluster: other, user: bob}
            """;

    @Test
    void theFirstFileToNameAnEntryOrSetTheCurrentContextWins() throws Exception {
        Path a = write("a/config", FIRST);
        Path b = write("b/config", SECOND);
        KubeConfig c = KubeConfigLoader.load(a + ":" + b, Map.of());
        assertThat(c.currentContext()).isEqualTo("one");
        assertThat(c.clusters().get("shared").server()).isEqualTo("https://first.example:6443");
        assertThat(c.users().get("admin").token()).isEqualTo("first-token");
        assertThat(c.contexts()).containsKeys("one", "two");
        assertThat(c.clusters().get("other").insecureSkipTlsVerify()).isTrue();
        KubeConfig reversed = KubeConfigLoader.load(b + ":" + a, Map.of());
        assertThat(reversed.currentContext()).isEqualTo("two");
        assertThat(reversed.clusters().get("shared").server()).isEqualTo("https://second.example:6443");
    }

    @Test
    void relativePathsAreResolvedAgainstTheFileThatHoldsThem() throws Exception {
        Path a = write("a/config", FIRST);
        Path b = write("b/config", SECOND);
        KubeConfig c = KubeConfigLoader.load(a + ":" + b, Map.of());
        assertThat(c.clusters().get("shared").caFile()).isEqualTo(dir.resolve("a/ca.crt").toString());
        assertThat(c.users().get("bob").tokenFile()).isEqualTo(dir.resolve("b/secrets/bob-token").toString());
    }

    @Test
    void missingFilesOfAListAreSkippedButASingleNamedFileMustExist() throws Exception {
        Path a = write("a/config", FIRST);
        KubeConfig c = KubeConfigLoader.load(dir.resolve("nope") + ":" + a, Map.of());
        assertThat(c.currentContext()).isEqualTo("one");
        assertThatThrownBy(() -> KubeConfigLoader.load(dir.resolve("nope").toString(), Map.of()))
                .isInstanceOf(KubeConfigException.class)
                .hasMessage("stat " + dir.resolve("nope") + ": no such file or directory");
    }

    @Test
    void withoutANamedFileTheHomeConfigIsRead() throws Exception {
        write("home/.kube/config", FIRST);
        KubeConfig c = KubeConfigLoader.load("", Map.of("HOME", dir.resolve("home").toString()));
        assertThat(c.currentContext()).isEqualTo("one");
        KubeConfig none = KubeConfigLoader.load("", Map.of("HOME", dir.resolve("nobody").toString()));
        assertThat(none.contexts()).isEmpty();
    }

    @Test
    void malformedYamlNamesTheFile() throws Exception {
        Path bad = write("bad", "clusters: [\n");
        assertThatThrownBy(() -> KubeConfigLoader.load(bad.toString(), Map.of()))
                .isInstanceOf(KubeConfigException.class)
                .hasMessageStartingWith("error loading config file \"" + bad + "\": ");
    }

    @Test
    void dataFieldsAreBase64DecodedAndExecIsRead() throws Exception {
        KubeConfig c = KubeConfigLoader.parse("""
                users:
                - name: u
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                    as: alice
                    as-groups: [devs, ops]
                - name: e
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1
                      command: ./bin/get-token
                      args: [--cluster, prod]
                      env: [{name: REGION, value: eu}]
                      interactiveMode: Never
                      provideClusterInfo: true
                """.formatted(TestPki.b64("CERT"), TestPki.b64("KEY")), dir);
        KubeConfig.User u = c.users().get("u");
        assertThat(new String(u.clientCertificateData())).isEqualTo("CERT");
        assertThat(new String(u.clientKeyData())).isEqualTo("KEY");
        assertThat(u.as()).isEqualTo("alice");
        assertThat(u.asGroups()).containsExactly("devs", "ops");
        KubeConfig.Exec e = c.users().get("e").exec();
        assertThat(e.command()).isEqualTo(dir.resolve("bin/get-token").toString());
        assertThat(e.args()).containsExactly("--cluster", "prod");
        assertThat(e.env()).containsEntry("REGION", "eu");
        assertThat(e.interactiveMode()).isEqualTo("Never");
        assertThat(e.provideClusterInfo()).isTrue();
    }
}
