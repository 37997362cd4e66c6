package io.helm4j.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's environment settings ({@code cli.EnvSettings}) as one immutable value: defaults from the
 * {@code HELM_*} environment variables and XDG paths, overridden by the global flags. Built with
 * {@link #fromEnvironment(Map, Path)} and changed only through {@code with*} copies.
 */
public record HelmSettings(
        HelmPaths paths,
        String namespace,
        String kubeConfig,
        String kubeContext,
        String kubeToken,
        String kubeAsUser,
        List<String> kubeAsGroups,
        String kubeApiServer,
        String kubeCaFile,
        boolean kubeInsecureSkipTlsVerify,
        String kubeTlsServerName,
        boolean debug,
        String registryConfig,
        String repositoryConfig,
        String repositoryCache,
        String contentCache,
        String pluginsDirectory,
        int maxHistory,
        int burstLimit,
        float qps,
        String colorMode,
        long maxChartSize,
        long maxChartFileSize) {

    public static final int DEFAULT_MAX_HISTORY = 10;
    public static final int DEFAULT_BURST_LIMIT = 100;

    public HelmSettings {
        kubeAsGroups = List.copyOf(kubeAsGroups);
    }

    /** Helm's defaults for the given environment and home directory. */
    public static HelmSettings fromEnvironment(Map<String, String> env, Path userHome) {
        HelmPaths paths = HelmPaths.from(env, userHome);
        return new HelmSettings(
                paths,
                env.getOrDefault("HELM_NAMESPACE", ""),
                env.getOrDefault("KUBECONFIG", ""),
                env.getOrDefault("HELM_KUBECONTEXT", ""),
                env.getOrDefault("HELM_KUBETOKEN", ""),
                env.getOrDefault("HELM_KUBEASUSER", ""),
                csv(env.get("HELM_KUBEASGROUPS")),
                env.getOrDefault("HELM_KUBEAPISERVER", ""),
                env.getOrDefault("HELM_KUBECAFILE", ""),
                parseBool(env.get("HELM_KUBEINSECURE_SKIP_TLS_VERIFY"), false),
                env.getOrDefault("HELM_KUBETLS_SERVER_NAME", ""),
                parseBool(env.get("HELM_DEBUG"), false),
                env.getOrDefault("HELM_REGISTRY_CONFIG", paths.configPath("registry/config.json").toString()),
                env.getOrDefault("HELM_REPOSITORY_CONFIG", paths.configPath("repositories.yaml").toString()),
                env.getOrDefault("HELM_REPOSITORY_CACHE", paths.cachePath("repository").toString()),
                env.getOrDefault("HELM_CONTENT_CACHE", paths.cachePath("content").toString()),
                env.getOrDefault("HELM_PLUGINS", paths.dataPath("plugins").toString()),
                parseInt(env.get("HELM_MAX_HISTORY"), DEFAULT_MAX_HISTORY),
                parseInt(env.get("HELM_BURST_LIMIT"), DEFAULT_BURST_LIMIT),
                parseFloat(env.get("HELM_QPS"), 0f),
                colorMode(env),
                ByteSize.parseOr(env.get("HELM_MAX_CHART_SIZE"), 100L * 1024 * 1024),
                ByteSize.parseOr(env.get("HELM_MAX_FILE_SIZE"), 5L * 1024 * 1024));
    }

    /** The namespace for this request: the flag or {@code HELM_NAMESPACE}, else {@code default}. */
    public String effectiveNamespace() {
        return namespace.isEmpty() ? "default" : namespace;
    }

    /** {@code helm env}: the variables Helm exports to plugins, sorted by name. */
    public Map<String, String> envVars(String helmBin) {
        Map<String, String> m = new TreeMap<>();
        m.put("HELM_BIN", helmBin);
        m.put("HELM_CACHE_HOME", paths.cacheHome().toString());
        m.put("HELM_CONFIG_HOME", paths.configHome().toString());
        m.put("HELM_DATA_HOME", paths.dataHome().toString());
        m.put("HELM_DEBUG", Boolean.toString(debug));
        m.put("HELM_PLUGINS", pluginsDirectory);
        m.put("HELM_REGISTRY_CONFIG", registryConfig);
        m.put("HELM_REPOSITORY_CACHE", repositoryCache);
        m.put("HELM_CONTENT_CACHE", contentCache);
        m.put("HELM_REPOSITORY_CONFIG", repositoryConfig);
        m.put("HELM_NAMESPACE", effectiveNamespace());
        m.put("HELM_MAX_HISTORY", Integer.toString(maxHistory));
        m.put("HELM_BURST_LIMIT", Integer.toString(burstLimit));
        m.put("HELM_QPS", String.format(Locale.ROOT, "%.2f", qps));
        m.put("HELM_MAX_CHART_SIZE", Long.toString(maxChartSize));
        m.put("HELM_MAX_FILE_SIZE", Long.toString(maxChartFileSize));
        m.put("HELM_KUBECONTEXT", kubeContext);
        m.put("HELM_KUBETOKEN", kubeToken);
        m.put("HELM_KUBEASUSER", kubeAsUser);
        m.put("HELM_KUBEASGROUPS", String.join(",", kubeAsGroups));
        m.put("HELM_KUBEAPISERVER", kubeApiServer);
        m.put("HELM_KUBECAFILE", kubeCaFile);
        m.put("HELM_KUBEINSECURE_SKIP_TLS_VERIFY", Boolean.toString(kubeInsecureSkipTlsVerify));
        m.put("HELM_KUBETLS_SERVER_NAME", kubeTlsServerName);
        if (!kubeConfig.isEmpty()) {
            m.put("KUBECONFIG", kubeConfig);
        }
        return m;
    }

    private static List<String> csv(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        String trimmed = v.replaceAll("^[, ]+|[, ]+$", "");
        if (!trimmed.isEmpty()) {
            out.addAll(List.of(trimmed.split(",", -1)));
        }
        return out;
    }

    /** Go's strconv.ParseBool, falling back to {@code def} on anything else. */
    static boolean parseBool(String v, boolean def) {
        if (v == null) {
            return def;
        }
        return switch (v) {
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> def;
        };
    }

    private static int parseInt(String v, int def) {
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static float parseFloat(String v, float def) {
        try {
            return v == null ? def : Float.parseFloat(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static String colorMode(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return "never";
        }
        String c = env.get("HELM_COLOR");
        if (c != null) {
            c = c.toLowerCase(Locale.ROOT);
            if (c.equals("never") || c.equals("auto") || c.equals("always")) {
                return c;
            }
        }
        return "auto";
    }
}
