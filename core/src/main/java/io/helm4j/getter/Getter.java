package io.helm4j.getter;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Helm's {@code getter.Getter}: fetches what a URL names (a values file, later a chart or an index). Errors
 * are {@link io.helm4j.Helm4jException}s whose message is Helm's ({@code failed to fetch URL : 404 Not Found}).
 */
@FunctionalInterface
public interface Getter {
    byte[] get(String url);

    /**
     * Fetches {@code url} into {@code file} (created or overwritten), with {@link #get}'s errors. A getter that
     * can stream writes the body as it arrives, so a large download (a repository's index) is never held in
     * memory whole; this default holds it.
     */
    default void getTo(String url, Path file) {
        byte[] data = get(url);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new Helm4jException("write " + file + ": " + e.getMessage(), e);
        }
    }
}
