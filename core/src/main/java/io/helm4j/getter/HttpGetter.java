package io.helm4j.getter;

import io.helm4j.BuildInfo;
import io.helm4j.Helm4jException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Helm's HTTP getter on the JDK's {@link HttpClient}: a GET with Helm's User-Agent, redirects followed,
 * anything but 200 an error worded as Helm's ({@code failed to fetch URL : 404 Not Found}); transport errors
 * read like Go's ({@code Get "URL": dial tcp HOST:PORT: connect: connection refused}). The client is
 * built per fetch, so the class costs nothing until a URL is given. Not yet: the {@code HTTP(S)_PROXY} variables Go's client reads.
 */
public final class HttpGetter implements Getter {
    private final Duration timeout;
    private final HttpOptions options;

    public HttpGetter(Duration timeout) {
        this(HttpOptions.defaults().withTimeout(timeout));
    }

    /** A getter with a repository's credentials and TLS settings. */
    public HttpGetter(HttpOptions options) {
        this.timeout = options.timeout();
        this.options = options;
    }

    @Override
    public byte[] get(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Helm4jException("parse " + url + ": " + e.getReason(), e);
        }
        HttpClient.Builder cb = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(timeout);
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            cb.version(HttpClient.Version.HTTP_1_1); // as Go's client: no h2c upgrade on plain http
        } else if (options.customTls()) {
            cb.sslContext(TlsContexts.of(options));
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("User-Agent", userAgent());
        if (sendsCredentials(uri)) {
            String pair = options.username() + ":" + options.password();
            rb.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpRequest request = rb.build();
        try (HttpClient client = cb.build()) {
            HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                throw new Helm4jException("failed to fetch " + url + " : " + StatusText.status(resp.statusCode()));
            }
            return resp.body();
        } catch (IOException e) {
            throw new Helm4jException("Get \"" + url + "\": " + transportError(uri, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("Get \"" + url + "\": context canceled", e);
        }
    }

    /** Helm's rule: credentials go to the repository's scheme and host only, unless passed to all. */
    private boolean sendsCredentials(URI target) {
        if (options.username().isEmpty() && options.password().isEmpty()) {
            return false;
        }
        if (options.passCredentialsAll() || options.repoUrl().isEmpty()) {
            return true;
        }
        try {
            URI repo = new URI(options.repoUrl());
            return java.util.Objects.equals(repo.getScheme(), target.getScheme())
                    && java.util.Objects.equals(repo.getRawAuthority(), target.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Helm's {@code version.GetUserAgent()}: {@code Helm/4.0.0}. */
    static String userAgent() {
        String v = BuildInfo.current().version();
        return "Helm/" + (v.startsWith("v") ? v.substring(1) : v);
    }

    private static String transportError(URI uri, IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return "context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
        }
        if (causedBy(e, UnresolvedAddressException.class)) {
            return "dial tcp: lookup " + uri.getHost() + ": no such host";
        }
        if (causedBy(e, ConnectException.class)) {
            return "dial tcp " + hostPort(uri) + ": connect: connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String hostPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }
}
