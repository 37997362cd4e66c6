package io.helm4j.kube.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.kube.KubeConfigException;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvProxySelectorTest {
    private static String select(java.net.ProxySelector s, String url) {
        Proxy p = s.select(URI.create(url)).getFirst();
        return p.type() == Proxy.Type.DIRECT ? "direct" : p.address().toString();
    }

    @Test
    void theClustersProxyUrlIsUsedForEveryRequest() {
        var s = EnvProxySelector.of(URI.create("http://proxy.corp:3128"), Map.of());
        assertThat(select(s, "https://api.example:6443/api")).isEqualTo("proxy.corp/<unresolved>:3128");
    }

    @Test
    void environmentProxiesFollowGosRules() {
        var s = EnvProxySelector.of(null, Map.of("HTTPS_PROXY", "envproxy:8080", "no_proxy", "internal.example,.svc,10.1.2.3"));
        assertThat(select(s, "https://api.example:6443")).isEqualTo("envproxy/<unresolved>:8080");
        assertThat(select(s, "https://internal.example")).isEqualTo("direct");
        assertThat(select(s, "https://a.internal.example")).isEqualTo("direct");
        assertThat(select(s, "https://kubernetes.default.svc")).isEqualTo("direct");
        assertThat(select(s, "https://10.1.2.3:6443")).isEqualTo("direct");
        assertThat(select(s, "https://127.0.0.1:6443")).as("loopback never goes through a proxy").isEqualTo("direct");
        assertThat(select(s, "https://localhost:6443")).isEqualTo("direct");
        assertThat(EnvProxySelector.of(null, Map.of())).isNull();
    }

    @Test
    void socksProxiesAreRefusedClearly() {
        assertThatThrownBy(() -> EnvProxySelector.of(URI.create("socks5://p:1080"), Map.of()))
                .isInstanceOf(KubeConfigException.class)
                .hasMessageContaining("scheme \"socks5\" is not supported");
    }
}
