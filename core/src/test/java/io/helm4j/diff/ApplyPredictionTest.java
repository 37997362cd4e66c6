package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.Resource;
import io.helm4j.yaml.GoYaml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a server-side apply is certain to change nothing. The live objects are as kube-apiserver v1.32 returned
 * them after helm4j installed them (managedFields included).
 */
class ApplyPredictionTest {
    private static final String LIVE_CM = """
            apiVersion: v1
            data:
              fixed: unchanged 0
              version: "1"
            kind: ConfigMap
            metadata:
              annotations:
                meta.helm.sh/release-name: rel
                meta.helm.sh/release-namespace: ns
              creationTimestamp: "2026-12-07T16:42:18Z"
              labels:
                app.kubernetes.io/managed-by: Helm
                bench: "true"
                index: "0"
              managedFields:
              - apiVersion: v1
                fieldsType: FieldsV1
                fieldsV1:
                  f:data:
                    f:fixed: {}
                    f:version: {}
                  f:metadata:
                    f:annotations:
                      f:meta.helm.sh/release-name: {}
                      f:meta.helm.sh/release-namespace: {}
                    f:labels:
                      f:app.kubernetes.io/managed-by: {}
                      f:bench: {}
                      f:index: {}
                manager: helm
                operation: Apply
                time: "2026-12-07T16:42:18Z"
              name: cm-0
              namespace: ns
              resourceVersion: "117518"
              uid: ef573377-78cd-410b-b22d-e2eb98834539
            """;

    private static Resource res(String yaml) {
        return new Resource(GoYaml.loadMap(yaml));
    }

    private static Resource config(String data) {
        return res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-0\n  namespace: ns\n  labels:\n"
                + "    app.kubernetes.io/managed-by: Helm\n    bench: \"true\"\n    index: \"0\"\n  annotations:\n"
                + "    meta.helm.sh/release-name: rel\n    meta.helm.sh/release-namespace: ns\ndata:\n" + data);
    }

    @Test
    void theSameFieldsWithTheSameValuesOwnedByHelmAloneChangeNothing() {
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(LIVE_CM))).isTrue();
    }

    @Test
    void aNewValueAFieldDroppedOrAddedIsAChange() {
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: \"2\"\n"), res(LIVE_CM))).isFalse();
        assertThat(ApplyPrediction.certain(config("  version: \"1\"\n"), res(LIVE_CM))).as("helm owns .data.fixed: removed")
                .isFalse();
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: \"1\"\n  new: x\n"), res(LIVE_CM)))
                .isFalse();
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: null\n"), res(LIVE_CM))).isFalse();
    }

    @Test
    void aFieldHelmDoesNotOwnOrAnotherHelmEntryIsNotCertain() {
        String edited = LIVE_CM.replace("    manager: helm\n    operation: Apply\n",
                "    manager: helm\n    operation: Update\n");
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(edited))).isFalse();
        String noLabel = LIVE_CM.replace("          f:index: {}\n", "");
        assertThat(ApplyPrediction.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(noLabel)))
                .as("index owned by someone else: applying makes helm an owner").isFalse();
    }

    @Test
    void listsKeptByKeyAreNeverCertainButAServicesPortsAndNumbersCompareByValue() {
        Resource liveSvc = res("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: svc
                  namespace: ns
                  managedFields:
                  - apiVersion: v1
                    fieldsType: FieldsV1
                    fieldsV1:
                      f:spec:
                        f:ports:
                          k:{"port":80,"protocol":"TCP"}:
                            .: {}
                            f:port: {}
                        f:selector: {}
                    manager: helm
                    operation: Apply
                spec:
                  ports:
                  - port: 80
                    protocol: TCP
                    targetPort: 80
                  selector: {app: x}
                """);
        String svc = "apiVersion: v1\nkind: Service\nmetadata: {name: svc, namespace: ns}\nspec:\n";
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - port: 80\n  selector: {app: x}\n"), liveSvc))
                .as("a Service's ports by port and protocol (TCP by default), its selector as a whole").isTrue();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - {port: 80, protocol: TCP}\n  selector: {app: x}\n"),
                liveSvc)).as("the same entry, but helm would own its protocol too").isFalse();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - {port: 80, protocol: UDP}\n  selector: {app: x}\n"),
                liveSvc)).as("another entry").isFalse();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - {port: 80, targetPort: 80}\n  selector: {app: x}\n"),
                liveSvc)).as("a field helm does not own yet").isFalse();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - port: 80\n  - port: 81\n  selector: {app: x}\n"),
                liveSvc)).as("an entry more").isFalse();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - port: 80\n  selector: {app: y}\n"), liveSvc))
                .as("another selector").isFalse();
        assertThat(ApplyPrediction.predict(res(svc + "  ports:\n  - port: 80\n  selector: {app: x, tier: a}\n"),
                liveSvc, true)).as("a selector is not a value the server stores as given").isEmpty();
        assertThat(ApplyPrediction.certain(res(svc + "  ports:\n  - port: 80\n"), liveSvc)).as("selector dropped")
                .isFalse();
        assertThat(ApplyPrediction.certain(res("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc}\n"
                + "spec:\n  ports:\n  - port: 80\n  selector: {app: x}\n"), liveSvc)).as("only a Service's").isFalse();
        Resource liveReplicas = res("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  managedFields:\n"
                + "  - {manager: helm, operation: Apply, fieldsV1: {\"f:spec\": {\"f:replicas\": {}}}}\nspec: {replicas: 2}\n");
        assertThat(ApplyPrediction.certain(res("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                + "spec: {replicas: 2.0}\n"), liveReplicas)).isTrue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void onAClusterWithoutAdmissionANewDataValueIsPredictedAsTheLiveObjectWithThatValue() {
        Resource live = res(LIVE_CM);
        Resource config = config("  fixed: unchanged 0\n  version: \"2\"\n");
        assertThat(ApplyPrediction.predict(config, live, false)).as("admission may change it: ask").isEmpty();
        Map<String, Object> p = ApplyPrediction.predict(config, live, true).orElseThrow();
        Map<String, Object> expected = live.mutableCopy();
        ((Map<String, Object>) expected.get("data")).put("version", "2");
        assertThat(p).isEqualTo(expected);
        assertThat(ApplyPrediction.predict(config("  fixed: unchanged 0\n  version: \"1\"\n"), live, true))
                .contains(live.object());
    }

    @Test
    void labelsAndAnnotationsOfConfigMapsSecretsAndServicesArePredictedValidLabelValuesOnly() {
        Resource live = res(LIVE_CM);
        Resource relabelled = res("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm-0
                  namespace: ns
                  labels: {app.kubernetes.io/managed-by: Helm, bench: "false", index: "0"}
                  annotations: {meta.helm.sh/release-name: rel, meta.helm.sh/release-namespace: other}
                data: {fixed: unchanged 0, version: "1"}
                """);
        Map<String, Object> p = ApplyPrediction.predict(relabelled, live, true).orElseThrow();
        assertThat(((Map<?, ?>) ((Map<?, ?>) p.get("metadata")).get("labels")).get("bench")).isEqualTo("false");
        assertThat(((Map<?, ?>) ((Map<?, ?>) p.get("metadata")).get("annotations")).get("meta.helm.sh/release-namespace"))
                .isEqualTo("other");
        Resource badLabel = res("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm-0
                  namespace: ns
                  labels: {app.kubernetes.io/managed-by: Helm, bench: "not a label value", index: "0"}
                  annotations: {meta.helm.sh/release-name: rel, meta.helm.sh/release-namespace: ns}
                data: {fixed: unchanged 0, version: "1"}
                """);
        assertThat(ApplyPrediction.predict(badLabel, live, true)).as("the server refuses it: ask, to show its error")
                .isEmpty();
    }

    @Test
    void whatTheServerCouldRefuseOrAnotherManagerSharesIsLeftToTheServer() {
        Resource config = config("  fixed: unchanged 0\n  version: \"2\"\n");
        String shared = LIVE_CM.replace("  name: cm-0\n", "  - {manager: other, operation: Apply, fieldsV1: "
                + "{\"f:data\": {\"f:version\": {}}}}\n  name: cm-0\n");
        assertThat(ApplyPrediction.predict(config, res(shared), true)).as("a conflict").isEmpty();
        String immutable = LIVE_CM + "immutable: true\n";
        assertThat(ApplyPrediction.predict(config, res(immutable), true)).isEmpty();
        Resource huge = config("  fixed: unchanged 0\n  version: \"" + "x".repeat(1024 * 1024) + "\"\n");
        assertThat(ApplyPrediction.predict(huge, res(LIVE_CM), true)).as("over the 1 MiB of a ConfigMap").isEmpty();
        Resource deployment = res("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  managedFields:\n"
                + "  - {manager: helm, operation: Apply, fieldsV1: {\"f:spec\": {\"f:replicas\": {}}}}\nspec: {replicas: 2}\n");
        assertThat(ApplyPrediction.predict(res("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                + "spec: {replicas: 3}\n"), deployment, true)).as("a spec may default or mutate: ask").isEmpty();
    }

    /** A Secret written as {@code stringData}: the server stores it base64 in {@code data}; helm owns the stringData fields. */
    @Test
    void aSecretsStringDataIsComparedAndPredictedAsTheServerStoresIt() {
        Resource live = res("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                  namespace: ns
                  managedFields:
                  - apiVersion: v1
                    fieldsType: FieldsV1
                    fieldsV1:
                      f:stringData:
                        f:version: {}
                    manager: helm
                    operation: Apply
                data:
                  version: MQ==
                type: Opaque
                """);
        Resource same = res("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\nstringData: {version: \"1\"}\n");
        Resource changed = res("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\nstringData: {version: \"2\"}\n");
        assertThat(ApplyPrediction.certain(same, live)).isTrue();
        assertThat(ApplyPrediction.certain(changed, live)).isFalse();
        assertThat(ApplyPrediction.predict(changed, live, true).orElseThrow().get("data")).isEqualTo(Map.of("version", "Mg=="));
        Resource dataLive = res("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                  namespace: ns
                  managedFields:
                  - {manager: helm, operation: Apply, fieldsV1: {"f:data": {"f:version": {}}}}
                data:
                  version: MQ==
                """);
        Resource unpadded = res("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\ndata: {version: Mg}\n");
        assertThat(ApplyPrediction.predict(unpadded, dataLive, true)).as("Go's decoder refuses it: ask the server")
                .isEmpty();
        Resource padded = res("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\ndata: {version: Mg==}\n");
        assertThat(ApplyPrediction.predict(padded, dataLive, true).orElseThrow().get("data"))
                .isEqualTo(Map.of("version", "Mg=="));
    }

    /** The same JSON equality as the client-side merge patch: integers a double cannot tell apart are not the same. */
    @Test
    void anIntegerPastADoublesPrecisionIsAChange() {
        Resource live = withN(res("apiVersion: v1\nkind: X\nmetadata:\n  name: d\n  managedFields:\n"
                + "  - {manager: helm, operation: Apply, fieldsV1: {\"f:spec\": {\"f:n\": {}}}}\n"), 9007199254740992L);
        Resource config = res("apiVersion: v1\nkind: X\nmetadata: {name: d}\n");
        assertThat(ApplyPrediction.certain(withN(config, 9007199254740993L), live)).isFalse();
        assertThat(ApplyPrediction.certain(withN(config, 9007199254740992L), live)).isTrue();
        assertThat(FieldPaths.diff(java.util.Map.of("spec", java.util.Map.of("n", 9007199254740992L)),
                java.util.Map.of("spec", java.util.Map.of("n", 9007199254740993L))))
                .extracting(FieldChange::path).containsExactly(".spec.n");
    }

    private static Resource withN(Resource r, long n) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(r.object());
        m.put("spec", java.util.Map.of("n", n));
        return new Resource(m);
    }
}
