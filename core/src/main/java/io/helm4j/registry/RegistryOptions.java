package io.helm4j.registry;

import java.time.Duration;

/**
 * How to reach registries: plain HTTP or TLS (a CA file, a client certificate and key, or no verification),
 * credentials given on the command line (else those stored for the host), Helm's registry config file and the
 * timeout of each request. Empty strings mean "not set".
 */
public record RegistryOptions(boolean plainHttp, String caFile, String certFile, String keyFile,
        boolean insecureSkipTlsVerify, String username, String password, String registryConfig, Duration timeout) {
    public RegistryOptions {
        caFile = nz(caFile);
        certFile = nz(certFile);
        keyFile = nz(keyFile);
        username = nz(username);
        password = nz(password);
        registryConfig = nz(registryConfig);
        timeout = timeout == null ? Duration.ofSeconds(120) : timeout;
    }

    /** HTTPS with the system's trust store, stored credentials from {@code registryConfig}. */
    public static RegistryOptions of(String registryConfig) {
        return new RegistryOptions(false, "", "", "", false, "", "", registryConfig, null);
    }

    public RegistryOptions withCredentials(String user, String pass) {
        return new RegistryOptions(plainHttp, caFile, certFile, keyFile, insecureSkipTlsVerify, user, pass,
                registryConfig, timeout);
    }

    public RegistryOptions withTls(boolean plain, String ca, String cert, String key, boolean insecure) {
        return new RegistryOptions(plain, ca, cert, key, insecure, username, password, registryConfig, timeout);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
