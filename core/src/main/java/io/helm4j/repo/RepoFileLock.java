package io.helm4j.repo;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * The lock Helm takes around changes to {@code repositories.yaml}: an exclusive {@code flock} on the file
 * named like it with {@code .lock} for its extension ({@code repositories.lock}), created 0600, tried
 * every so often for up to 30 seconds (gofrs/flock's {@code TryLockContext}). The JDK's file locks are
 * {@code flock}/{@code fcntl} locks, so Helm and helm4j exclude each other.
 */
public final class RepoFileLock implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final FileChannel channel;
    private final FileLock lock;

    private RepoFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Helm's lock path: the first occurrence of the extension replaced by {@code .lock}. */
    public static Path lockPath(Path repoFile) {
        String s = repoFile.toString();
        String name = repoFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return Path.of(ext.isEmpty() ? s + ".lock" : s.replaceFirst(java.util.regex.Pattern.quote(ext), ".lock"));
    }

    /** Takes the lock for {@code repoFile}, waiting up to 30 seconds. */
    public static RepoFileLock acquire(Path repoFile) {
        Path lockPath = lockPath(repoFile);
        try {
            if (lockPath.toAbsolutePath().getParent() != null) {
                Files.createDirectories(lockPath.toAbsolutePath().getParent());
            }
            FileChannel ch = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(lockPath, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l != null) {
                    return new RepoFileLock(ch, l);
                }
                if (System.nanoTime() > deadline) {
                    ch.close();
                    throw new Helm4jException("context deadline exceeded");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new Helm4jException("open " + lockPath + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Helm4jException("context canceled", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // unlocking a closed channel: nothing left to release
        }
    }
}
