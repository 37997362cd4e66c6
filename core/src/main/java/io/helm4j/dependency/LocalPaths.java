package io.helm4j.dependency;

import io.helm4j.Helm4jException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helm's {@code resolver.GetLocalPath}: a {@code file://} repository as a directory beside the chart. */
final class LocalPaths {
    private LocalPaths() {
    }

    static Path of(String repo, Path chartDir) {
        String p = repo.startsWith("file://") ? repo.substring(7) : repo;
        Path dep = p.startsWith("/") ? Path.of(p).toAbsolutePath().normalize() : Path.of(
                io.helm4j.gostd.Paths.clean(chartDir.resolve(p).toString()));
        if (!Files.exists(dep)) {
            throw new Helm4jException("directory " + dep + " not found");
        }
        return dep;
    }
}
