package io.helm4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.WriteOptions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Predictions need a cluster with no admission webhook or policy, checked by listing their configurations. */
class AdmissionTest {
    private static final String GROUP = "admissionregistration.k8s.io";

    private static FakeKubeClient withAdmissionKinds() {
        FakeKubeClient kube = new FakeKubeClient("ns", Clock.systemUTC());
        kube.addMapping(new ResourceMapping(new GroupVersionKind(GROUP, "v1", "MutatingWebhookConfiguration"),
                "mutatingwebhookconfigurations", false));
        kube.addMapping(new ResourceMapping(new GroupVersionKind(GROUP, "v1", "ValidatingAdmissionPolicy"),
                "validatingadmissionpolicies", false));
        return kube;
    }

    @Test
    void aClusterWithoutWebhooksOrPoliciesIsFree() {
        assertThat(Admission.none(withAdmissionKinds())).isTrue();
    }

    @Test
    void anyWebhookOrPolicyMakesItNotFree() {
        FakeKubeClient kube = withAdmissionKinds();
        kube.create(new Resource(Map.of("apiVersion", GROUP + "/v1", "kind", "ValidatingAdmissionPolicy",
                "metadata", Map.of("name", "p"))), WriteOptions.helm());
        assertThat(Admission.none(kube)).isFalse();
    }

    @Test
    void aServerThatDoesNotServeTheGroupOrRefusesTheListIsNotKnownToBeFree() {
        FakeKubeClient fake = withAdmissionKinds();
        assertThat(Admission.none(answering(fake, "apiVersions", java.util.List.of("v1")))).isFalse();
        assertThat(Admission.none(answering(fake, "list", new io.helm4j.kube.KubeForbiddenException("forbidden"))))
                .isFalse();
    }

    /** The fake, but for one method, which returns {@code answer} (or throws it). */
    private static KubeClient answering(FakeKubeClient fake, String method, Object answer) {
        return (KubeClient) java.lang.reflect.Proxy.newProxyInstance(KubeClient.class.getClassLoader(),
                new Class<?>[] {KubeClient.class}, (proxy, m, args) -> {
                    if (m.getName().equals(method)) {
                        if (answer instanceof RuntimeException e) {
                            throw e;
                        }
                        return answer;
                    }
                    try {
                        return m.invoke(fake, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
