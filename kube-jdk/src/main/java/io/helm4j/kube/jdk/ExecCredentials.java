package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeConfigException;
import io.helm4j.kube.KubeJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client.authentication.k8s.io exec credential plugin ({@code v1}, {@code v1beta1}): runs the
 * command with the kubeconfig's args and env added to the process environment and
 * {@code KUBERNETES_EXEC_INFO} describing the request, reads the ExecCredential it prints, and
 * keeps its token until {@code expirationTimestamp} (or until the server refuses it).
 */
final class ExecCredentials {
    /** What the plugin gave: a bearer token, or a client certificate and key (PEM). */
    record Credential(String token, byte[] clientCertPem, byte[] clientKeyPem, Instant expires) {
    }

    private final KubeConfig.Exec exec;
    private final KubeConfig.Cluster cluster;
    private final Map<String, String> env;
    private final Clock clock;
    private Credential cached;

    ExecCredentials(KubeConfig.Exec exec, KubeConfig.Cluster cluster, Map<String, String> env, Clock clock) {
        this.exec = exec;
        this.cluster = cluster;
        this.env = env;
        this.clock = clock;
        if (exec.apiVersion().equals("client.authentication.k8s.io/v1") && exec.interactiveMode().isEmpty()) {
            throw new KubeConfigException("interactiveMode must be specified for " + exec.command()
                    + " to use exec authentication plugin");
        }
    }

    /** The current credential, running the plugin when there is none or it has expired. */
    synchronized Credential get() {
        if (cached == null || cached.expires() != null && !clock.instant().isBefore(cached.expires())) {
            cached = run();
        }
        return cached;
    }

    /** Forgets the credential (the server answered 401), so the next request runs the plugin again. */
    synchronized void invalidate() {
        cached = null;
    }

    private Credential run() {
        List<String> cmd = new ArrayList<>();
        cmd.add(exec.command());
        cmd.addAll(exec.args());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().putAll(exec.env());
        pb.environment().put("KUBERNETES_EXEC_INFO", KubeJson.write(execInfo()));
        String out;
        int code;
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            code = p.waitFor();
        } catch (IOException e) {
            throw new KubeConfigException(notFound(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubeConfigException("exec: " + exec.command() + " interrupted", e);
        }
        if (code != 0) {
            throw new KubeConfigException("exec: executable " + exec.command() + " failed with exit code " + code);
        }
        return parse(out);
    }

    private String notFound() {
        String msg = "exec: executable " + exec.command() + " not found";
        return exec.installHint().isEmpty() ? msg : msg + "\n\n" + exec.installHint();
    }

    private Map<String, Object> execInfo() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interactive", false);
        if (exec.provideClusterInfo() && cluster != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("server", cluster.server());
            if (!cluster.tlsServerName().isEmpty()) {
                c.put("tls-server-name", cluster.tlsServerName());
            }
            if (cluster.insecureSkipTlsVerify()) {
                c.put("insecure-skip-tls-verify", true);
            }
            if (cluster.caData() != null) {
                c.put("certificate-authority-data", Base64.getEncoder().encodeToString(cluster.caData()));
            }
            if (!cluster.proxyUrl().isEmpty()) {
                c.put("proxy-url", cluster.proxyUrl());
            }
            spec.put("cluster", c);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("apiVersion", exec.apiVersion());
        info.put("kind", "ExecCredential");
        info.put("spec", spec);
        return info;
    }

    private Credential parse(String out) {
        Map<String, Object> cred;
        try {
            cred = KubeJson.parseObject(out);
        } catch (IllegalArgumentException e) {
            throw new KubeConfigException("exec plugin: decoding stdout: " + e.getMessage(), e);
        }
        if (!exec.apiVersion().equals(cred.get("apiVersion"))) {
            throw new KubeConfigException("exec plugin is configured to use API version " + exec.apiVersion()
                    + ", plugin returned version " + cred.get("apiVersion"));
        }
        if (!(cred.get("status") instanceof Map<?, ?> status)) {
            throw new KubeConfigException("exec plugin didn't return a status field");
        }
        String token = status.get("token") instanceof String t ? t : "";
        String cert = status.get("clientCertificateData") instanceof String s ? s : "";
        String key = status.get("clientKeyData") instanceof String s ? s : "";
        if (token.isEmpty() && (cert.isEmpty() || key.isEmpty())) {
            throw new KubeConfigException("exec plugin didn't return a token or cert/key pair");
        }
        Instant expires = status.get("expirationTimestamp") instanceof String ts && !ts.isEmpty() ? Instant.parse(ts) : null;
        return new Credential(token, cert.isEmpty() ? null : cert.getBytes(StandardCharsets.UTF_8),
                key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8), expires);
    }
}
