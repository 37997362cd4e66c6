package io.helm4j.repo;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Helm's {@code fileutil.AtomicWriteFile}: a temporary file in the same directory, then a rename. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path path, byte[] data, String perms) {
        Path abs = path.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, data);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(perms));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the default permissions stay
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Helm4jException("write " + path + ": " + e.getMessage(), e);
        }
    }
}
