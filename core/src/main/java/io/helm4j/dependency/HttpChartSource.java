package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import io.helm4j.getter.HttpGetter;
import io.helm4j.getter.HttpOptions;
import io.helm4j.repo.RepoEntry;
import java.time.Duration;

/**
 * Charts over HTTP(S) with Helm's HTTP getter, the repository's credentials and TLS files applied; an
 * {@code oci://} reference is refused until the OCI client is wired in.
 */
public final class HttpChartSource implements ChartSource {
    private final Duration timeout;

    public HttpChartSource(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public byte[] fetch(String url, RepoEntry repository) {
        if (url.startsWith("oci://")) {
            throw new Helm4jException("oci:// dependencies are not supported by helm4j yet: " + url);
        }
        HttpOptions options = repository == null ? HttpOptions.defaults().withTimeout(timeout)
                : repository.httpOptions(timeout);
        return new HttpGetter(options).get(url);
    }
}
