package io.helm4j.downloader;

/**
 * Where and how to find a chart: Helm's {@code action.ChartPathOptions} (the {@code --version}, {@code --devel},
 * {@code --repo} and credential/TLS flags of {@code install}, {@code template}, {@code show}, {@code pull}).
 * Empty strings mean "not set". Build with {@link #builder()}; {@link #defaults()} is no flag at all.
 */
public record ChartPathOptions(String version, boolean devel, String repoUrl, String username, String password,
        String certFile, String keyFile, String caFile, boolean insecureSkipTlsVerify, boolean plainHttp,
        boolean passCredentialsAll) {

    /** Helm's meaning of {@code --devel} without {@code --version}. */
    public static final String DEVEL_CONSTRAINT = ">0.0.0-0";

    public ChartPathOptions {
        version = nz(version).strip();
        repoUrl = nz(repoUrl);
        username = nz(username);
        password = nz(password);
        certFile = nz(certFile);
        keyFile = nz(keyFile);
        caFile = nz(caFile);
    }

    public static ChartPathOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The version constraint used: {@code --version}, else {@code >0.0.0-0} with {@code --devel}, else "" (latest). */
    public String effectiveVersion() {
        return version.isEmpty() && devel ? DEVEL_CONSTRAINT : version;
    }

    /** A copy with another version constraint. */
    public ChartPathOptions withVersion(String v) {
        return new ChartPathOptions(v, devel, repoUrl, username, password, certFile, keyFile, caFile,
                insecureSkipTlsVerify, plainHttp, passCredentialsAll);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builder for {@link ChartPathOptions}; null strings are "not set". */
    public static final class Builder {
        private String version = "";
        private boolean devel;
        private String repoUrl = "";
        private String username = "";
        private String password = "";
        private String certFile = "";
        private String keyFile = "";
        private String caFile = "";
        private boolean insecureSkipTlsVerify;
        private boolean plainHttp;
        private boolean passCredentialsAll;

        public Builder version(String v) { version = v; return this; }
        public Builder devel(boolean v) { devel = v; return this; }
        public Builder repoUrl(String v) { repoUrl = v; return this; }
        public Builder username(String v) { username = v; return this; }
        public Builder password(String v) { password = v; return this; }
        public Builder certFile(String v) { certFile = v; return this; }
        public Builder keyFile(String v) { keyFile = v; return this; }
        public Builder caFile(String v) { caFile = v; return this; }
        public Builder insecureSkipTlsVerify(boolean v) { insecureSkipTlsVerify = v; return this; }
        public Builder plainHttp(boolean v) { plainHttp = v; return this; }
        public Builder passCredentialsAll(boolean v) { passCredentialsAll = v; return this; }

        public ChartPathOptions build() {
            return new ChartPathOptions(version, devel, repoUrl, username, password, certFile, keyFile, caFile,
                    insecureSkipTlsVerify, plainHttp, passCredentialsAll);
        }
    }
}
