package io.helm4j.kube.jdk;

import java.net.URI;
import java.util.List;

/**
 * Everything needed to talk to one API server, once the kubeconfig and Helm's overrides are
 * resolved (client-go's rest.Config). PEM contents are bytes; {@code exec} is null without a plugin.
 */
public record Connection(
        URI server,
        String namespace,
        byte[] caPem,
        boolean insecureSkipTlsVerify,
        String tlsServerName,
        URI proxy,
        byte[] clientCertPem,
        byte[] clientKeyPem,
        String token,
        String tokenFile,
        String username,
        String password,
        KubeConfig.Exec exec,
        KubeConfig.Cluster cluster,
        String impersonateUser,
        List<String> impersonateGroups,
        float qps,
        int burst) {
    public Connection {
        impersonateGroups = List.copyOf(impersonateGroups);
    }

    /** client-go's defaults when {@code --qps} or {@code --burst-limit} is 0: 5 requests a second, bursts of 10. */
    public static final float DEFAULT_QPS = 5f;
    public static final int DEFAULT_BURST = 10;
}
