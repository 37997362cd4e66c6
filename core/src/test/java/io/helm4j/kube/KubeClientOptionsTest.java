package io.helm4j.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeClientOptionsTest {
    @Test
    void helmsKubeVariablesBecomeTheConnectionOverrides() {
        HelmSettings s = HelmSettings.fromEnvironment(Map.of(
                "KUBECONFIG", "/a:/b", "HELM_NAMESPACE", "ns", "HELM_KUBECONTEXT", "ctx", "HELM_KUBETOKEN", "tok",
                "HELM_KUBEASUSER", "alice", "HELM_KUBEASGROUPS", "g1,g2", "HELM_KUBEAPISERVER", "https://api",
                "HELM_KUBECAFILE", "/ca", "HELM_KUBEINSECURE_SKIP_TLS_VERIFY", "true", "HELM_KUBETLS_SERVER_NAME", "api.local"),
                Path.of("/home/u"));
        KubeClientOptions o = KubeClientOptions.from(s);
        assertThat(o).isEqualTo(new KubeClientOptions("/a:/b", "ctx", "ns", "https://api", "tok", "alice",
                List.of("g1", "g2"), "/ca", true, "api.local", 0f, HelmSettings.DEFAULT_BURST_LIMIT));
    }

    @Test
    void negativeRateLimitsAreRefused() {
        assertThatThrownBy(() -> new KubeClientOptions("", "", "", "", "", "", List.of(), "", false, "", -1f, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnImplementationOnTheClassPathTheErrorSaysWhatToAdd() {
        // core's own tests run without helm4j-kube-jdk
        assertThatThrownBy(() -> KubeClients.open(KubeClientOptions.ofKubeConfig(""), Map.of()))
                .hasMessage("no Kubernetes client on the class path: add the helm4j-kube-jdk module");
    }
}
