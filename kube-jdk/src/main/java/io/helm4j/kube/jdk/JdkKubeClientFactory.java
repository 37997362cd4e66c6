package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeClientFactory;
import io.helm4j.kube.KubeClientOptions;
import java.time.Clock;
import java.util.Map;

/** The {@link KubeClientFactory} that {@link io.helm4j.kube.KubeClients} finds: kubeconfig, then HTTP. */
public final class JdkKubeClientFactory implements KubeClientFactory {
    @Override
    public KubeClient create(KubeClientOptions options, Map<String, String> env) {
        KubeConfig config = KubeConfigLoader.load(options.kubeConfig(), env);
        return connect(ConnectionResolver.resolve(config, options, env), env, Clock.systemUTC());
    }

    /** The JDK's TLS set-up, ahead of the first connection ({@link TlsContexts#prepare()}). */
    @Override
    public void prepare() {
        TlsContexts.prepare();
    }

    /** A client for an already resolved connection. */
    public static KubeClient connect(Connection connection, Map<String, String> env, Clock clock) {
        return new JdkKubeClient(new KubeHttp(connection, env, clock), connection.namespace());
    }
}
