package io.helm4j.getter;

/**
 * Helm's {@code getter.Getter}: fetches what a URL names (a values file, later a chart or an index). Errors
 * are {@link io.helm4j.Helm4jException}s whose message is Helm's ({@code failed to fetch URL : 404 Not Found}).
 */
@FunctionalInterface
public interface Getter {
    byte[] get(String url);
}
