package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {
    @TempDir
    Path dir;

    private KubeConfig config() {
        return KubeConfigLoader.parse("""
                current-context: dev
                clusters:
                - name: dev
                  cluster: {server: "https://dev.example:6443/", certificate-authority-data: %s, tls-server-name: kube.dev}
                - name: insecure
                  cluster: {server: "prod.example", insecure-skip-tls-verify: true, proxy-url: "http://proxy:3128"}
                - name: both
                  cluster: {server: "https://x", insecure-skip-tls-verify: true, certificate-authority-data: %s}
                users:
                - name: cert
                  user: {client-certificate-data: %s, client-key-data: %s, as: alice, as-groups: [devs]}
                - name: basic
                  user: {username: u, password: p}
                contexts:
                - name: dev
                  context: {cluster: dev, user: cert, namespace: team-a}
                - name: prod
                  context: {cluster: insecure, user: basic}
                - name: both
                  context: {cluster: both, user: basic}
                """.formatted(TestPki.b64("CA"), TestPki.b64("CA"), TestPki.b64("CERT"), TestPki.b64("KEY")), dir);
    }

    private static KubeClientOptions opts(String context, String namespace, String apiServer, String token,
            String asUser, List<String> asGroups, String caFile, boolean insecure, String tlsServerName) {
        return new KubeClientOptions("", context, namespace, apiServer, token, asUser, asGroups, caFile, insecure,
                tlsServerName, 0, 0);
    }

    private static KubeClientOptions none() {
        return KubeClientOptions.ofKubeConfig("");
    }

    @Test
    void theCurrentContextGivesServerCaUserAndNamespace() {
        Connection c = ConnectionResolver.resolve(config(), none(), Map.of());
        assertThat(c.server()).hasToString("https://dev.example:6443");
        assertThat(new String(c.caPem())).isEqualTo("CA");
        assertThat(c.tlsServerName()).isEqualTo("kube.dev");
        assertThat(new String(c.clientCertPem())).isEqualTo("CERT");
        assertThat(new String(c.clientKeyPem())).isEqualTo("KEY");
        assertThat(c.namespace()).isEqualTo("team-a");
        assertThat(c.impersonateUser()).isEqualTo("alice");
        assertThat(c.impersonateGroups()).containsExactly("devs");
        assertThat(c.qps()).isEqualTo(5f);
        assertThat(c.burst()).isEqualTo(10);
    }

    @Test
    void theContextOverrideAndItsDefaults() {
        Connection c = ConnectionResolver.resolve(config(), opts("prod", "", "", "", "", List.of(), "", false, ""), Map.of());
        assertThat(c.server()).hasToString("https://prod.example");
        assertThat(c.insecureSkipTlsVerify()).isTrue();
        assertThat(c.proxy()).hasToString("http://proxy:3128");
        assertThat(c.namespace()).isEqualTo("default");
        assertThat(c.username()).isEqualTo("u");
        assertThat(c.password()).isEqualTo("p");
    }

    @Test
    void anUnknownContextIsAnError() {
        assertThatThrownBy(() -> ConnectionResolver.resolve(config(), opts("nope", "", "", "", "", List.of(), "", false, ""), Map.of()))
                .isInstanceOf(KubeConfigException.class).hasMessage("context \"nope\" does not exist");
    }

    @Test
    void helmsOverridesReplaceWhatTheKubeconfigSays() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "OTHER-CA");
        Connection c = ConnectionResolver.resolve(config(), new KubeClientOptions("", "", "ns1", "https://10.0.0.1:443",
                "tok", "bob", List.of("g1", "g2"), ca.toString(), false, "api.internal", 20f, 40), Map.of());
        assertThat(c.server()).hasToString("https://10.0.0.1:443");
        assertThat(c.namespace()).isEqualTo("ns1");
        assertThat(new String(c.caPem())).isEqualTo("OTHER-CA");
        assertThat(c.tlsServerName()).isEqualTo("api.internal");
        assertThat(c.token()).isEqualTo("tok");
        assertThat(c.clientCertPem()).as("a token override replaces the user's credentials").isNull();
        assertThat(c.impersonateUser()).isEqualTo("bob");
        assertThat(c.impersonateGroups()).containsExactly("g1", "g2");
        assertThat(c.qps()).isEqualTo(20f);
        assertThat(c.burst()).isEqualTo(40);
    }

    @Test
    void insecureOverrideDropsTheCaButAKubeconfigWithBothIsRefused() {
        Connection c = ConnectionResolver.resolve(config(), opts("", "", "", "", "", List.of(), "", true, ""), Map.of());
        assertThat(c.insecureSkipTlsVerify()).isTrue();
        assertThat(c.caPem()).isNull();
        assertThatThrownBy(() -> ConnectionResolver.resolve(config(), opts("both", "", "", "", "", List.of(), "", false, ""), Map.of()))
                .hasMessageContaining("specifying a root certificates file with the insecure flag is not allowed");
    }

    @Test
    void noConfigurationAtAllTalksToClientGosDefaultServer() {
        KubeConfig empty = KubeConfigLoader.parse("", dir);
        assertThat(ConnectionResolver.resolve(empty, none(), Map.of()).server()).hasToString("http://localhost:8080");
        assertThat(ConnectionResolver.resolve(empty, none(), Map.of("KUBERNETES_MASTER", "https://master:6443/"))
                .server()).hasToString("https://master:6443");
        Connection c = ConnectionResolver.resolve(empty, opts("", "", "https://api:6443", "", "", List.of(), "", false, ""), Map.of());
        assertThat(c.server()).hasToString("https://api:6443");
    }

    @Test
    void certificateKeyCaAndTokenFilesAreReadRelativeToTheirKubeconfig() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("cfg/pki"));
        Files.writeString(sub.resolve("ca.crt"), "FILE-CA");
        Files.writeString(sub.resolve("client.crt"), "FILE-CERT");
        Files.writeString(sub.resolve("client.key"), "FILE-KEY");
        Path cfg = Files.writeString(dir.resolve("cfg/config"), """
                current-context: c
                clusters: [{name: c, cluster: {server: "https://h", certificate-authority: pki/ca.crt}}]
                users: [{name: u, user: {client-certificate: pki/client.crt, client-key: pki/client.key, tokenFile: pki/tok}}]
                contexts: [{name: c, context: {cluster: c, user: u}}]
                """);
        Connection c = ConnectionResolver.resolve(KubeConfigLoader.load(cfg.toString(), Map.of()), none(), Map.of());
        assertThat(new String(c.caPem())).isEqualTo("FILE-CA");
        assertThat(new String(c.clientCertPem())).isEqualTo("FILE-CERT");
        assertThat(new String(c.clientKeyPem())).isEqualTo("FILE-KEY");
        assertThat(c.tokenFile()).isEqualTo(sub.resolve("tok").toString());
    }

    @Test
    void inAPodTheServiceAccountIsUsed() throws Exception {
        Path sa = Files.createDirectories(dir.resolve("sa"));
        Files.writeString(sa.resolve("namespace"), "apps\n");
        Files.writeString(sa.resolve("ca.crt"), "POD-CA");
        Files.writeString(sa.resolve("token"), "pod-token");
        Connection c = ConnectionResolver.resolve(KubeConfigLoader.parse("", dir), none(), Map.of(
                "KUBERNETES_SERVICE_HOST", "10.96.0.1", "KUBERNETES_SERVICE_PORT", "443",
                "HELM4J_SERVICEACCOUNT_DIR", sa.toString()));
        assertThat(c.server()).hasToString("https://10.96.0.1:443");
        assertThat(c.namespace()).isEqualTo("apps");
        assertThat(new String(c.caPem())).isEqualTo("POD-CA");
        assertThat(c.tokenFile()).isEqualTo(sa.resolve("token").toString());
    }
}
