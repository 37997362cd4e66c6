package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.KubeForbiddenException;
import io.helm4j.kube.NoKindMatchException;
import io.helm4j.kube.PropagationPolicy;
import io.helm4j.kube.ResourceRef;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the client sends over the wire, against a recording HTTPS server (no cluster needed). */
class JdkKubeClientHttpTest {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");
    private static final String CORE_V1 = """
            {"kind":"APIResourceList","groupVersion":"v1","resources":[
             {"name":"configmaps","namespaced":true,"kind":"ConfigMap"},
             {"name":"pods/log","namespaced":true,"kind":"Pod"},
             {"name":"namespaces","namespaced":false,"kind":"Namespace"}]}""";

    private static FakeApiServer.Answer answer(FakeApiServer.Request r) {
        if (r.uri().equals("/api/v1")) {
            return new FakeApiServer.Answer(200, CORE_V1);
        }
        if (r.uri().equals("/api")) {
            return new FakeApiServer.Answer(200, "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
        }
        if (r.uri().equals("/apis")) {
            return new FakeApiServer.Answer(200, """
                    {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
                     {"metadata":{"name":"apps"},"versions":[{"version":"v1","resources":[
                      {"resource":"deployments","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"scope":"Namespaced"}]}]}]}""");
        }
        if (r.uri().startsWith("/apis/example.com/")) {
            return new FakeApiServer.Answer(404, "404 page not found");
        }
        if (r.uri().contains("/configmaps/taken")) {
            return new FakeApiServer.Answer(409, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409,
                     "message":"Apply failed with 1 conflict: conflict with \\"kubectl\\" using v1: .data.a",
                     "details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \\"kubectl\\" using v1","field":".data.a"}]}}""");
        }
        if (r.uri().contains("/configmaps/secret")) {
            return new FakeApiServer.Answer(403, """
                    {"kind":"Status","status":"Failure","reason":"Forbidden","code":403,
                     "message":"configmaps \\"secret\\" is forbidden: User \\"bob\\" cannot get resource"}""");
        }
        if (r.uri().contains("/configmaps/gone")) {
            return new FakeApiServer.Answer(404, "{\"kind\":\"Status\",\"reason\":\"NotFound\",\"code\":404,\"message\":\"configmaps \\\"gone\\\" not found\"}");
        }
        return new FakeApiServer.Answer(200, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\",\"generation\":12345678901}}");
    }

    private static Connection conn(FakeApiServer s, String server, byte[] ca, boolean insecure, String tlsName,
            byte[] cert, byte[] key, String token) throws Exception {
        return new Connection(URI.create(server), "team", ca, insecure, tlsName, null, cert, key, token, "", "", "",
                null, null, "alice", List.of("devs", "ops"), 1000f, 1000);
    }

    private static byte[] caOf(FakeApiServer s) throws Exception {
        return TestPki.pem(s.serverCert).getBytes();
    }

    @Test
    void serverSideApplyIsAPatchWithTheApplyContentTypeAndHelmsParameters() throws Exception {
        try (FakeApiServer s = new FakeApiServer(null, JdkKubeClientHttpTest::answer);
                KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "", null, null, "tok"), Map.of(), Clock.systemUTC())) {
            var cm = c.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: '1'}\n").getFirst();
            var out = c.apply(cm, ApplyOptions.helm().withForce(true).withDryRun(true));
            assertThat(out.at("metadata", "generation")).isEqualTo(12345678901L);
            FakeApiServer.Request r = s.requests.getLast();
            assertThat(r.method()).isEqualTo("PATCH");
            assertThat(r.uri()).isEqualTo("/api/v1/namespaces/team/configmaps/c?fieldManager=helm&fieldValidation=Strict&force=true&dryRun=All");
            assertThat(r.header("Content-type")).isEqualTo("application/apply-patch+yaml");
            assertThat(r.body()).isEqualTo("{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\"},\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\",\"namespace\":\"team\"}}");
            assertThat(r.header("Authorization")).isEqualTo("Bearer tok");
            assertThat(r.header("Impersonate-user")).isEqualTo("alice");
            assertThat(r.headers().get("Impersonate-group")).containsExactly("devs", "ops");
        }
    }

    @Test
    void everyAnswersWarningsReachTheHandlerOfTheClientThatSentTheRequest() throws Exception {
        java.util.function.Function<FakeApiServer.Request, FakeApiServer.Answer> warning = r -> {
            FakeApiServer.Answer a = answer(r);
            if (!r.uri().contains("/configmaps/")) {
                return a;
            }
            return new FakeApiServer.Answer(a.code(), a.body(), Map.of("Warning", List.of(
                    "299 - \"unknown field \\\"data.x\\\"\"",
                    "299 - \"first\", 299 - \"second\" \"Mon, 07 Dec 2026 23:00:00 GMT\"",
                    "199 - \"not 299: dropped\"", "299 - \"\"")));
        };
        try (FakeApiServer s = new FakeApiServer(null, warning);
                KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "", null, null, "tok"), Map.of(), Clock.systemUTC())) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            KubeClient warned = c.withWarnings(seen::add);
            var cm = c.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n").getFirst();
            c.apply(cm, ApplyOptions.helm());
            assertThat(seen).isEmpty();
            warned.apply(cm, ApplyOptions.helm());
            assertThatThrownBy(() -> warned.get(new ResourceRef(CM, "", "secret")))
                    .isInstanceOf(KubeForbiddenException.class);
            assertThat(seen).containsExactly("unknown field \"data.x\"", "first", "second",
                    "unknown field \"data.x\"", "first", "second");
        }
    }

    @Test
    void versionAndCapabilitiesAnswersWarnTheClientThatAskedAsClientGosDefaultHandlerDoes() throws Exception {
        java.util.function.Function<FakeApiServer.Request, FakeApiServer.Answer> warning = r -> {
            FakeApiServer.Answer a = r.uri().equals("/api/v1") ? new FakeApiServer.Answer(200, """
                    {"kind":"APIResourceList","groupVersion":"v1","resources":[
                     {"name":"pods","namespaced":true,"kind":"Pod"}]}""") : r.uri().equals("/version")
                    ? new FakeApiServer.Answer(200, "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.0\"}")
                    : answer(r);
            return new FakeApiServer.Answer(a.code(), a.body(), Map.of("Warning",
                    List.of("299 - \"asked " + r.uri().replaceAll("\\?.*", "") + "\"")));
        };
        try (FakeApiServer s = new FakeApiServer(null, warning);
                KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "", null, null, "tok"), Map.of(), Clock.systemUTC())) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            KubeClient warned = c.withWarnings(seen::add);
            assertThat(warned.serverVersion().gitVersion()).isEqualTo("v1.32.0");
            assertThat(warned.apiVersions()).contains("apps/v1/Deployment");
            assertThat(warned.mapping(new GroupVersionKind("", "v1", "Pod")).resource()).isEqualTo("pods");
            warned.mapping(new GroupVersionKind("apps", "v1", "Deployment"));
            // a group version asked for a mapping: dropped (Helm's mapper reads its disk cache, or the aggregated
            // documents, never /api/v1)
            assertThat(s.requests).anyMatch(r -> r.uri().equals("/api/v1"));
            assertThat(seen).containsExactly("asked /version", "asked /api", "asked /apis");
            c.serverVersion();
            assertThat(seen).as("a client view given no handler drops them").hasSize(3);
        }
    }

    @Test
    void statusAnswersBecomeTypedExceptions() throws Exception {
        try (FakeApiServer s = new FakeApiServer(null, JdkKubeClientHttpTest::answer);
                KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "", null, null, "tok"), Map.of(), Clock.systemUTC())) {
            var taken = c.build("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: taken}\n").getFirst();
            assertThatThrownBy(() -> c.apply(taken, ApplyOptions.helm()))
                    .isInstanceOfSatisfying(KubeConflictException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("Apply failed with 1 conflict: conflict with \"kubectl\" using v1: .data.a");
                        assertThat(e.conflicts()).singleElement().satisfies(f -> {
                            assertThat(f.manager()).isEqualTo("kubectl");
                            assertThat(f.field()).isEqualTo(".data.a");
                        });
                    });
            assertThatThrownBy(() -> c.get(new ResourceRef(CM, "", "secret")))
                    .isInstanceOf(KubeForbiddenException.class)
                    .hasMessage("configmaps \"secret\" is forbidden: User \"bob\" cannot get resource");
            assertThat(c.get(new ResourceRef(CM, "", "gone"))).isEmpty();
            assertThat(c.delete(new ResourceRef(CM, "x", "gone"), new DeleteOptions(PropagationPolicy.FOREGROUND, true))).isFalse();
            assertThat(s.requests.getLast().body()).isEqualTo(
                    "{\"apiVersion\":\"v1\",\"dryRun\":[\"All\"],\"kind\":\"DeleteOptions\",\"propagationPolicy\":\"Foreground\"}");
            assertThatThrownBy(() -> c.mapping(new GroupVersionKind("example.com", "v1", "Foo")))
                    .isInstanceOf(NoKindMatchException.class)
                    .hasMessage("no matches for kind \"Foo\" in version \"example.com/v1\"");
            assertThat(c.mapping(new GroupVersionKind("", "v1", "Namespace")).namespaced()).isFalse();
        }
    }

    @Test
    void apiVersionsComeFromAggregatedDiscoveryOrTheLegacyDocuments() throws Exception {
        try (FakeApiServer s = new FakeApiServer(null, JdkKubeClientHttpTest::answer);
                KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "", null, null, ""), Map.of(), Clock.systemUTC())) {
            assertThat(c.apiVersions()).containsExactly("apps/v1", "apps/v1/Deployment", "v1");
            assertThat(s.requests.getLast().header("Accept")).startsWith("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
            int before = s.requests.size();
            assertThat(c.mapping(new GroupVersionKind("apps", "v1", "Deployment")).resource()).isEqualTo("deployments");
            assertThat(s.requests).as("the mapping came from the aggregated answer").hasSize(before);
        }
    }

    @Test
    void clientCertificatesInEveryPemFormAreOffered() throws Exception {
        for (KeyPair kp : List.of(TestPki.rsa(), TestPki.ec())) {
            X509Certificate cert = TestPki.selfSigned(kp, "helm-user");
            for (String key : List.of(TestPki.traditional(kp), TestPki.pkcs8(kp))) {
                try (FakeApiServer s = new FakeApiServer(cert, JdkKubeClientHttpTest::answer);
                        KubeClient c = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "",
                                TestPki.pem(cert).getBytes(), key.getBytes(), ""), Map.of(), Clock.systemUTC())) {
                    c.get(new ResourceRef(CM, "", "c"));
                    assertThat(s.requests.getLast().clientCertCn()).as(key.lines().findFirst().orElseThrow()).isEqualTo("CN=helm-user");
                }
            }
        }
    }

    @Test
    void theServerNameIsCheckedAgainstTlsServerNameAndTheCa() throws Exception {
        try (FakeApiServer s = new FakeApiServer(null, JdkKubeClientHttpTest::answer)) {
            ResourceRef ref = new ResourceRef(CM, "", "c");
            try (KubeClient ok = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "kube.test", null, null, ""), Map.of(), Clock.systemUTC())) {
                assertThat(ok.get(ref)).isPresent();
            }
            try (KubeClient wrongName = JdkKubeClientFactory.connect(conn(s, s.url(), caOf(s), false, "other.test", null, null, ""), Map.of(), Clock.systemUTC())) {
                assertThatThrownBy(() -> wrongName.get(ref)).isInstanceOf(KubeException.class)
                        .hasMessageEndingWith("tls: failed to verify certificate: x509: certificate is valid for 127.0.0.1, kube.test, not other.test");
            }
            byte[] otherCa = TestPki.pem(TestPki.selfSigned(TestPki.ec(), "other", "127.0.0.1")).getBytes();
            try (KubeClient wrongCa = JdkKubeClientFactory.connect(conn(s, s.url(), otherCa, false, "", null, null, ""), Map.of(), Clock.systemUTC())) {
                assertThatThrownBy(() -> wrongCa.get(ref)).isInstanceOf(KubeException.class)
                        .hasMessage("Get \"" + s.url() + "/api/v1/namespaces/team/configmaps/c\": tls: failed to verify certificate: x509: certificate signed by unknown authority");
            }
            try (KubeClient insecure = JdkKubeClientFactory.connect(conn(s, s.url(), null, true, "", null, null, ""), Map.of(), Clock.systemUTC())) {
                assertThat(insecure.get(ref)).isPresent();
            }
        }
    }

    @Test
    void anUnreachableServerIsWordedAsGoWordsIt() throws Exception {
        try (KubeClient c = JdkKubeClientFactory.connect(new Connection(URI.create("https://127.0.0.1:1"), "default", null, true,
                "", null, null, null, "", "", "", "", null, null, "", List.of(), 5f, 10), Map.of(), Clock.systemUTC())) {
            assertThatThrownBy(c::serverVersion).isInstanceOf(KubeException.class)
                    .hasMessage("Get \"https://127.0.0.1:1/version\": dial tcp 127.0.0.1:1: connect: connection refused");
            assertThatThrownBy(c::checkReachable).isInstanceOf(KubeException.class)
                    .hasMessage("kubernetes cluster unreachable: Get \"https://127.0.0.1:1/version\": dial tcp 127.0.0.1:1: connect: connection refused");
        }
    }
}
