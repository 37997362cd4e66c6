package io.helm4j.cli;

import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helm's global flags (its {@code EnvSettings.AddFlags}): the Kubernetes connection, the paths,
 * {@code --debug}, {@code --color}; declared on the root command and inherited by every subcommand.
 * A flag not given is null, so {@link #settings(Map, Path)} lays the given ones over the
 * environment's defaults, which help shows as the flags' defaults, as Helm's does.
 */
public final class GlobalFlags {
    private final Flag<String> namespace;
    private final Flag<String> kubeConfig;
    private final Flag<String> kubeContext;
    private final Flag<String> kubeToken;
    private final Flag<String> kubeAsUser;
    private final Flag<List<String>> kubeAsGroups;
    private final Flag<String> kubeApiServer;
    private final Flag<String> kubeCaFile;
    private final Flag<String> kubeTlsServerName;
    private final Flag<Boolean> kubeInsecureSkipTlsVerify;
    private final Flag<Boolean> debug;
    private final Flag<String> registryConfig;
    private final Flag<String> repositoryConfig;
    private final Flag<String> repositoryCache;
    private final Flag<String> contentCache;
    private final Flag<Integer> burstLimit;
    private final Flag<Float> qps;
    private final Flag<String> color;
    private final Flag<String> colour;

    GlobalFlags(Flags<?> f) {
        namespace = global(f.string("-n, --namespace", "namespace scope for this request", null),
                HelmSettings::namespace);
        kubeConfig = global(f.string("--kubeconfig", "path to the kubeconfig file", null), s -> "");
        kubeContext = global(f.string("--kube-context", "name of the kubeconfig context to use", null),
                HelmSettings::kubeContext);
        kubeToken = global(f.string("--kube-token", "bearer token used for authentication", null),
                HelmSettings::kubeToken);
        kubeAsUser = global(f.string("--kube-as-user", "username to impersonate for the operation", null),
                HelmSettings::kubeAsUser);
        kubeAsGroups = global(f.add(new Flag<List<String>>("--kube-as-group", Flag.Kind.STRING_ARRAY,
                "group to impersonate for the operation, this flag can be repeated to specify multiple groups.", null),
                null), s -> "[" + String.join(",", s.kubeAsGroups()) + "]");
        kubeApiServer = global(f.string("--kube-apiserver", "the address and the port for the Kubernetes API server",
                null), HelmSettings::kubeApiServer);
        kubeCaFile = global(f.string("--kube-ca-file",
                "the certificate authority file for the Kubernetes API server connection", null),
                HelmSettings::kubeCaFile);
        kubeTlsServerName = global(f.string("--kube-tls-server-name", "server name to use for Kubernetes API server "
                + "certificate validation. If it is not provided, the hostname used to contact the server is used",
                null), HelmSettings::kubeTlsServerName);
        kubeInsecureSkipTlsVerify = global(f.optionalBool("--kube-insecure-skip-tls-verify", "if true, the Kubernetes "
                + "API server's certificate will not be checked for validity. This will make your HTTPS connections "
                + "insecure", null), s -> Boolean.toString(s.kubeInsecureSkipTlsVerify()));
        debug = global(f.optionalBool("--debug", "enable verbose output", null), s -> Boolean.toString(s.debug()));
        registryConfig = global(f.string("--registry-config", "path to the registry config file", null),
                HelmSettings::registryConfig);
        repositoryConfig = global(f.string("--repository-config",
                "path to the file containing repository names and URLs", null), HelmSettings::repositoryConfig);
        repositoryCache = global(f.string("--repository-cache",
                "path to the directory containing cached repository indexes", null), HelmSettings::repositoryCache);
        contentCache = global(f.string("--content-cache",
                "path to the directory containing cached content (e.g. charts)", null), HelmSettings::contentCache);
        burstLimit = global(f.add(new Flag<Integer>("--burst-limit", Flag.Kind.INT,
                "client-side default throttling limit", null), null), s -> Integer.toString(s.burstLimit()));
        qps = global(f.add(new Flag<Float>("--qps", Flag.Kind.FLOAT32,
                "queries per second used when communicating with the Kubernetes API, not including bursting", null),
                null), s -> goFloat(s.qps()));
        color = global(f.string("--color", "use colored output (never, auto, always)", null), HelmSettings::colorMode);
        colour = global(f.string("--colour", "use colored output (never, auto, always)", null),
                HelmSettings::colorMode);
    }

    /** A root flag, inherited by every subcommand, whose help default is the environment's. */
    private static <T> Flag<T> global(Flag<T> flag, Function<HelmSettings, String> envDefault) {
        flag.global = true;
        return flag.defValue(ctx -> envDefault.apply(HelmSettings.fromEnvironment(ctx.env(), ctx.userHome())));
    }

    /** True when {@code --debug} was given (as true). */
    boolean debugFlag() {
        return Boolean.TRUE.equals(debug.value());
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
                kubeAsGroups.value() != null ? new ArrayList<>(kubeAsGroups.value()) : d.kubeAsGroups(),
                or(kubeApiServer, d.kubeApiServer()),
                or(kubeCaFile, d.kubeCaFile()),
                or(kubeInsecureSkipTlsVerify, d.kubeInsecureSkipTlsVerify()),
                or(kubeTlsServerName, d.kubeTlsServerName()),
                or(debug, d.debug()),
                or(registryConfig, d.registryConfig()),
                or(repositoryConfig, d.repositoryConfig()),
                or(repositoryCache, d.repositoryCache()),
                or(contentCache, d.contentCache()),
                d.pluginsDirectory(),
                d.maxHistory(),
                or(burstLimit, d.burstLimit()),
                or(qps, d.qps()),
                or(colour, or(color, d.colorMode())),
                d.maxChartSize(),
                d.maxChartFileSize());
    }

    /** Go's {@code strconv.FormatFloat(v, 'g', -1, 32)} for the values a flag default takes. */
    private static String goFloat(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e21 ? Long.toString((long) v) : Float.toString(v);
    }

    private static <T> T or(Flag<T> flag, T def) {
        return flag.value() != null ? flag.value() : def;
    }
}
