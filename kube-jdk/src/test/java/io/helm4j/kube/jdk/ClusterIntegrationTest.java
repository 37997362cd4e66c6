package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeClients;
import io.helm4j.kube.KubeConflictException;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.KubeForbiddenException;
import io.helm4j.kube.KubeInvalidException;
import io.helm4j.kube.NoKindMatchException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a real API server: runs only when HELM4J_IT_KUBECONFIG names a kubeconfig (see
 * ../shared/cluster/README.md); skipped, saying so, otherwise. Works in a namespace of its own.
 */
class ClusterIntegrationTest {
    private static final GroupVersionKind CM = new GroupVersionKind("", "v1", "ConfigMap");
    private static final GroupVersionKind DEPLOY = new GroupVersionKind("apps", "v1", "Deployment");
    private static final GroupVersionKind NS = new GroupVersionKind("", "v1", "Namespace");
    private static final GroupVersionKind CRD = new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    private static final String KUBECONFIG = System.getenv("HELM4J_IT_KUBECONFIG");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAMESPACE = "helm4j-it-" + SUFFIX;
    private static final String GROUP = "it" + SUFFIX + ".helm4j.io";

    private static KubeClient kube;

    @BeforeAll
    static void connect() {
        if (KUBECONFIG == null || KUBECONFIG.isEmpty()) {
            return;
        }
        kube = KubeClients.open(options("", "", ""), System.getenv());
        kube.apply(kube.build("apiVersion: v1\nkind: Namespace\nmetadata: {name: " + NAMESPACE + "}\n").getFirst(),
                ApplyOptions.helm());
    }

    @BeforeEach
    void needsACluster() {
        assumeTrue(kube != null, "HELM4J_IT_KUBECONFIG is not set: no cluster, integration test skipped");
    }

    @AfterAll
    static void cleanUp() {
        if (kube != null) {
            kube.delete(new ResourceRef(CRD, "", "widgets." + GROUP), DeleteOptions.background());
            kube.delete(new ResourceRef(NS, "", NAMESPACE), DeleteOptions.background());
            kube.close();
        }
    }

    private static KubeClientOptions options(String asUser, String tlsServerName, String token) {
        return new KubeClientOptions(KUBECONFIG, "", NAMESPACE, "", token, asUser, List.of(), "", false,
                tlsServerName, 0, 0);
    }

    private static Resource one(String yaml) {
        return kube.build(yaml).getFirst();
    }

    private static Resource configMap(String name, String data) {
        return one("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name + ", labels: {suite: it}}\ndata: {" + data + "}\n");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> managedFields(Resource r) {
        return (List<Map<String, Object>>) r.at("metadata", "managedFields");
    }

    @Test
    void theKubeconfigTokenReachesTheServer() {
        assertThat(kube.namespace()).isEqualTo(NAMESPACE);
        assertThat(kube.serverVersion().gitVersion()).startsWith("v1.");
        try (KubeClient wrong = KubeClients.open(options("", "", "not-a-token"), System.getenv())) {
            assertThatThrownBy(wrong::serverVersion).isInstanceOf(KubeException.class)
                    .satisfies(e -> assertThat(((KubeException) e).code()).isEqualTo(401))
                    .hasMessage("Unauthorized");
        }
    }

    @Test
    void discoveryMapsBuiltInKindsAndACrdCreatedAMomentAgo() throws Exception {
        assertThat(kube.mapping(DEPLOY).resource()).isEqualTo("deployments");
        assertThat(kube.mapping(DEPLOY).namespaced()).isTrue();
        assertThat(kube.mapping(NS).namespaced()).isFalse();
        GroupVersionKind widget = new GroupVersionKind(GROUP, "v1", "Widget");
        assertThatThrownBy(() -> kube.mapping(widget)).isInstanceOf(NoKindMatchException.class);
        kube.apply(one("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.%s}
                spec:
                  group: %s
                  scope: Namespaced
                  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}}
                """.formatted(GROUP, GROUP)), ApplyOptions.helm());
        Resource w = null;
        for (int i = 0; i < 100 && w == null; i++) {
            try {
                w = kube.apply(one("apiVersion: " + GROUP + "/v1\nkind: Widget\nmetadata: {name: w1}\nspec: {size: 3}\n"),
                        ApplyOptions.helm());
            } catch (NoKindMatchException | io.helm4j.kube.KubeNotFoundException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(w).as("a Widget applied within 10 s of its CRD").isNotNull();
        assertThat(w.at("spec", "size")).isEqualTo(3L);
        assertThat(kube.mapping(widget).resource()).isEqualTo("widgets");
        assertThat(kube.apiVersions()).contains("v1", "v1/ConfigMap", "apps/v1", "apps/v1/Deployment",
                GROUP + "/v1", GROUP + "/v1/Widget");
    }

    @Test
    void serverSideApplyRecordsHelmAsAnApplyManager() {
        Resource cm = kube.apply(configMap("ssa", "a: '1'"), ApplyOptions.helm());
        assertThat(managedFields(cm)).anySatisfy(f -> {
            assertThat(f.get("manager")).isEqualTo("helm");
            assertThat(f.get("operation")).isEqualTo("Apply");
        });
        Resource d = kube.apply(one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {app: web}}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: nginx:1.27, env: [{name: A, value: "1"}]}]}
                """), ApplyOptions.helm());
        assertThat(d.at("spec", "replicas")).isEqualTo(2L);
        assertThat(managedFields(d)).anySatisfy(f -> {
            assertThat(f.get("manager")).isEqualTo("helm");
            assertThat(f.get("operation")).isEqualTo("Apply");
        });
        assertThat(kube.get(new ResourceRef(DEPLOY, "", "web")).orElseThrow().uid()).isEqualTo(d.uid());
    }

    @Test
    void aConflictNamesTheOtherManagerAndFieldAndForceTakesItOver() {
        kube.apply(configMap("conflict", "a: '1'"), ApplyOptions.helm());
        ApplyOptions other = ApplyOptions.helm().withFieldManager("other-tool");
        assertThatThrownBy(() -> kube.apply(configMap("conflict", "a: '2'"), other))
                .isInstanceOfSatisfying(KubeConflictException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Apply failed with 1 conflict: conflict with \"helm\": .data.a");
                    assertThat(e.conflicts()).singleElement().satisfies(c -> {
                        assertThat(c.manager()).isEqualTo("helm");
                        assertThat(c.field()).isEqualTo(".data.a");
                    });
                });
        Resource forced = kube.apply(configMap("conflict", "a: '2'"), other.withForce(true));
        assertThat(forced.at("data", "a")).isEqualTo("2");
        assertThatThrownBy(() -> kube.apply(configMap("conflict", "a: '3'"), ApplyOptions.helm()))
                .isInstanceOfSatisfying(KubeConflictException.class,
                        e -> assertThat(e.conflicts()).extracting(KubeConflictException.FieldConflict::manager)
                                .containsExactly("other-tool"));
        assertThat(kube.apply(configMap("conflict", "a: '3'"), ApplyOptions.helm().withForce(true)).at("data", "a"))
                .isEqualTo("3");
    }

    @Test
    void getListAndDelete() {
        kube.apply(configMap("l1", "x: '1'"), ApplyOptions.helm());
        kube.create(one("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: l2, labels: {suite: it, extra: 'yes'}}\n"),
                WriteOptions.helm());
        assertThat(kube.list(CM, NAMESPACE, "suite=it,extra")).extracting(Resource::name).containsExactly("l2");
        assertThat(kube.list(CM, NAMESPACE, "suite=it")).extracting(Resource::name).contains("l1", "l2")
                .allSatisfy(n -> assertThat(n).isNotEmpty());
        assertThat(kube.list(CM, NAMESPACE, "suite=it").getFirst().kind()).isEqualTo("ConfigMap");
        assertThatThrownBy(() -> kube.create(configMap("l1", ""), WriteOptions.helm()))
                .isInstanceOf(io.helm4j.kube.KubeAlreadyExistsException.class)
                .hasMessage("configmaps \"l1\" already exists");
        ResourceRef l1 = new ResourceRef(CM, NAMESPACE, "l1");
        assertThat(kube.delete(l1, DeleteOptions.background())).isTrue();
        assertThat(kube.get(l1)).isEmpty();
        assertThat(kube.delete(l1, DeleteOptions.background())).isFalse();
    }

    @Test
    void dryRunsChangeNothing() {
        Resource dry = kube.apply(configMap("dry", "a: '1'"), ApplyOptions.helm().withDryRun(true));
        assertThat(dry.at("data", "a")).isEqualTo("1");
        kube.create(configMap("dry2", ""), WriteOptions.helm().withDryRun(true));
        assertThat(kube.get(new ResourceRef(CM, "", "dry"))).isEmpty();
        assertThat(kube.get(new ResourceRef(CM, "", "dry2"))).isEmpty();
        kube.apply(configMap("kept", ""), ApplyOptions.helm());
        assertThat(kube.delete(new ResourceRef(CM, "", "kept"), new DeleteOptions(io.helm4j.kube.PropagationPolicy.FOREGROUND, true))).isTrue();
        assertThat(kube.get(new ResourceRef(CM, "", "kept"))).isPresent();
    }

    @Test
    void strictFieldValidationRefusesUnknownFields() {
        Resource bad = one("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bad}\nspec: {x: 1}\n");
        // what the API server answers to an apply with an unknown field: a 500 Status without reason
        assertThatThrownBy(() -> kube.apply(bad, ApplyOptions.helm()))
                .isInstanceOfSatisfying(KubeException.class, e -> assertThat(e.code()).isEqualTo(500))
                .hasMessage("failed to create typed patch object (" + NAMESPACE + "/bad; /v1, Kind=ConfigMap):"
                        + " .spec: field not declared in schema");
        assertThatThrownBy(() -> kube.create(bad, WriteOptions.helm()))
                .isInstanceOf(KubeInvalidException.class)
                .hasMessage("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: unknown field \"spec\"");
    }

    @Test
    void impersonationIsSubjectToRbac() {
        try (KubeClient nobody = KubeClients.open(options("nobody", "", ""), System.getenv())) {
            assertThatThrownBy(() -> nobody.list(CM, NAMESPACE, ""))
                    .isInstanceOf(KubeForbiddenException.class)
                    .hasMessage("configmaps is forbidden: User \"nobody\" cannot list resource \"configmaps\" in API group \"\""
                            + " in the namespace \"" + NAMESPACE + "\"");
        }
    }

    /** A kubeconfig for the test cluster's server and CA with the given user entry (YAML flow mapping). */
    private static java.nio.file.Path kubeconfigWithUser(java.nio.file.Path dir, String user) throws Exception {
        KubeConfig real = KubeConfigLoader.load(KUBECONFIG, Map.of());
        KubeConfig.Cluster cluster = real.clusters().get(real.contexts().get(real.currentContext()).cluster());
        String ca = java.util.Base64.getEncoder().encodeToString(cluster.caData() != null ? cluster.caData()
                : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(cluster.caFile())));
        return java.nio.file.Files.writeString(dir.resolve("config"), """
                current-context: c
                clusters: [{name: c, cluster: {server: "%s", certificate-authority-data: %s}}]
                users: [{name: u, user: %s}]
                contexts: [{name: c, context: {cluster: c, user: u, namespace: %s}}]
                """.formatted(cluster.server(), ca, user, NAMESPACE));
    }

    /** Who the server says we are (a SelfSubjectReview). */
    private static String whoAmI(KubeClient client) {
        Resource review = client.create(one("apiVersion: authentication.k8s.io/v1\nkind: SelfSubjectReview\n"),
                WriteOptions.helm());
        return (String) review.at("status", "userInfo", "username");
    }

    @Test
    void anExecPluginsTokenIsUsed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        KubeConfig real = KubeConfigLoader.load(KUBECONFIG, Map.of());
        String token = real.users().get(real.contexts().get(real.currentContext()).user()).token();
        assumeTrue(!token.isEmpty(), "the test kubeconfig has no token to hand to an exec plugin");
        java.nio.file.Path plugin = java.nio.file.Files.writeString(dir.resolve("plugin.sh"), """
                #!/bin/sh
                echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}'
                """.formatted(token));
        plugin.toFile().setExecutable(true);
        java.nio.file.Path cfg = kubeconfigWithUser(dir, "{exec: {apiVersion: client.authentication.k8s.io/v1, command: ./plugin.sh,"
                + " interactiveMode: Never}}");
        try (KubeClient c = KubeClients.open(KubeClientOptions.ofKubeConfig(cfg.toString()), System.getenv())) {
            assertThat(whoAmI(c)).isEqualTo(whoAmI(kube));
            assertThat(c.namespace()).isEqualTo(NAMESPACE);
        }
    }

    @Test
    void clientCertificatesAuthenticate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path pki = java.nio.file.Path.of(KUBECONFIG).toAbsolutePath().getParent().resolve("pki");
        assumeTrue(java.nio.file.Files.exists(pki.resolve("ca.key")),
                "no cluster CA key next to the kubeconfig (pki/ca.key): client certificate test skipped");
        X509Certificate ca = Pem.certificates(java.nio.file.Files.readAllBytes(pki.resolve("ca.crt")), "ca").getFirst();
        java.security.PrivateKey caKey = Pem.privateKey(java.nio.file.Files.readAllBytes(pki.resolve("ca.key")));
        for (java.security.KeyPair kp : List.of(TestPki.ec(), TestPki.rsa())) {
            String user = "helm4j-" + kp.getPrivate().getAlgorithm().toLowerCase();
            X509Certificate cert = TestPki.clientCert(kp, user, "system:masters", ca, caKey);
            java.nio.file.Path cfg = kubeconfigWithUser(dir, "{client-certificate-data: %s, client-key-data: %s}".formatted(
                    TestPki.b64(TestPki.pem(cert)), TestPki.b64(TestPki.traditional(kp))));
            try (KubeClient c = KubeClients.open(KubeClientOptions.ofKubeConfig(cfg.toString()), System.getenv())) {
                assertThat(whoAmI(c)).isEqualTo(user);
            }
        }
    }

    @Test
    void theServerCertificateIsCheckedAgainstTlsServerName() {
        try (KubeClient good = KubeClients.open(options("", "kubernetes.default.svc", ""), System.getenv())) {
            assertThat(good.serverVersion().major()).isEqualTo("1");
        }
        try (KubeClient bad = KubeClients.open(options("", "not-the-server.example", ""), System.getenv())) {
            assertThatThrownBy(bad::serverVersion).isInstanceOf(KubeException.class)
                    .hasMessageContaining("not not-the-server.example");
        }
    }
}
