package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/**
 * The first handshake offers TLS 1.3 with the XDH groups only (one key share); a server that refuses that offer is
 * reached with the JDK's defaults, on a second connection; a certificate we reject is not tried twice.
 */
class OneKeyShareTest {
    private static FakeApiServer.Answer version(FakeApiServer.Request r) {
        return new FakeApiServer.Answer(200, "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.0\"}");
    }

    private static KubeClient connect(FakeApiServer s, byte[] ca) throws Exception {
        Connection c = new Connection(URI.create(s.url()), "team", ca, false, "", null, null, null, "tok", "", "", "",
                null, null, "", List.of(), 1000f, 1000);
        return JdkKubeClientFactory.connect(c, Map.of(), Clock.systemUTC());
    }

    private static FakeApiServer server(Consumer<SSLParameters> tls) throws Exception {
        return new FakeApiServer(null, OneKeyShareTest::version, tls);
    }

    private static byte[] caOf(FakeApiServer s) throws Exception {
        return TestPki.pem(s.serverCert).getBytes();
    }

    @Test
    void theEnginesTheHttpClientConfiguresKeepTheNarrowOffer() throws Exception {
        SSLContext full = SSLContext.getInstance("TLS");
        full.init(null, null, null);
        SSLContext one = OneKeyShare.over(full);
        assertThat(one).isNotNull();
        SSLEngine e = one.createSSLEngine("kube.test", 443);
        // as the HttpClient does: its own parameters, named groups unset (which alone would reset them to the defaults)
        SSLParameters p = new SSLParameters(full.getDefaultSSLParameters().getCipherSuites(), new String[] {"TLSv1.3", "TLSv1.2"});
        p.setApplicationProtocols(new String[] {"h2", "http/1.1"});
        e.setSSLParameters(p);
        assertThat(e.getSSLParameters().getNamedGroups()).containsExactly("x25519", "x448");
        assertThat(e.getSSLParameters().getProtocols()).containsExactly("TLSv1.3");
        assertThat(e.getSSLParameters().getApplicationProtocols()).containsExactly("h2", "http/1.1");
        assertThat(full.createSSLEngine().getSSLParameters().getNamedGroups()).contains("secp256r1");
    }

    @Test
    void aServerThatTakesX25519IsReachedOnTheFirstHandshake() throws Exception {
        try (FakeApiServer s = server(p -> p.setNamedGroups(new String[] {"x25519"}));
                KubeClient c = connect(s, caOf(s))) {
            assertThat(c.serverVersion().toString()).contains("1.32");
            assertThat(s.connections.get()).isEqualTo(1);
            assertThat(s.requests.getFirst().tlsProtocol()).isEqualTo("TLSv1.3");
        }
    }

    @Test
    void aServerWithoutXdhGroupsIsReachedWithTheJdkDefaults() throws Exception {
        try (FakeApiServer s = server(p -> p.setNamedGroups(new String[] {"secp256r1", "secp384r1"}));
                KubeClient c = connect(s, caOf(s))) {
            assertThat(c.serverVersion().toString()).contains("1.32");
            assertThat(s.connections.get()).isEqualTo(2); // the refused offer, then the defaults' connection
            assertThat(s.requests).hasSize(1);
        }
    }

    @Test
    void aTls12OnlyServerIsReachedWithTheJdkDefaults() throws Exception {
        try (FakeApiServer s = server(p -> p.setProtocols(new String[] {"TLSv1.2"}));
                KubeClient c = connect(s, caOf(s))) {
            assertThat(c.serverVersion().toString()).contains("1.32");
            assertThat(s.connections.get()).isEqualTo(2);
            assertThat(s.requests.getFirst().tlsProtocol()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void aCertificateWeRejectIsNotTriedAgain() throws Exception {
        try (FakeApiServer s = server(p -> {
        });
                KubeClient c = connect(s, TestPki.pem(TestPki.selfSigned(TestPki.ec(), "other", "127.0.0.1")).getBytes())) {
            assertThatThrownBy(c::serverVersion).isInstanceOf(KubeException.class)
                    .hasMessageEndingWith("tls: failed to verify certificate: x509: certificate signed by unknown authority");
            assertThat(s.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void aServerWithFiniteFieldGroupsOnlyIsReachedWithTheJdkDefaults() throws Exception {
        try (FakeApiServer s = server(p -> p.setNamedGroups(new String[] {"ffdhe2048"}));
                KubeClient c = connect(s, caOf(s))) {
            assertThat(c.serverVersion().toString()).contains("1.32");
            assertThat(s.connections.get()).isEqualTo(2);
        }
    }
}
