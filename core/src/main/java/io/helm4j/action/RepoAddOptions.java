package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.getter.Getters;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code helm repo add NAME URL}: the repository, its credentials and TLS files, {@code forceUpdate}
 * (replace an entry of the same name), {@code allowDeprecatedRepos} (the retired Google storage
 * URLs), and the download timeout. Build with {@link #builder(String, String)}.
 */
public record RepoAddOptions(String name, String url, String username, String password, boolean passCredentialsAll,
        String caFile, String certFile, String keyFile, boolean insecureSkipTlsVerify, boolean forceUpdate,
        boolean allowDeprecatedRepos, Duration timeout) {

    public RepoAddOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        username = nz(username);
        password = nz(password);
        caFile = nz(caFile);
        certFile = nz(certFile);
        keyFile = nz(keyFile);
        if (certFile.isEmpty() != keyFile.isEmpty()) {
            throw new UsageException("--cert-file and --key-file must be given together");
        }
    }

    public static Builder builder(String name, String url) {
        return new Builder(name, url);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A mutable builder; everything but the name and URL defaults to unset, the timeout to Helm's 120 s. */
    public static final class Builder {
        private final String name;
        private final String url;
        private String username = "";
        private String password = "";
        private boolean passCredentialsAll;
        private String caFile = "";
        private String certFile = "";
        private String keyFile = "";
        private boolean insecureSkipTlsVerify;
        private boolean forceUpdate;
        private boolean allowDeprecatedRepos;
        private Duration timeout = Getters.DEFAULT_TIMEOUT;

        private Builder(String name, String url) {
            this.name = name;
            this.url = url;
        }

        public Builder username(String v) { username = v; return this; }
        public Builder password(String v) { password = v; return this; }
        public Builder passCredentialsAll(boolean v) { passCredentialsAll = v; return this; }
        public Builder caFile(String v) { caFile = v; return this; }
        public Builder certFile(String v) { certFile = v; return this; }
        public Builder keyFile(String v) { keyFile = v; return this; }
        public Builder insecureSkipTlsVerify(boolean v) { insecureSkipTlsVerify = v; return this; }
        public Builder forceUpdate(boolean v) { forceUpdate = v; return this; }
        public Builder allowDeprecatedRepos(boolean v) { allowDeprecatedRepos = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }

        public RepoAddOptions build() {
            return new RepoAddOptions(name, url, username, password, passCredentialsAll, caFile, certFile, keyFile,
                    insecureSkipTlsVerify, forceUpdate, allowDeprecatedRepos, timeout);
        }
    }
}
