package io.helm4j.registry;

import io.helm4j.BuildInfo;
import io.helm4j.Helm4jException;
import io.helm4j.getter.HttpOptions;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transport of one registry client: HTTPS (or plain HTTP), and the distribution spec's authentication.
 * A request goes out with the token or basic credentials that last worked for its host and scope; on 401 the
 * {@code WWW-Authenticate} challenge says what to do: {@code Bearer realm=...,service=...,scope=...} (a token
 * fetched from the realm, with basic credentials when the host has some) or {@code Basic}; then the request is
 * sent once more. Errors name the request ("pull manifest 1.0.0 from host/repo") and the registry's answer.
 */
final class RegistryHttp implements AutoCloseable {
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient client;
    private final RegistryOptions options;
    private final Function<String, Credential> credentials;
    private final Map<String, String> authorization = new ConcurrentHashMap<>();

    RegistryHttp(RegistryOptions options, Function<String, Credential> credentials) {
        this.options = options;
        this.credentials = credentials;
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.timeout());
        if (options.plainHttp()) {
            io.helm4j.internal.content.DeferredTrust.plainHttp(b);
        } else {
            HttpOptions tls = new HttpOptions("", "", "", false, options.caFile(), options.certFile(), options.keyFile(),
                    options.insecureSkipTlsVerify(), options.timeout());
            tls.configureTls(b);
        }
        this.client = b.build();
    }

    /** {@code https://HOST/v2/PATH} (or http with plain HTTP). */
    URI uri(String host, String path) {
        return URI.create((options.plainHttp() ? "http" : "https") + "://" + host + "/v2/" + path);
    }

    /**
     * Sends a request built by {@code request} (called again for the retry after a challenge) for {@code host}
     * with the token scope {@code scope}; returns the response with its body as a stream.
     */
    HttpResponse<InputStream> send(String what, String host, String scope,
            Function<String, HttpRequest.Builder> request) {
        String key = host + " " + scope;
        HttpResponse<InputStream> resp = exchange(what, request.apply(authorization.get(key)));
        if (resp.statusCode() != 401) {
            return resp;
        }
        String challenge = resp.headers().firstValue("WWW-Authenticate").orElse("");
        drain(resp);
        HttpRequest first = resp.request();
        String auth = authorize(first.method() + " \"" + first.uri() + "\"", host, scope, challenge);
        authorization.put(key, auth);
        resp = exchange(what, request.apply(auth));
        if (resp.statusCode() == 401) {
            throw failure(resp);
        }
        return resp;
    }

    private String authorize(String what, String host, String scope, String challenge) {
        Credential cred = credentials.apply(host);
        String lower = challenge.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("basic")) {
            if (cred.isEmpty()) {
                throw new RegistryException(what + ": basic credential not found");
            }
            return basic(cred);
        }
        if (!lower.startsWith("bearer")) {
            throw new RegistryException(what + ": unauthorized: the registry asks for \"" + challenge + "\"");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        String realm = params.get("realm");
        if (realm == null) {
            throw new RegistryException(what + ": bearer challenge without a realm: " + challenge);
        }
        StringBuilder url = new StringBuilder(realm).append(realm.contains("?") ? '&' : '?');
        if (params.containsKey("service")) {
            url.append("service=").append(enc(params.get("service"))).append('&');
        }
        String s = params.getOrDefault("scope", scope);
        if (s != null && !s.isEmpty()) {
            url.append("scope=").append(enc(s));
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url.toString())).GET();
        if (!cred.isEmpty()) {
            rb.header("Authorization", basic(cred));
        }
        HttpResponse<InputStream> resp = exchange("fetch token for " + what, rb);
        if (resp.statusCode() != 200) {
            throw failure(resp);
        }
        Map<String, Object> body = GoYaml.fromJsonObject(new String(read(resp), StandardCharsets.UTF_8));
        Object token = body.get("token");
        if (token == null || String.valueOf(token).isEmpty()) {
            token = body.get("access_token");
        }
        if (token == null) {
            throw new RegistryException("fetch token from " + realm + " for " + what + ": no token in the answer");
        }
        return "Bearer " + token;
    }

    private HttpResponse<InputStream> exchange(String what, HttpRequest.Builder rb) {
        rb.timeout(options.timeout()).header("User-Agent", userAgent());
        HttpRequest request = rb.build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            String why = e instanceof ConnectException || e.getCause() instanceof ConnectException
                    ? "dial tcp " + request.uri().getHost() + ":" + port(request.uri()) + ": connect: connection refused"
                    : String.valueOf(e.getMessage()).contains("plaintext connection")
                    ? "http: server gave HTTP response to HTTPS client"
                    : String.valueOf(e.getMessage()).contains("PKIX path")
                    ? "tls: failed to verify certificate: x509: certificate signed by unknown authority"
                    : e instanceof java.net.http.HttpTimeoutException ? "context deadline exceeded"
                    : String.valueOf(e.getMessage());
            // Go's url.Error: the method with only its first letter upper case, the URL quoted
            String method = request.method().charAt(0) + request.method().substring(1).toLowerCase(java.util.Locale.ROOT);
            throw new RegistryException(method + " \"" + request.uri() + "\": " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(what + ": interrupted", e);
        }
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
    }

    /**
     * An error for an unexpected answer, as oras words it: {@code GET "URL": response status code 404: name
     * unknown: repository name not known to registry: map[name:charts/nope]}.
     */
    static RegistryException failure(HttpResponse<InputStream> resp) {
        String body = new String(read(resp), StandardCharsets.UTF_8).strip();
        StringBuilder detail = new StringBuilder();
        try {
            Object errors = GoYaml.fromJsonObject(body).get("errors");
            if (errors instanceof java.util.List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> e) {
                        detail.append(detail.isEmpty() ? ": " : "; ")
                                .append(String.valueOf(e.get("code")).toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                                .append(": ").append(e.get("message"));
                        if (e.get("detail") != null) {
                            detail.append(": ").append(goValue(e.get("detail")));
                        }
                    }
                }
            }
        } catch (RuntimeException ignored) {
            // not the distribution spec's error body
        }
        HttpRequest req = resp.request();
        return new RegistryException(req.method() + " \"" + req.uri() + "\": response status code " + resp.statusCode()
                + detail, resp.statusCode());
    }

    /** Go's {@code %v} of a decoded JSON value: {@code map[k:v ...]} with sorted keys, {@code [a b]} lists. */
    private static String goValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("map[");
            new java.util.TreeMap<>(m).forEach((k, x) -> b.append(b.length() > 4 ? " " : "").append(k).append(':')
                    .append(goValue(x)));
            return b.append(']').toString();
        }
        if (v instanceof java.util.List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(x -> b.append(b.length() > 1 ? " " : "").append(goValue(x)));
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    static byte[] read(HttpResponse<InputStream> resp) {
        try (InputStream in = resp.body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RegistryException("read response from " + resp.uri() + ": " + e.getMessage(), e);
        }
    }

    static void drain(HttpResponse<InputStream> resp) {
        try (InputStream in = resp.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the connection is dropped: nothing to keep
        }
    }

    private static String basic(Credential c) {
        return "Basic " + Base64.getEncoder().encodeToString((c.username() + ":" + c.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String userAgent() {
        String v = BuildInfo.current().version();
        return "Helm/" + (v.startsWith("v") ? v.substring(1) : v);
    }

    @Override
    public void close() {
        client.close();
    }
}
