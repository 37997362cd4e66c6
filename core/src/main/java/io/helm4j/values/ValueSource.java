package io.helm4j.values;

import io.helm4j.Helm4jException;
import io.helm4j.getter.Getter;
import io.helm4j.getter.Getters;
import io.helm4j.gostd.Url;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code -f} values files and {@code --set-file} files are read from: given the path or URL the user
 * wrote, returns the bytes, or throws a {@link ValuesException} whose message reads like Go's
 * ({@code open x.yaml: no such file or directory}).
 */
@FunctionalInterface
public interface ValueSource {
    byte[] read(String path);

    /** Helm 4's readFile with its built-in getters ({@link Getters#defaults()}): http(s) URLs are fetched. */
    static ValueSource local(Path baseDir, InputStream stdin) {
        return local(baseDir, stdin, Getters.defaults());
    }

    /**
     * Helm 4's readFile: {@code -} reads {@code stdin}; an argument that parses as a URL whose scheme one of
     * {@code getters} serves is fetched by it; anything else is a file relative to {@code baseDir}. An argument
     * Go's url.Parse rejects fails as in Helm ({@code parse "a%zz.yaml": invalid URL escape "%zz"}).
     */
    static ValueSource local(Path baseDir, InputStream stdin, Getters getters) {
        return path -> {
            if (path.strip().equals("-")) {
                try {
                    return stdin.readAllBytes();
                } catch (IOException e) {
                    throw new ValuesException("read /dev/stdin: " + e.getMessage(), e);
                }
            }
            Optional<Getter> getter = getters.byScheme(scheme(path));
            if (getter.isPresent()) {
                try {
                    return getter.get().get(path);
                } catch (ValuesException e) {
                    throw e;
                } catch (Helm4jException e) {
                    throw new ValuesException(e.getMessage(), path, 0, e);
                }
            }
            return readFile(baseDir, path);
        };
    }

    /** url.Parse's scheme; its errors are Helm's, returned unwrapped. */
    private static String scheme(String path) {
        try {
            return Url.parse(path).scheme();
        } catch (IllegalArgumentException e) {
            throw new ValuesException(e.getMessage(), path, 0, e);
        }
    }

    private static byte[] readFile(Path baseDir, String path) {
        Path p = baseDir.resolve(path);
        try {
            if (Files.isDirectory(p)) {
                throw new ValuesException("read " + path + ": is a directory", path, 0, null);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new ValuesException("open " + path + ": no such file or directory", path, 0, e);
        } catch (AccessDeniedException e) {
            throw new ValuesException("open " + path + ": permission denied", path, 0, e);
        } catch (IOException e) {
            throw new ValuesException("open " + path + ": " + e.getMessage(), path, 0, e);
        }
    }
}
