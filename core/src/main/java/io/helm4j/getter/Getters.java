package io.helm4j.getter;

import io.helm4j.Helm4jException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's {@code getter.Providers}: which {@link Getter} serves which URL scheme. Helm 4's built-in set is
 * http and https (one HTTP getter, 120 s timeout) and oci; plugins may add schemes (not yet in helm4j).
 * Nothing here touches the JDK's HTTP client until a URL is actually fetched.
 */
public record Getters(Map<String, Getter> byScheme) {
    /** Helm 4's default timeout for HTTP getters. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public Getters {
        byScheme = Map.copyOf(byScheme);
    }

    /** No getters: every argument is a local path. */
    public static Getters none() {
        return new Getters(Map.of());
    }

    /** Helm 4's built-in getters: http, https and oci. */
    public static Getters defaults() {
        Map<String, Getter> m = new LinkedHashMap<>();
        Getter http = url -> new HttpGetter(DEFAULT_TIMEOUT).get(url);
        m.put("http", http);
        m.put("https", http);
        m.put("oci", url -> {
            throw new Helm4jException("cannot fetch " + url + ": helm4j does not fetch oci:// artifacts yet");
        });
        return new Getters(m);
    }

    /** These getters, with {@code getter} serving {@code scheme} (replacing any other). */
    public Getters with(String scheme, Getter getter) {
        Map<String, Getter> m = new LinkedHashMap<>(byScheme);
        m.put(scheme, getter);
        return new Getters(m);
    }

    /** The getter for a (lower-case) scheme, as Helm's {@code ByScheme}; empty when none serves it. */
    public Optional<Getter> byScheme(String scheme) {
        return Optional.ofNullable(byScheme.get(scheme));
    }
}
