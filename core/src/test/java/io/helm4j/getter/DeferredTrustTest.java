package io.helm4j.getter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.repo.TestCertificates;
import io.helm4j.repo.TestRepoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context plain-http clients get: the system's trust read only at a handshake, and then enforced as the default
 * context enforces it (a self-signed server is refused; a plain http request needs no trust at all).
 */
class DeferredTrustTest {
    @TempDir
    Path tmp;

    @Test
    void plainHttpNeedsNoTrustAndAnUntrustedServerIsStillRefused() throws Exception {
        Files.writeString(Files.createDirectories(tmp.resolve("served")).resolve("index.yaml"), "apiVersion: v1\n");
        TestCertificates certs = TestCertificates.create(tmp);
        HttpClient client = HttpClient.newBuilder().sslContext(io.helm4j.internal.content.DeferredTrust.context()).build();
        try (TestRepoServer plain = TestRepoServer.http(tmp.resolve("served"), null, null);
                TestRepoServer tls = TestRepoServer.https(tmp.resolve("served"), certs.serverTls())) {
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(plain.url() + "/index.yaml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.body()).isEqualTo("apiVersion: v1\n");
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(tls.url() + "/index.yaml"))
                    .build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        } finally {
            client.close();
        }
    }

    /** The builder plain-http clients get: no TLS set up for plain http, and the deferred trust at a handshake. */
    @Test
    void aPlainHttpClientSetsUpNoTlsUntilAHandshake() throws Exception {
        Files.writeString(Files.createDirectories(tmp.resolve("served")).resolve("index.yaml"), "apiVersion: v1\n");
        TestCertificates certs = TestCertificates.create(tmp);
        HttpClient client = io.helm4j.internal.content.DeferredTrust.plainHttp(HttpClient.newBuilder()).build();
        try (TestRepoServer plain = TestRepoServer.http(tmp.resolve("served"), null, null);
                TestRepoServer tls = TestRepoServer.https(tmp.resolve("served"), certs.serverTls())) {
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(plain.url() + "/index.yaml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.body()).isEqualTo("apiVersion: v1\n");
            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(io.helm4j.internal.content.DeferredTrust.initialized(client.sslContext())).isFalse();
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(tls.url() + "/index.yaml"))
                    .build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class)
                    .hasMessageContaining("PKIX path building failed");
            assertThat(io.helm4j.internal.content.DeferredTrust.initialized(client.sslContext())).isTrue();
        } finally {
            client.close();
        }
    }
}
