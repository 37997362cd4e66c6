package io.helm4j.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeClients;
import io.helm4j.kube.ResourceRef;
import io.helm4j.storage.KubeRecordObjects;
import io.helm4j.storage.RecordObjectsContract;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KubeRecordObjects} over the real Kubernetes client against a real API server: runs only when
 * HELM4J_IT_KUBECONFIG names a kubeconfig (see ../shared/cluster), in a namespace of its own.
 */
class RecordObjectsClusterTest {
    private static final String KUBECONFIG = System.getenv("HELM4J_IT_KUBECONFIG");
    private static final String NAMESPACE = "helm4j-rec-" + UUID.randomUUID().toString().substring(0, 8);
    private static KubeClient kube;

    @BeforeAll
    static void connect() {
        if (KUBECONFIG == null || KUBECONFIG.isEmpty()) {
            return;
        }
        kube = KubeClients.open(new KubeClientOptions(KUBECONFIG, "", NAMESPACE, "", "", "", List.of(), "", false, "",
                0, 0), System.getenv());
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
            kube.delete(new ResourceRef(new GroupVersionKind("", "v1", "Namespace"), "", NAMESPACE),
                    DeleteOptions.background());
            kube.close();
        }
    }

    @Test
    void secretsOnARealServerKeepTheContract() {
        RecordObjectsContract.verify(new KubeRecordObjects(kube, "Secret", NAMESPACE), "it");
    }

    @Test
    void configMapsOnARealServerKeepTheContract() {
        RecordObjectsContract.verify(new KubeRecordObjects(kube, "ConfigMap", NAMESPACE), "it");
    }
}
