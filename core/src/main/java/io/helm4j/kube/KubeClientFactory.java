package io.helm4j.kube;

import java.util.Map;

/**
 * Makes the real {@link KubeClient}; implemented by the {@code helm4j-kube-jdk} module and found by
 * {@link KubeClients} through {@link java.util.ServiceLoader}, so commands that never talk to a
 * cluster never load it.
 */
public interface KubeClientFactory {
    /**
     * A client for the cluster the options describe. {@code env} is the process environment
     * ({@code HOME}, {@code KUBECONFIG}, proxies, and what exec credential plugins inherit).
     */
    KubeClient create(KubeClientOptions options, Map<String, String> env);

    /**
     * Work every client will need whatever its options (for the JDK client: the TLS provider's set-up), done ahead
     * on a background thread by {@link KubeClients#prepare()}. Must not throw; the default does nothing.
     */
    default void prepare() {
    }
}
