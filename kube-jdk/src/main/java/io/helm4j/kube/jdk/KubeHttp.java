package io.helm4j.kube.jdk;

import io.helm4j.kube.KubeException;
import io.helm4j.kube.KubeJson;
import io.helm4j.kube.KubeStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * Requests to one API server: credentials (bearer token or token file, basic auth, exec plugin,
 * client certificate), impersonation headers, the QPS/burst limit, JSON answers decoded and
 * failures turned into typed {@link KubeException}s.
 */
final class KubeHttp implements AutoCloseable {
    private final Connection conn;
    private final FutureTask<Clients> http;
    private final RequestLimits limits;
    private final ExecCredentials exec;
    private final String staticAuth;

    KubeHttp(Connection conn, Map<String, String> env, Clock clock) {
        this.conn = conn;
        this.exec = conn.exec() == null ? null : new ExecCredentials(conn.exec(), conn.cluster(), env, clock);
        this.limits = new RequestLimits(conn.qps(), conn.burst(), Ticker.SYSTEM);
        this.staticAuth = staticAuth(conn);
        // TLS set-up and the HttpClient cost a cold JVM a few hundred milliseconds: build them on a
        // thread of their own, so that a command renders its chart meanwhile; the first request waits.
        this.http = new FutureTask<>(() -> build(conn, env));
        Thread.ofPlatform().daemon().name("helm4j-kube-connect").start(http);
    }

    private Clients build(Connection conn, Map<String, String> env) {
        byte[] cert = conn.clientCertPem();
        byte[] key = conn.clientKeyPem();
        if (exec != null && cert == null) {
            ExecCredentials.Credential c = exec.get();
            cert = c.clientCertPem();
            key = c.clientKeyPem();
        }
        SSLContext full = TlsContexts.create(conn, cert, key);
        SSLContext oneShare = OneKeyShare.over(full);
        ProxySelector proxy = EnvProxySelector.of(conn.proxy(), env);
        ProxySelector p = proxy == null ? HttpClient.Builder.NO_PROXY : proxy;
        if (oneShare == null) {
            return new Clients(newClient(full, p), null);
        }
        return new Clients(newClient(oneShare, p), () -> newClient(full, p));
    }

    private static HttpClient newClient(SSLContext ctx, ProxySelector proxy) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).sslContext(ctx).proxy(proxy).build();
    }

    /**
     * The connection's HttpClients: the first offers one TLS key share ({@link OneKeyShare}); when its handshake
     * fails before any request succeeded with it, the requests go on with one on the JDK's defaults (built then).
     */
    private static final class Clients {
        private final HttpClient first;
        private final Supplier<HttpClient> fallbackFactory;
        private volatile boolean firstWorks;
        private volatile HttpClient fallback;

        Clients(HttpClient first, Supplier<HttpClient> fallbackFactory) {
            this.first = first;
            this.fallbackFactory = fallbackFactory;
            this.firstWorks = fallbackFactory == null;
        }

        HttpClient current() {
            HttpClient f = fallback;
            return f != null ? f : first;
        }

        void succeeded(HttpClient used) {
            if (used == first) {
                firstWorks = true;
            }
        }

        /** The client to send again with after {@code used} failed with {@code e}, or null to report the failure. */
        synchronized HttpClient retryAfter(HttpClient used, IOException e) {
            if (used != first || firstWorks || !handshakeRefused(e)) {
                return null;
            }
            if (fallback == null) {
                fallback = fallbackFactory.get();
            }
            return fallback;
        }

        /**
         * A TLS failure that the JDK's defaults might not meet: the server's alert (no common group, no TLS 1.3) or its
         * hanging up during the handshake, not our own rejection of its certificate.
         */
        private static boolean handshakeRefused(IOException e) {
            boolean tls = false;
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.security.cert.CertificateException
                        || t instanceof java.security.cert.CertPathBuilderException
                        || t instanceof java.security.cert.CertPathValidatorException) {
                    return false;
                }
                tls |= t instanceof SSLException;
            }
            return tls;
        }

        void close() {
            first.close();
            HttpClient f = fallback;
            if (f != null) {
                f.close();
            }
        }
    }

    /** The HttpClients, once built; a set-up error (a bad key, an unsupported proxy) is thrown here. */
    private Clients clients() {
        try {
            return http.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new KubeException(0, "", "unable to set up the connection: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubeException(0, "", "interrupted while setting up the connection", e);
        }
    }

    /**
     * Sends a request, its token taken from the bucket {@code limit} names (see {@link RequestLimits}); the
     * decoded JSON answer (null for an empty body), or a typed exception.
     */
    Object send(RequestLimits.Limit limit, String method, String pathAndQuery, String contentType, String body) {
        return send(NO_WARNINGS, limit, method, pathAndQuery, contentType, body, "application/json");
    }

    /** As {@link #send(Consumer, RequestLimits.Limit, String, String, String, String, String)}, warnings dropped. */
    Object send(RequestLimits.Limit limit, String method, String pathAndQuery, String contentType, String body,
            String accept) {
        return send(NO_WARNINGS, limit, method, pathAndQuery, contentType, body, accept);
    }

    /** Drops the server's warnings (discovery's requests). */
    static final Consumer<String> NO_WARNINGS = text -> { };

    /**
     * As {@link #send(RequestLimits.Limit, String, String, String, String)}, asking for the answer in {@code accept},
     * the text of each warning the server's answer carries ({@code Warning: 299 - "..."}, see {@link WarningHeaders})
     * handed to {@code warnings}, the answer's warnings even when it is an error, as client-go's.
     */
    Object send(Consumer<String> warnings, RequestLimits.Limit limit, String method, String pathAndQuery,
            String contentType, String body, String accept) {
        HttpResponse<String> r = exchange(warnings, limit, method, pathAndQuery, contentType, body, accept);
        if (r.statusCode() == 401 && exec != null) {
            exec.invalidate();
            r = exchange(warnings, limit, method, pathAndQuery, contentType, body, accept);
        }
        Object decoded = decode(r.body());
        if (r.statusCode() / 100 != 2) {
            throw KubeStatus.toException(r.statusCode(), decoded, r.body());
        }
        return decoded;
    }

    /** A GET whose answer is text (a pod's log); a typed exception when the server answers an error. */
    String getText(Consumer<String> warnings, RequestLimits.Limit limit, String pathAndQuery) {
        HttpResponse<String> r = exchange(warnings, limit, "GET", pathAndQuery, null, null, "*/*");
        if (r.statusCode() == 401 && exec != null) {
            exec.invalidate();
            r = exchange(warnings, limit, "GET", pathAndQuery, null, null, "*/*");
        }
        if (r.statusCode() / 100 != 2) {
            throw KubeStatus.toException(r.statusCode(), decode(r.body()), r.body());
        }
        return r.body();
    }

    private HttpResponse<String> exchange(Consumer<String> warnings, RequestLimits.Limit limit, String method,
            String pathAndQuery, String contentType, String body, String accept) {
        URI uri = URI.create(conn.server() + pathAndQuery);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .header("Accept", accept)
                .header("User-Agent", "helm4j")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            rb.header("Content-Type", contentType);
        }
        String auth = authorization();
        if (auth != null) {
            rb.header("Authorization", auth);
        }
        if (!conn.impersonateUser().isEmpty()) {
            rb.header("Impersonate-User", conn.impersonateUser());
        }
        conn.impersonateGroups().forEach(g -> rb.header("Impersonate-Group", g));
        try {
            limits.acquire(limit);
            Clients clients = clients();
            HttpClient client = clients.current();
            HttpRequest request = rb.build();
            HttpResponse<String> r;
            try {
                r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                HttpClient again = clients.retryAfter(client, e);
                if (again == null) {
                    throw e;
                }
                // nothing reached the server: its handshake refused the first client's offer
                client = again;
                r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            clients.succeeded(client);
            List<String> headers = r.headers().allValues("warning");
            if (!headers.isEmpty()) {
                WarningHeaders.texts(headers).forEach(warnings);
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubeException(0, "", goVerb(method) + " \"" + uri + "\": interrupted", e);
        } catch (IOException e) {
            throw new KubeException(0, "", goVerb(method) + " \"" + uri + "\": " + describe(e, uri), e);
        }
    }

    private String authorization() {
        if (staticAuth != null) {
            return staticAuth;
        }
        if (!conn.tokenFile().isEmpty()) {
            return "Bearer " + new String(ConnectionResolver.read(conn.tokenFile()), StandardCharsets.UTF_8).strip();
        }
        if (exec != null) {
            String token = exec.get().token();
            return token.isEmpty() ? null : "Bearer " + token;
        }
        return null;
    }

    private static String staticAuth(Connection c) {
        if (!c.token().isEmpty()) {
            return "Bearer " + c.token();
        }
        if (!c.username().isEmpty()) {
            String up = c.username() + ":" + c.password();
            return "Basic " + Base64.getEncoder().encodeToString(up.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private static Object decode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return KubeJson.parse(body);
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    /** As Go's net/http words a failed request ({@code dial tcp 127.0.0.1:6443: connect: connection refused}). */
    private static String describe(IOException e, URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : 443;
        if (e instanceof ConnectException) {
            return "dial tcp " + uri.getHost() + ":" + port + ": connect: connection refused";
        }
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "dial tcp " + uri.getHost() + ":" + port + ": i/o timeout";
        }
        if (e instanceof SSLException) {
            return "tls: failed to verify certificate: " + (unknownAuthority(e)
                    ? "x509: certificate signed by unknown authority" : rootMessage(e));
        }
        return rootMessage(e);
    }

    private static boolean unknownAuthority(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String goVerb(String method) {
        return method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (http.isDone() && !http.isCancelled()) {
            try {
                clients().close();
            } catch (RuntimeException setUpFailed) {
                // nothing was opened
            }
        } else {
            http.cancel(true);
        }
    }
}
