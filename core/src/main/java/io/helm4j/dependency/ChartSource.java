package io.helm4j.dependency;

import io.helm4j.repo.RepoEntry;

/**
 * Where chart archives and provenance files come from: {@code url} fetched with the credentials and TLS
 * settings of {@code repository} (null for a repository not in {@code repositories.yaml}). The HTTP
 * implementation is {@link HttpChartSource}; tests and embedders may serve charts otherwise.
 */
@FunctionalInterface
public interface ChartSource {
    byte[] fetch(String url, RepoEntry repository);

    /** How repository indexes are fetched alongside (by URL scheme: http(s), and getter plugins' schemes). */
    default java.util.function.Function<io.helm4j.getter.HttpOptions, io.helm4j.getter.Getter> indexGetters() {
        return io.helm4j.getter.HttpGetter::new;
    }
}
