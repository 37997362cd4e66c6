package io.helm4j.repo;

import io.helm4j.getter.HttpOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One repository in {@code repositories.yaml}: Helm's {@code repo.Entry}, its fields under Helm's
 * names ({@code caFile}, {@code insecure_skip_tls_verify}, {@code pass_credentials_all}...). Empty
 * strings mean "not set", as in Helm's file.
 */
public record RepoEntry(String name, String url, String username, String password, String certFile,
        String keyFile, String caFile, boolean insecureSkipTlsVerify, boolean passCredentialsAll) {

    public RepoEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        username = nz(username);
        password = nz(password);
        certFile = nz(certFile);
        keyFile = nz(keyFile);
        caFile = nz(caFile);
    }

    /** A repository with a name and URL only. */
    public static RepoEntry of(String name, String url) {
        return new RepoEntry(name, url, "", "", "", "", "", false, false);
    }

    /** The HTTP getter's options for this repository. */
    public HttpOptions httpOptions(Duration timeout) {
        return new HttpOptions(url, username, password, passCredentialsAll, caFile, certFile, keyFile,
                insecureSkipTlsVerify, timeout);
    }

    /** The fields as Helm's YAML has them (sigs.k8s.io/yaml sorts the keys when written). */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("url", url);
        m.put("username", username);
        m.put("password", password);
        m.put("certFile", certFile);
        m.put("keyFile", keyFile);
        m.put("caFile", caFile);
        m.put("insecure_skip_tls_verify", insecureSkipTlsVerify);
        m.put("pass_credentials_all", passCredentialsAll);
        return m;
    }

    static RepoEntry fromMap(Map<?, ?> m) {
        return new RepoEntry(str(m.get("name")), str(m.get("url")), str(m.get("username")), str(m.get("password")),
                str(m.get("certFile")), str(m.get("keyFile")), str(m.get("caFile")),
                Boolean.TRUE.equals(m.get("insecure_skip_tls_verify")), Boolean.TRUE.equals(m.get("pass_credentials_all")));
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
