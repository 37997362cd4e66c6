package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeClientOptions;
import io.helm4j.kube.KubeConfigException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Picks the context (the {@code --kube-context} override, else current-context), its cluster and
 * user, and applies Helm's overrides the way kubectl's ConfigFlags do: {@code --kube-apiserver}
 * replaces the server, {@code --kube-ca-file} the CA, {@code --kube-insecure-skip-tls-verify} drops
 * the CA, {@code --kube-token} replaces the user's credentials, {@code --kube-as-user}/{@code -group}
 * impersonate. With no kubeconfig at all, a pod's service account is used (in-cluster config), else client-go's
 * default server ({@link #defaultServer}).
 */
public final class ConnectionResolver {
    static final String SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

    private ConnectionResolver() {
    }

    public static Connection resolve(KubeConfig config, KubeClientOptions o, Map<String, String> env) {
        String contextName = o.context().isEmpty() ? config.currentContext() : o.context();
        KubeConfig.Context ctx = config.contexts().get(contextName);
        if (!contextName.isEmpty() && ctx == null) {
            throw new KubeConfigException("context \"" + contextName + "\" does not exist");
        }
        if (ctx == null && o.apiServer().isEmpty() && env.containsKey("KUBERNETES_SERVICE_HOST")) {
            return inCluster(o, env);
        }
        if (ctx == null) {
            ctx = new KubeConfig.Context("", "", "");
        }
        KubeConfig.Cluster cluster = config.clusters().getOrDefault(ctx.cluster(), emptyCluster());
        KubeConfig.User user = config.users().getOrDefault(ctx.user(), emptyUser());
        String server = o.apiServer().isEmpty() ? cluster.server() : o.apiServer();
        if (server.isEmpty()) {
            server = defaultServer(env);
        }
        boolean insecure = o.insecureSkipTlsVerify() || cluster.insecureSkipTlsVerify();
        byte[] ca = ca(cluster, o);
        if (insecure && ca != null) {
            if (!o.insecureSkipTlsVerify()) {
                throw new KubeConfigException(
                        "invalid configuration: specifying a root certificates file with the insecure flag is not allowed");
            }
            ca = null;
        }
        boolean tokenOverride = !o.token().isEmpty();
        String ns = !o.namespace().isEmpty() ? o.namespace() : ctx.namespace().isEmpty() ? "default" : ctx.namespace();
        return new Connection(serverUri(server), ns, ca, insecure,
                o.tlsServerName().isEmpty() ? cluster.tlsServerName() : o.tlsServerName(),
                cluster.proxyUrl().isEmpty() ? null : URI.create(cluster.proxyUrl()),
                tokenOverride ? null : pem(user.clientCertificateData(), user.clientCertificate()),
                tokenOverride ? null : pem(user.clientKeyData(), user.clientKey()),
                tokenOverride ? o.token() : user.token(), tokenOverride ? "" : user.tokenFile(),
                tokenOverride ? "" : user.username(), tokenOverride ? "" : user.password(),
                tokenOverride ? null : user.exec(), cluster,
                o.asUser().isEmpty() ? user.as() : o.asUser(),
                o.asGroups().isEmpty() ? user.asGroups() : o.asGroups(),
                o.qps() > 0 ? o.qps() : Connection.DEFAULT_QPS, o.burst() > 0 ? o.burst() : Connection.DEFAULT_BURST);
    }

    /**
     * client-go's {@code ClusterDefaults}, which cli-runtime (and so Helm) lays under every cluster: a kubeconfig
     * with no server, or none at all, talks to {@code $KUBERNETES_MASTER}, else {@code http://localhost:8080}, and a
     * command then fails as Helm's does ({@code kubernetes cluster unreachable: Get "http://localhost:8080/version":
     * dial tcp 127.0.0.1:8080: connect: connection refused}).
     */
    static String defaultServer(Map<String, String> env) {
        String master = env.getOrDefault("KUBERNETES_MASTER", "");
        return master.isEmpty() ? "http://localhost:8080" : master;
    }

    /** rest.InClusterConfig: the service account's token, CA and namespace. */
    private static Connection inCluster(KubeClientOptions o, Map<String, String> env) {
        String host = env.get("KUBERNETES_SERVICE_HOST");
        String port = env.getOrDefault("KUBERNETES_SERVICE_PORT", "443");
        Path dir = Path.of(env.getOrDefault("HELM4J_SERVICEACCOUNT_DIR", SA_DIR));
        byte[] ca = o.caFile().isEmpty() ? readOrNull(dir.resolve("ca.crt")) : read(o.caFile());
        String ns = o.namespace();
        if (ns.isEmpty()) {
            byte[] nsFile = readOrNull(dir.resolve("namespace"));
            ns = nsFile == null ? "default" : new String(nsFile).strip();
        }
        String server = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        KubeConfig.Cluster cluster = new KubeConfig.Cluster(server, "", ca, false, "", "");
        return new Connection(URI.create(server), ns, o.insecureSkipTlsVerify() ? null : ca,
                o.insecureSkipTlsVerify(), o.tlsServerName(), null, null, null, o.token(),
                o.token().isEmpty() ? dir.resolve("token").toString() : "", "", "", null, cluster, o.asUser(),
                o.asGroups(), o.qps() > 0 ? o.qps() : Connection.DEFAULT_QPS,
                o.burst() > 0 ? o.burst() : Connection.DEFAULT_BURST);
    }

    private static URI serverUri(String server) {
        String s = server.contains("://") ? server : "https://" + server;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    private static byte[] ca(KubeConfig.Cluster cluster, KubeClientOptions o) {
        if (!o.caFile().isEmpty()) {
            return read(o.caFile());
        }
        return pem(cluster.caData(), cluster.caFile());
    }

    private static byte[] pem(byte[] data, String file) {
        if (data != null) {
            return data;
        }
        return file.isEmpty() ? null : read(file);
    }

    static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new KubeConfigException("unable to read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readOrNull(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static KubeConfig.Cluster emptyCluster() {
        return new KubeConfig.Cluster("", "", null, false, "", "");
    }

    private static KubeConfig.User emptyUser() {
        return new KubeConfig.User("", "", "", null, "", null, "", "", "", List.of(), null);
    }
}
