package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeJson;
import io.helm4j.kube.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagedFieldsTest {
    /** managedFields as a v1.32 API server wrote them after a helm apply, a kubectl scale and a kubectl edit. */
    private static final Resource DEPLOYMENT = new Resource(KubeJson.parseObject("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","managedFields":[
             {"manager":"helm","operation":"Apply","apiVersion":"apps/v1","time":"2026-12-07T12:00:00Z",
              "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:template":{"f:spec":{"f:containers":{
                "k:{\\"name\\":\\"web\\"}":{".":{},"f:name":{},"f:ports":{"k:{\\"containerPort\\":80,\\"protocol\\":\\"TCP\\"}":
                  {".":{},"f:containerPort":{}}}}}}}}}},
             {"manager":"kubectl","operation":"Update","apiVersion":"apps/v1","subresource":"scale",
              "time":"2026-12-07T12:01:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:replicas":{}}}},
             {"manager":"kubectl-edit","operation":"Update","apiVersion":"apps/v1","time":"2026-12-07T12:02:00Z",
              "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:template":{"f:spec":{"f:containers":{
                "k:{\\"name\\":\\"web\\"}":{"f:image":{}}}}}}}}]}}
            """));

    @Test
    void readsFieldsV1IntoFieldPaths() {
        List<ManagedFields.Entry> entries = ManagedFields.of(DEPLOYMENT);
        assertThat(entries).extracting(ManagedFields.Entry::manager).containsExactly("helm", "kubectl", "kubectl-edit");
        assertThat(entries.get(0).fields()).contains(".spec.template.spec.containers[name=\"web\"]",
                ".spec.template.spec.containers[name=\"web\"].ports[containerPort=80,protocol=\"TCP\"].containerPort");
        assertThat(entries.get(1).who()).isEqualTo("kubectl (Update, scale)");
    }

    @Test
    void findsWhoOwnsAFieldOtherThanHelm() {
        List<ManagedFields.Entry> entries = ManagedFields.of(DEPLOYMENT);
        assertThat(ManagedFields.owners(entries, ".spec.replicas", "helm")).extracting(ManagedFields.Entry::manager)
                .containsExactly("kubectl");
        assertThat(ManagedFields.owners(entries, ".spec.template.spec.containers[name=\"web\"].image", "helm"))
                .extracting(ManagedFields.Entry::manager).containsExactly("kubectl-edit");
        assertThat(ManagedFields.owners(entries, ".spec.template.spec.containers[name=\"web\"].name", "helm")).isEmpty();
    }
}
