package io.helm4j.getter;

import io.helm4j.BuildInfo;
import io.helm4j.Helm4jException;
import io.helm4j.events.EventSink;
import io.helm4j.internal.content.TransferMeter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Helm's HTTP getter on the JDK's {@link HttpClient}: a GET with Helm's User-Agent, redirects followed,
 * anything but 200 an error worded as Helm's ({@code failed to fetch URL : 404 Not Found}); transport errors
 * read like Go's ({@code Get "URL": dial tcp HOST:PORT: connect: connection refused}). The client is
 * built at the first fetch, so the class costs nothing until a URL is given, and then shared by the fetches of
 * this getter that overlap (one per scheme: plain http speaks HTTP/1.1 only), so parallel downloads from one
 * repository share its connections as Go's one transport does; it is closed when the last of them ends, because a
 * client left open keeps its selector thread in native code and the JVM then waits 300 ms for it at exit. Not yet: the {@code HTTP(S)_PROXY} variables Go's client reads.
 */
public final class HttpGetter implements Getter {
    private final Duration timeout;
    private final HttpOptions options;
    private final EventSink events;
    private HttpClient plainClient;
    private HttpClient tlsClient;
    private int inFlight;
    private boolean abandonedAny;

    public HttpGetter(Duration timeout) {
        this(HttpOptions.defaults().withTimeout(timeout));
    }

    /** A getter with a repository's credentials and TLS settings. */
    public HttpGetter(HttpOptions options) {
        this(options, EventSink.discard());
    }

    /** As above, reporting each body as it arrives as {@link io.helm4j.events.Event.Transfer} events. */
    public HttpGetter(HttpOptions options, EventSink events) {
        this.timeout = options.timeout();
        this.options = options;
        this.events = events;
    }

    @Override
    public byte[] get(String url) {
        return fetch(url, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Streams the body into {@code file} as it arrives (a large index is never held whole). */
    @Override
    public void getTo(String url, java.nio.file.Path file) {
        fetch(url, HttpResponse.BodyHandlers.ofFile(file));
    }

    private <T> T fetch(String url, HttpResponse.BodyHandler<T> body) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Helm4jException("parse " + url + ": " + e.getReason(), e);
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("User-Agent", userAgent());
        if (sendsCredentials(uri)) {
            String pair = options.username() + ":" + options.password();
            rb.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpRequest request = rb.build();
        HttpClient client = acquire("http".equalsIgnoreCase(uri.getScheme()));
        boolean abandoned = false;
        AtomicBoolean headers = new AtomicBoolean();
        TransferMeter meter = new TransferMeter(events, "download", url, -1);
        CompletableFuture<HttpResponse<T>> pending = client.sendAsync(request, info -> {
            headers.set(true);
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            meter.total(info.headers().firstValueAsLong("content-length").orElse(-1));
            return new MeteredBody<>(body.apply(info), meter);
        });
        try {
            // Go's Client.Timeout bounds the whole exchange, body included; the JDK's request timeout ends at the
            // headers, so a server that stalls mid-body is cut off here. Helm's words, with the URL named in the
            // body case too (Helm's message there does not say what was being read)
            HttpResponse<T> resp = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (resp.statusCode() != 200) {
                throw new Helm4jException("failed to fetch " + url + " : " + StatusText.status(resp.statusCode()));
            }
            return resp.body();
        } catch (TimeoutException e) {
            abandoned = true;
            pending.cancel(true); // cancels the stalled exchange only: the client goes on serving the others
            throw new Helm4jException("Get \"" + url + "\": context deadline exceeded (Client.Timeout "
                    + (headers.get() ? "or context cancellation while reading body" : "exceeded while awaiting headers")
                    + ")", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            IOException io = c instanceof IOException x ? x : new IOException(c.getMessage(), c);
            throw new Helm4jException("Get \"" + url + "\": " + transportError(uri, io), c);
        } catch (InterruptedException e) {
            abandoned = true;
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new Helm4jException("Get \"" + url + "\": context canceled", e);
        } finally {
            meter.done();
            release(abandoned);
        }
    }

    /** The getter's client for plain http or for https, built when no fetch has one open. */
    private synchronized HttpClient acquire(boolean plain) {
        inFlight++;
        HttpClient c = plain ? plainClient : tlsClient;
        if (c == null) {
            HttpClient.Builder cb = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.ALWAYS)
                    .connectTimeout(timeout);
            if (plain) {
                // as Go's client: no h2c upgrade on plain http; TLS set up only if a redirect goes to https
                io.helm4j.internal.content.DeferredTrust.plainHttp(cb);
            } else if (options.customTls()) {
                cb.sslContext(TlsContexts.of(options));
            }
            c = cb.build();
            if (plain) {
                plainClient = c;
            } else {
                tlsClient = c;
            }
        }
        return c;
    }

    /**
     * One fetch ended: the last one closes the clients (at once when any fetch of theirs abandoned a stalled
     * exchange: close() would wait for it).
     */
    private synchronized void release(boolean abandoned) {
        abandonedAny |= abandoned;
        if (--inFlight > 0) {
            return;
        }
        for (HttpClient c : new HttpClient[] {plainClient, tlsClient}) {
            if (c != null) {
                if (abandonedAny) {
                    c.shutdownNow();
                } else {
                    c.close();
                }
            }
        }
        plainClient = null;
        tlsClient = null;
        abandonedAny = false;
    }

    /** A body subscriber that counts the bytes on a meter as they pass to the one it wraps. */
    private record MeteredBody<T>(HttpResponse.BodySubscriber<T> delegate, TransferMeter meter)
            implements HttpResponse.BodySubscriber<T> {
        @Override
        public java.util.concurrent.CompletionStage<T> getBody() {
            return delegate.getBody();
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            delegate.onSubscribe(subscription);
        }

        @Override
        public void onNext(java.util.List<java.nio.ByteBuffer> item) {
            long n = 0;
            for (java.nio.ByteBuffer b : item) {
                n += b.remaining();
            }
            meter.add(n);
            delegate.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            delegate.onError(throwable);
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
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
