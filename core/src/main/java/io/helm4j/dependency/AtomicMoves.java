package io.helm4j.dependency;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file moved into place atomically (a rename), or copied to a temporary file beside it and renamed. */
final class AtomicMoves {
    private AtomicMoves() {
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = Files.createTempFile(to.getParent(), "." + to.getFileName(), ".tmp");
            try {
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(from);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes {@code data} to {@code to} through a temporary file in the same directory. */
    static void write(Path to, byte[] data) throws IOException {
        Path tmp = Files.createTempFile(to.getParent(), "." + to.getFileName(), ".tmp");
        try {
            Files.write(tmp, data);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
