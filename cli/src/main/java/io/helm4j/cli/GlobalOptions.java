package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm's global flags, inherited by every subcommand. Each field is null when the flag was not
 * given, so {@link #settings(Map, Path)} can lay the flags over the environment's defaults.
 */
public final class GlobalOptions {
    String namespace;
    String kubeConfig;
    String kubeContext;
    String kubeToken;
    String kubeAsUser;
    List<String> kubeAsGroups;
    String kubeApiServer;
    String kubeCaFile;
    String kubeTlsServerName;
    Boolean kubeInsecureSkipTlsVerify;
    Boolean debug;
    String registryConfig;
    String repositoryConfig;
    String repositoryCache;
    String contentCache;
    Integer burstLimit;
    Float qps;
    String colorMode;

    /** Declares the flags on the root command, inherited by every subcommand. */
    void declare(Specs s) {
        s.option("-n, --namespace", "namespace scope for this request").inherited().label("<namespace>")
                .string(() -> namespace, v -> namespace = v);
        s.option("--kubeconfig", "path to the kubeconfig file").inherited().label("<kubeConfig>")
                .string(() -> kubeConfig, v -> kubeConfig = v);
        s.option("--kube-context", "name of the kubeconfig context to use").inherited().label("<kubeContext>")
                .string(() -> kubeContext, v -> kubeContext = v);
        s.option("--kube-token", "bearer token used for authentication").inherited().label("<kubeToken>")
                .string(() -> kubeToken, v -> kubeToken = v);
        s.option("--kube-as-user", "username to impersonate for the operation").inherited().label("<kubeAsUser>")
                .string(() -> kubeAsUser, v -> kubeAsUser = v);
        s.option("--kube-as-group",
                "group to impersonate for the operation, this flag can be repeated to specify multiple groups.")
                .inherited().label("<kubeAsGroups>")
                .strings(() -> kubeAsGroups, v -> kubeAsGroups = v);
        s.option("--kube-apiserver", "the address and the port for the Kubernetes API server")
                .inherited().label("<kubeApiServer>")
                .string(() -> kubeApiServer, v -> kubeApiServer = v);
        s.option("--kube-ca-file", "the certificate authority file for the Kubernetes API server connection")
                .inherited().label("<kubeCaFile>")
                .string(() -> kubeCaFile, v -> kubeCaFile = v);
        s.option("--kube-tls-server-name", "server name to use for Kubernetes API server certificate validation")
                .inherited().label("<kubeTlsServerName>")
                .string(() -> kubeTlsServerName, v -> kubeTlsServerName = v);
        s.option("--kube-insecure-skip-tls-verify",
                "if true, the Kubernetes API server's certificate will not be checked for validity")
                .inherited().optionalValue("true").label("<kubeInsecureSkipTlsVerify>")
                .value(Boolean.class, () -> kubeInsecureSkipTlsVerify, v -> kubeInsecureSkipTlsVerify = v);
        s.option("--debug", "enable verbose output").inherited().optionalValue("true").label("<debug>")
                .value(Boolean.class, () -> debug, v -> debug = v);
        s.option("--registry-config", "path to the registry config file").inherited().label("<registryConfig>")
                .string(() -> registryConfig, v -> registryConfig = v);
        s.option("--repository-config", "path to the file containing repository names and URLs")
                .inherited().label("<repositoryConfig>")
                .string(() -> repositoryConfig, v -> repositoryConfig = v);
        s.option("--repository-cache", "path to the directory containing cached repository indexes")
                .inherited().label("<repositoryCache>")
                .string(() -> repositoryCache, v -> repositoryCache = v);
        s.option("--content-cache", "path to the directory containing cached content (e.g. charts)")
                .inherited().label("<contentCache>")
                .string(() -> contentCache, v -> contentCache = v);
        s.option("--burst-limit", "client-side default throttling limit").inherited().label("<burstLimit>")
                .value(Integer.class, () -> burstLimit, v -> burstLimit = v);
        s.option("--qps", "queries per second used when communicating with the Kubernetes API, not including bursting")
                .inherited().label("<qps>")
                .value(Float.class, () -> qps, v -> qps = v);
        s.option("--color, --colour", "use colored output (never, auto, always)").inherited().label("<colorMode>")
                .string(() -> colorMode, v -> colorMode = v);
    }

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
