package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeJson;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** The cluster AOT training's API server stand-in: HPACK decoding by RFC 7541's examples, and TLS + HTTP/2 end to end. */
class Http2StandInTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void decodesTheRfcRequestExamplesWithHuffmanCoding() {
        // RFC 7541, C.4.1 to C.4.3: three requests on one connection, the later ones naming dynamic table entries
        Http2StandIn.Hpack hpack = new Http2StandIn.Hpack();
        assertThat(hpack.decode(hex("8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff"))).isEqualTo(Map.of(
                ":method", "GET", ":scheme", "http", ":path", "/", ":authority", "www.example.com"));
        assertThat(hpack.decode(hex("8286 84be 5886 a8eb 1064 9cbf"))).isEqualTo(Map.of(
                ":method", "GET", ":scheme", "http", ":path", "/", ":authority", "www.example.com",
                "cache-control", "no-cache"));
        assertThat(hpack.decode(hex("8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf"))).isEqualTo(Map.of(
                ":method", "GET", ":scheme", "https", ":path", "/index.html", ":authority", "www.example.com",
                "custom-key", "custom-value"));
    }

    @Test
    void answersTheJdkClientOverTlsAndHttp2() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Http2StandIn.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = p.inputReader(StandardCharsets.US_ASCII);
            int port = Integer.parseInt(out.readLine().strip());
            byte[] caPem = Base64.getDecoder().decode(out.readLine().strip());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(caPem)));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            try (HttpClient client = HttpClient.newBuilder().sslContext(tls).build()) {
                String base = "https://127.0.0.1:" + port;
                HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(
                        base + "/api/v1/namespaces/a/configmaps?fieldManager=helm"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"}}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> got = client.send(HttpRequest.newBuilder(URI.create(
                        base + "/api/v1/namespaces/a/configmaps/x")).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(
                        base + "/api/v1/namespaces/a/configmaps/y")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
                assertThat(created.statusCode()).isEqualTo(201);
                assertThat(got.statusCode()).isEqualTo(200);
                assertThat(KubeJson.parse(got.body())).isInstanceOfSatisfying(Map.class,
                        m -> assertThat(((Map<?, ?>) m.get("metadata")).get("name")).isEqualTo("x"));
                assertThat(missing.statusCode()).isEqualTo(404);
            }
        } finally {
            p.destroy();
        }
    }
}
