package io.helm4j.action;

import io.helm4j.plugin.PluginIo;
import java.util.Map;

/**
 * {@code helm plugin install SOURCE}: a plugin directory (linked, for development), a {@code .tgz} archive (a file,
 * an http(s) URL) or an {@code oci://} reference, verified against its {@code .prov} unless {@code verify} is false.
 * {@code remote}: how a URL or a registry is reached. {@code env} is the process environment the plugin's
 * {@code install} hook runs with, and {@code io} its streams.
 */
public record PluginInstallOptions(String source, String version, boolean verify, String keyring,
        Map<String, String> env, PluginIo io, Remote remote) {
    public PluginInstallOptions {
        env = Map.copyOf(env);
        remote = remote == null ? Remote.NONE : remote;
    }

    public PluginInstallOptions(String source, String version, boolean verify, String keyring,
            Map<String, String> env, PluginIo io) {
        this(source, version, verify, keyring, env, io, Remote.NONE);
    }

    /** {@code --plain-http}, the TLS files, {@code --insecure-skip-tls-verify} and the registry's credentials. */
    public record Remote(boolean plainHttp, String caFile, String certFile, String keyFile,
            boolean insecureSkipTlsVerify, String username, String password) {
        public static final Remote NONE = new Remote(false, "", "", "", false, "", "");

        public Remote {
            caFile = caFile == null ? "" : caFile;
            certFile = certFile == null ? "" : certFile;
            keyFile = keyFile == null ? "" : keyFile;
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }
    }
}
