package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Helm's global flags, inherited by every subcommand. Each field is null when the flag was not
 * given, so {@link #settings(Map, Path)} can lay the flags over the environment's defaults.
 */
public final class GlobalOptions {
    @Option(names = {"-n", "--namespace"}, scope = ScopeType.INHERIT, description = "namespace scope for this request")
    String namespace;
    @Option(names = "--kubeconfig", scope = ScopeType.INHERIT, description = "path to the kubeconfig file")
    String kubeConfig;
    @Option(names = "--kube-context", scope = ScopeType.INHERIT, description = "name of the kubeconfig context to use")
    String kubeContext;
    @Option(names = "--kube-token", scope = ScopeType.INHERIT, description = "bearer token used for authentication")
    String kubeToken;
    @Option(names = "--kube-as-user", scope = ScopeType.INHERIT, description = "username to impersonate for the operation")
    String kubeAsUser;
    @Option(names = "--kube-as-group", scope = ScopeType.INHERIT,
            description = "group to impersonate for the operation, this flag can be repeated to specify multiple groups.")
    List<String> kubeAsGroups;
    @Option(names = "--kube-apiserver", scope = ScopeType.INHERIT, description = "the address and the port for the Kubernetes API server")
    String kubeApiServer;
    @Option(names = "--kube-ca-file", scope = ScopeType.INHERIT,
            description = "the certificate authority file for the Kubernetes API server connection")
    String kubeCaFile;
    @Option(names = "--kube-tls-server-name", scope = ScopeType.INHERIT,
            description = "server name to use for Kubernetes API server certificate validation")
    String kubeTlsServerName;
    @Option(names = "--kube-insecure-skip-tls-verify", scope = ScopeType.INHERIT, arity = "0..1", fallbackValue = "true",
            description = "if true, the Kubernetes API server's certificate will not be checked for validity")
    Boolean kubeInsecureSkipTlsVerify;
    @Option(names = "--debug", scope = ScopeType.INHERIT, arity = "0..1", fallbackValue = "true", description = "enable verbose output")
    Boolean debug;
    @Option(names = "--registry-config", scope = ScopeType.INHERIT, description = "path to the registry config file")
    String registryConfig;
    @Option(names = "--repository-config", scope = ScopeType.INHERIT, description = "path to the file containing repository names and URLs")
    String repositoryConfig;
    @Option(names = "--repository-cache", scope = ScopeType.INHERIT,
            description = "path to the directory containing cached repository indexes")
    String repositoryCache;
    @Option(names = "--content-cache", scope = ScopeType.INHERIT,
            description = "path to the directory containing cached content (e.g. charts)")
    String contentCache;
    @Option(names = "--burst-limit", scope = ScopeType.INHERIT, description = "client-side default throttling limit")
    Integer burstLimit;
    @Option(names = "--qps", scope = ScopeType.INHERIT,
            description = "queries per second used when communicating with the Kubernetes API, not including bursting")
    Float qps;
    @Option(names = {"--color", "--colour"}, scope = ScopeType.INHERIT, description = "use colored output (never, auto, always)")
    String colorMode;

    /** The immutable settings: environment defaults with these flags laid over them. */
    public HelmSettings settings(Map<String, String> env, Path userHome) {
        HelmSettings d = HelmSettings.fromEnvironment(env, userHome);
        return new HelmSettings(
                d.paths(),
                or(namespace, d.namespace()),
                or(kubeConfig, d.kubeConfig()),
                or(kubeContext, d.kubeContext()),
                or(kubeToken, d.kubeToken()),
                or(kubeAsUser, d.kubeAsUser()),
                kubeAsGroups != null ? new ArrayList<>(kubeAsGroups) : d.kubeAsGroups(),
                or(kubeApiServer, d.kubeApiServer()),
                or(kubeCaFile, d.kubeCaFile()),
                kubeInsecureSkipTlsVerify != null ? kubeInsecureSkipTlsVerify : d.kubeInsecureSkipTlsVerify(),
                or(kubeTlsServerName, d.kubeTlsServerName()),
                debug != null ? debug : d.debug(),
                or(registryConfig, d.registryConfig()),
                or(repositoryConfig, d.repositoryConfig()),
                or(repositoryCache, d.repositoryCache()),
                or(contentCache, d.contentCache()),
                d.pluginsDirectory(),
                d.maxHistory(),
                burstLimit != null ? burstLimit : d.burstLimit(),
                qps != null ? qps : d.qps(),
                or(colorMode, d.colorMode()),
                d.maxChartSize(),
                d.maxChartFileSize());
    }

    private static String or(String flag, String def) {
        return flag != null ? flag : def;
    }
}
