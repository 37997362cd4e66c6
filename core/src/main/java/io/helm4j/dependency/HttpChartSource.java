package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import io.helm4j.getter.Getter;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import io.helm4j.repo.RepoEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Charts over HTTP(S) with Helm's HTTP getter, the repository's credentials and TLS files applied, each
 * request bounded by the timeout. A transport failure (refused, reset, timed out) or a 5xx answer is tried
 * again, twice, after a short pause; the last error is reported. An {@code oci://} reference is refused until
 * the OCI client is wired in.
 */
public final class HttpChartSource implements ChartSource {
    private static final Pattern SERVER_ERROR = Pattern.compile(".* : 5\\d\\d( .*)?");

    private final Duration timeout;
    private final int attempts;
    private final Duration pause;
    private final Function<HttpOptions, Getter> getters;
    /** One getter (so one HTTP client and its connections) per repository's options, shared by parallel fetches. */
    private final java.util.Map<HttpOptions, Getter> byOptions = new java.util.concurrent.ConcurrentHashMap<>();

    public HttpChartSource(Duration timeout) {
        this(timeout, 3, Duration.ofMillis(200));
    }

    /** With the getters of the other schemes ({@code getter/v1} plugins): see {@link io.helm4j.getter.SchemeGetters}. */
    public HttpChartSource(Duration timeout, Function<HttpOptions, Getter> getters) {
        this(timeout, 3, Duration.ofMillis(200), getters);
    }

    /** {@code attempts} tries in all, {@code pause} before the second (doubled before each further one). */
    public HttpChartSource(Duration timeout, int attempts, Duration pause) {
        this(timeout, attempts, pause, HttpGetter::new);
    }

    private HttpChartSource(Duration timeout, int attempts, Duration pause, Function<HttpOptions, Getter> getters) {
        this.getters = getters;
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
    }

    @Override
    public byte[] fetch(String url, RepoEntry repository) {
        if (url.startsWith("oci://")) {
            throw new Helm4jException("oci:// dependencies are not supported by helm4j yet: " + url);
        }
        HttpOptions options = repository == null ? HttpOptions.defaults().withTimeout(timeout)
                : repository.httpOptions(timeout);
        Getter getter = byOptions.computeIfAbsent(options, getters);
        long wait = pause.toMillis();
        for (int i = 1; ; i++) {
            try {
                return getter.get(url);
            } catch (Helm4jException e) {
                if (i >= attempts || !retryable(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Helm4jException("Get \"" + url + "\": context canceled", e);
            }
            wait *= 2;
        }
    }

    @Override
    public Function<HttpOptions, Getter> indexGetters() {
        return getters;
    }

    private static boolean retryable(Helm4jException e) {
        return e.getCause() instanceof IOException || SERVER_ERROR.matcher(e.getMessage()).matches();
    }
}
