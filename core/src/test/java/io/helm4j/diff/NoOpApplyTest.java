package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.Resource;
import io.helm4j.yaml.GoYaml;
import org.junit.jupiter.api.Test;

/**
 * When a server-side apply is certain to change nothing. The live objects are as kube-apiserver v1.32 returned
 * them after helm4j installed them (managedFields included).
 */
class NoOpApplyTest {
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
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(LIVE_CM))).isTrue();
    }

    @Test
    void aNewValueAFieldDroppedOrAddedIsAChange() {
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: \"2\"\n"), res(LIVE_CM))).isFalse();
        assertThat(NoOpApply.certain(config("  version: \"1\"\n"), res(LIVE_CM))).as("helm owns .data.fixed: removed")
                .isFalse();
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: \"1\"\n  new: x\n"), res(LIVE_CM)))
                .isFalse();
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: null\n"), res(LIVE_CM))).isFalse();
    }

    @Test
    void aFieldHelmDoesNotOwnOrAnotherHelmEntryIsNotCertain() {
        String edited = LIVE_CM.replace("    manager: helm\n    operation: Apply\n",
                "    manager: helm\n    operation: Update\n");
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(edited))).isFalse();
        String noLabel = LIVE_CM.replace("          f:index: {}\n", "");
        assertThat(NoOpApply.certain(config("  fixed: unchanged 0\n  version: \"1\"\n"), res(noLabel)))
                .as("index owned by someone else: applying makes helm an owner").isFalse();
    }

    @Test
    void listsKeptByKeyAreNeverCertainAndNumbersCompareByValue() {
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
        assertThat(NoOpApply.certain(res("apiVersion: v1\nkind: Service\nmetadata: {name: svc, namespace: ns}\n"
                + "spec:\n  ports:\n  - port: 80\n  selector: {app: x}\n"), liveSvc)).isFalse();
        Resource liveReplicas = res("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  managedFields:\n"
                + "  - {manager: helm, operation: Apply, fieldsV1: {\"f:spec\": {\"f:replicas\": {}}}}\nspec: {replicas: 2}\n");
        assertThat(NoOpApply.certain(res("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                + "spec: {replicas: 2.0}\n"), liveReplicas)).isTrue();
    }

    /** The same JSON equality as the client-side merge patch: integers a double cannot tell apart are not the same. */
    @Test
    void anIntegerPastADoublesPrecisionIsAChange() {
        Resource live = withN(res("apiVersion: v1\nkind: X\nmetadata:\n  name: d\n  managedFields:\n"
                + "  - {manager: helm, operation: Apply, fieldsV1: {\"f:spec\": {\"f:n\": {}}}}\n"), 9007199254740992L);
        Resource config = res("apiVersion: v1\nkind: X\nmetadata: {name: d}\n");
        assertThat(NoOpApply.certain(withN(config, 9007199254740993L), live)).isFalse();
        assertThat(NoOpApply.certain(withN(config, 9007199254740992L), live)).isTrue();
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
