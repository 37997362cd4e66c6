package io.helm4j.kube.jdk;

import java.util.List;
import java.util.Map;

/**
 * A kubeconfig after loading and merging: named clusters, users and contexts, and the current
 * context. File paths inside are already absolute (resolved against the file that named them).
 */
public record KubeConfig(
        Map<String, Cluster> clusters,
        Map<String, User> users,
        Map<String, Context> contexts,
        String currentContext) {
    public KubeConfig {
        clusters = Map.copyOf(clusters);
        users = Map.copyOf(users);
        contexts = Map.copyOf(contexts);
        currentContext = currentContext == null ? "" : currentContext;
    }

    /** A {@code clusters[].cluster} entry. {@code caData} is decoded PEM. */
    public record Cluster(String server, String caFile, byte[] caData, boolean insecureSkipTlsVerify,
            String tlsServerName, String proxyUrl) {
    }

    /**
     * A {@code users[].user} entry. Certificate and key data are decoded PEM; {@code exec} is null
     * when the user has no credential plugin.
     */
    public record User(String token, String tokenFile, String clientCertificate, byte[] clientCertificateData,
            String clientKey, byte[] clientKeyData, String username, String password, String as,
            List<String> asGroups, Exec exec) {
    }

    /** A {@code contexts[].context} entry. */
    public record Context(String cluster, String user, String namespace) {
    }

    /** {@code user.exec}: a client.authentication.k8s.io credential plugin. */
    public record Exec(String apiVersion, String command, List<String> args, Map<String, String> env,
            boolean provideClusterInfo, String interactiveMode, String installHint) {
    }
}
