package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.KubeConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecCredentialsTest {
    private static final String V1 = "client.authentication.k8s.io/v1";

    @TempDir
    Path dir;

    /** A plugin that counts its runs and echoes its args, env and exec info into the token. */
    private Path plugin(String status) throws Exception {
        Path p = dir.resolve("plugin.sh");
        Files.writeString(p, """
                #!/bin/sh
                echo run >> "%s/runs"
                printf '%%s' "$KUBERNETES_EXEC_INFO" > "%s/info"
                cat <<EOF
                {"apiVersion":"%s","kind":"ExecCredential","status":%s}
                EOF
                """.formatted(dir, dir, V1, status));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private ExecCredentials creds(Path plugin, List<String> args, Clock clock) {
        KubeConfig.Exec exec = new KubeConfig.Exec(V1, plugin.toString(), args, Map.of("REGION", "eu"), true, "Never", "");
        KubeConfig.Cluster cluster = new KubeConfig.Cluster("https://api:6443", "", "CA".getBytes(), false, "", "");
        return new ExecCredentials(exec, cluster, Map.of("PATH", "/usr/bin:/bin"), clock);
    }

    private int runs() throws Exception {
        return Files.readAllLines(dir.resolve("runs")).size();
    }

    @Test
    void theTokenIsReadAndKeptUntilItExpires() throws Exception {
        Path p = plugin("{\"token\":\"t-$REGION-$1\",\"expirationTimestamp\":\"2030-01-01T00:00:00Z\"}");
        Clock before = Clock.fixed(Instant.parse("2029-12-31T23:00:00Z"), ZoneOffset.UTC);
        ExecCredentials c = creds(p, List.of("a1"), before);
        assertThat(c.get().token()).isEqualTo("t-eu-a1");
        assertThat(c.get().token()).isEqualTo("t-eu-a1");
        assertThat(runs()).isEqualTo(1);
        c.invalidate();
        c.get();
        assertThat(runs()).isEqualTo(2);
        ExecCredentials expired = creds(p, List.of("a1"), Clock.fixed(Instant.parse("2030-01-01T00:00:01Z"), ZoneOffset.UTC));
        expired.get();
        expired.get();
        assertThat(runs()).isEqualTo(4);
    }

    @Test
    void thePluginIsToldTheClusterWhenItAsks() throws Exception {
        creds(plugin("{\"token\":\"x\"}"), List.of(), Clock.systemUTC()).get();
        String info = Files.readString(dir.resolve("info"));
        assertThat(info).isEqualTo("{\"apiVersion\":\"" + V1 + "\",\"kind\":\"ExecCredential\",\"spec\":"
                + "{\"cluster\":{\"certificate-authority-data\":\"Q0E=\",\"server\":\"https://api:6443\"},\"interactive\":false}}");
    }

    @Test
    void aClientCertificateMayBeReturnedInsteadOfAToken() throws Exception {
        ExecCredentials.Credential c = creds(plugin("{\"clientCertificateData\":\"CERT\",\"clientKeyData\":\"KEY\"}"),
                List.of(), Clock.systemUTC()).get();
        assertThat(c.token()).isEmpty();
        assertThat(new String(c.clientCertPem())).isEqualTo("CERT");
        assertThat(new String(c.clientKeyPem())).isEqualTo("KEY");
    }

    @Test
    void failuresAreWordedAsClientGoWordsThem() throws Exception {
        Path fails = Files.writeString(dir.resolve("fails.sh"), "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(fails, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() -> creds(fails, List.of(), Clock.systemUTC()).get())
                .isInstanceOf(KubeConfigException.class)
                .hasMessage("exec: executable " + fails + " failed with exit code 3");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> creds(missing, List.of(), Clock.systemUTC()).get())
                .hasMessage("exec: executable " + missing + " not found");
        assertThatThrownBy(() -> creds(plugin("{}"), List.of(), Clock.systemUTC()).get())
                .hasMessage("exec plugin didn't return a token or cert/key pair");
        KubeConfig.Exec noMode = new KubeConfig.Exec(V1, "x", List.of(), Map.of(), false, "", "");
        assertThatThrownBy(() -> new ExecCredentials(noMode, null, Map.of(), Clock.systemUTC()))
                .hasMessage("interactiveMode must be specified for x to use exec authentication plugin");
    }
}
