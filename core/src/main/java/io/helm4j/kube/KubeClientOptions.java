package io.helm4j.kube;

import io.helm4j.settings.HelmSettings;
import java.util.List;
import java.util.Objects;

/**
 * How to reach the cluster: the kubeconfig files (a KUBECONFIG-style list, empty for
 * {@code ~/.kube/config}) and Helm's overrides ({@code --kube-context}, {@code --kube-apiserver},
 * {@code --kube-token}, {@code --kube-as-user}, {@code --kube-as-group}, {@code --kube-ca-file},
 * {@code --kube-insecure-skip-tls-verify}, {@code --kube-tls-server-name}, {@code --namespace},
 * {@code --qps}, {@code --burst-limit}). Empty strings mean "not overridden".
 */
public record KubeClientOptions(
        String kubeConfig,
        String context,
        String namespace,
        String apiServer,
        String token,
        String asUser,
        List<String> asGroups,
        String caFile,
        boolean insecureSkipTlsVerify,
        String tlsServerName,
        float qps,
        int burst) {
    public KubeClientOptions {
        kubeConfig = orEmpty(kubeConfig);
        context = orEmpty(context);
        namespace = orEmpty(namespace);
        apiServer = orEmpty(apiServer);
        token = orEmpty(token);
        asUser = orEmpty(asUser);
        asGroups = List.copyOf(Objects.requireNonNullElse(asGroups, List.of()));
        caFile = orEmpty(caFile);
        tlsServerName = orEmpty(tlsServerName);
        if (qps < 0 || burst < 0) {
            throw new IllegalArgumentException("--qps and --burst-limit cannot be negative");
        }
    }

    /** Only a kubeconfig: every override empty, client-go's default rate limits. */
    public static KubeClientOptions ofKubeConfig(String kubeConfig) {
        return new KubeClientOptions(kubeConfig, "", "", "", "", "", List.of(), "", false, "", 0, 0);
    }

    /** The connection Helm's global flags and {@code HELM_KUBE*} variables describe. */
    public static KubeClientOptions from(HelmSettings s) {
        return new KubeClientOptions(s.kubeConfig(), s.kubeContext(), s.namespace(), s.kubeApiServer(),
                s.kubeToken(), s.kubeAsUser(), s.kubeAsGroups(), s.kubeCaFile(), s.kubeInsecureSkipTlsVerify(),
                s.kubeTlsServerName(), s.qps(), s.burstLimit());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
