package io.helm4j.kube.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy of a connection: the cluster's {@code proxy-url} when set, else Go's
 * ProxyFromEnvironment ({@code HTTPS_PROXY}/{@code HTTP_PROXY} and {@code NO_PROXY}, upper or
 * lower case; loopback hosts never go through a proxy). Only HTTP proxies are supported.
 */
final class EnvProxySelector extends ProxySelector {
    private final URI fixed;
    private final Map<String, String> env;

    private EnvProxySelector(URI fixed, Map<String, String> env) {
        this.fixed = fixed;
        this.env = env;
    }

    /** The selector for a connection, or null when no proxy can apply. */
    static ProxySelector of(URI proxyUrl, Map<String, String> env) {
        if (proxyUrl != null) {
            check(proxyUrl);
            return new EnvProxySelector(proxyUrl, env);
        }
        boolean any = List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy").stream()
                .anyMatch(k -> !env.getOrDefault(k, "").isEmpty());
        return any ? new EnvProxySelector(null, env) : null;
    }

    @Override
    public List<Proxy> select(URI uri) {
        URI p = fixed != null ? fixed : fromEnv(uri);
        if (p == null) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = p.getPort() > 0 ? p.getPort() : "https".equals(p.getScheme()) ? 443 : 80;
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    }

    private URI fromEnv(URI target) {
        String host = target.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")
                || noProxy(host)) {
            return null;
        }
        String v = "https".equals(target.getScheme()) ? env("HTTPS_PROXY") : env("HTTP_PROXY");
        if (v.isEmpty()) {
            return null;
        }
        URI p = URI.create(v.contains("://") ? v : "http://" + v);
        check(p);
        return p;
    }

    private boolean noProxy(String host) {
        for (String entry : env("NO_PROXY").split(",")) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            int colon = e.lastIndexOf(':');
            if (colon > 0 && !e.contains("]") && e.indexOf(':') == colon) {
                e = e.substring(0, colon);
            }
            if (e.equals("*") || !e.isEmpty() && (host.equals(e.startsWith(".") ? e.substring(1) : e)
                    || host.endsWith(e.startsWith(".") ? e : "." + e))) {
                return true;
            }
        }
        return false;
    }

    private String env(String upper) {
        String v = env.getOrDefault(upper, "");
        return v.isEmpty() ? env.getOrDefault(upper.toLowerCase(Locale.ROOT), "") : v;
    }

    private static void check(URI p) {
        if (!"http".equals(p.getScheme()) && !"https".equals(p.getScheme())) {
            throw new io.helm4j.kube.KubeConfigException("proxy-url: scheme \"" + p.getScheme()
                    + "\" is not supported (helm4j supports http and https proxies)");
        }
    }
}
