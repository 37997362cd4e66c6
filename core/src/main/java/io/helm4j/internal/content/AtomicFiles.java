package io.helm4j.internal.content;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one atomic file writer (Helm's {@code fileutil.AtomicWriteFile}): a temporary file in the target's
 * directory, then a rename over the target, so a reader sees the old file or the new one and never half of
 * one; a failed write leaves no temporary file behind. Used by repository caches, the content cache, pulls and
 * dependency builds.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code data} to {@code path} (its directories created) with the process's default permissions. */
    public static void write(Path path, byte[] data) {
        write(path, data, null);
    }

    /**
     * Writes {@code data} to {@code path} with POSIX permissions {@code perms} ({@code rw-r--r--}; null keeps
     * the default; ignored where the file system has none). Fails as {@code write PATH: cause}.
     */
    public static void write(Path path, byte[] data, String perms) {
        Path abs = path.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try {
                Files.write(tmp, data);
                if (perms != null) {
                    try {
                        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(perms));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the default permissions stay
                    }
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Helm4jException("write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves {@code from} onto {@code to} with a rename; across file systems, a copy to a temporary file beside
     * {@code to}, renamed into place, then {@code from} removed.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = Files.createTempFile(to.toAbsolutePath().getParent(), "." + to.getFileName(), ".tmp");
            try {
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(from);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
