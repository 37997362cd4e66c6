package io.helm4j.getter;

import java.time.Duration;
import java.util.Objects;

/**
 * How Helm's HTTP getter is configured for one repository ({@code getter.Option}s): basic-auth
 * credentials, sent only to the repository's own scheme and host unless {@code passCredentialsAll};
 * TLS files (PEM; a client certificate needs both its files) and {@code insecureSkipTlsVerify}; the timeout. Empty strings mean "not set".
 */
public record HttpOptions(String repoUrl, String username, String password, boolean passCredentialsAll,
        String caFile, String certFile, String keyFile, boolean insecureSkipTlsVerify, Duration timeout) {

    public HttpOptions {
        repoUrl = nz(repoUrl);
        username = nz(username);
        password = nz(password);
        caFile = nz(caFile);
        certFile = nz(certFile);
        keyFile = nz(keyFile);
        Objects.requireNonNull(timeout, "timeout");
    }

    /** No credentials, the system's trust store, Helm's default timeout. */
    public static HttpOptions defaults() {
        return new HttpOptions("", "", "", false, "", "", "", false, Getters.DEFAULT_TIMEOUT);
    }

    public HttpOptions withTimeout(Duration t) {
        return new HttpOptions(repoUrl, username, password, passCredentialsAll, caFile, certFile, keyFile,
                insecureSkipTlsVerify, t);
    }

    /** Gives {@code client} the TLS context these options ask for (Helm's {@code tlsutil.NewTLSConfig}), if any. */
    public void configureTls(java.net.http.HttpClient.Builder client) {
        if (customTls()) {
            client.sslContext(TlsContexts.of(this));
        }
    }

    /** True when TLS needs a context of its own (a CA, a client certificate, or no verification). */
    public boolean customTls() {
        return !caFile.isEmpty() || clientCertificate() || insecureSkipTlsVerify;
    }

    /** Helm's getter presents a client certificate only when both files are named. */
    boolean clientCertificate() {
        return !certFile.isEmpty() && !keyFile.isEmpty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
