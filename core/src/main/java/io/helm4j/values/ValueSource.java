package io.helm4j.values;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where {@code -f} values files and {@code --set-file} files are read from: given the path or URL the user
 * wrote, returns the bytes, or throws a {@link ValuesException} whose message reads like Go's
 * ({@code open x.yaml: no such file or directory}). The CLI may add URL getters in front of {@link #local}.
 */
@FunctionalInterface
public interface ValueSource {
    byte[] read(String path);

    /** Files relative to {@code baseDir}; {@code -} reads {@code stdin}. */
    static ValueSource local(Path baseDir, InputStream stdin) {
        return path -> {
            if (path.strip().equals("-")) {
                try {
                    return stdin.readAllBytes();
                } catch (IOException e) {
                    throw new ValuesException("read /dev/stdin: " + e.getMessage(), e);
                }
            }
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
        };
    }
}
