package io.helm4j.action;

import io.helm4j.Helm4jException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code helm lint} finds its charts: the paths given, the subcharts under each path's charts/
 * with --with-subcharts (as Go's {@code filepath.Walk} finds them), and archives unpacked to a
 * temporary directory for the rules to read.
 */
final class LintPaths {
    private LintPaths() {
    }

    /** The paths to lint: each given path, then with subcharts the charts found under its charts/. */
    static List<String> expand(List<String> paths, boolean withSubcharts, Path workingDir) {
        List<String> out = new ArrayList<>(paths);
        if (withSubcharts) {
            for (String p : paths) {
                walk(workingDir.resolve(p).resolve("charts"), goJoin(p, "charts"), out);
            }
        }
        return out;
    }

    /** Go's filepath.Walk: lexical order, depth first, reporting each directory holding a Chart.yaml. */
    private static void walk(Path dir, String shown, List<String> out) {
        if (!Files.isDirectory(dir)) {
            if (shown.endsWith(".tgz") || shown.endsWith(".tar.gz")) {
                out.add(shown);
            }
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return;
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            String childShown = shown + "/" + name;
            if (name.equals("Chart.yaml")) {
                out.add(shown);
            } else {
                walk(c, childShown, out);
            }
        }
    }

    /** Go's filepath.Join of two parts (cleaned as Go cleans). */
    static String goJoin(String a, String b) {
        String joined = a.isEmpty() ? b : a + "/" + b;
        Path p = Path.of(joined).normalize();
        String s = p.toString();
        return s.isEmpty() ? "." : s;
    }

    /** A chart directory to lint; for an archive, unpacked into a temporary directory removed on close. */
    record Checkout(Path dir, Path temp) implements AutoCloseable {
        @Override
        public void close() {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    static Checkout checkout(String path, Path workingDir) {
        Path resolved = workingDir.resolve(path);
        Path dir = resolved;
        Path temp = null;
        if (Lint.isArchive(path)) {
            temp = unpack(resolved);
            dir = temp.resolve(firstDir(temp));
        }
        if (!Files.exists(dir.resolve("Chart.yaml"))) {
            if (temp != null) {
                deleteTree(temp);
            }
            throw new Helm4jException("unable to check Chart.yaml file in chart: stat " + goJoin(path, "Chart.yaml")
                    + ": no such file or directory");
        }
        return new Checkout(dir, temp);
    }

    private static Path unpack(Path archive) {
        Path temp;
        try {
            temp = Files.createTempDirectory("helm-lint");
        } catch (IOException e) {
            throw new Helm4jException("unable to create temp dir to extract tarball: " + e.getMessage(), e);
        }
        try {
            LintArchive.expand(archive, temp);
            return temp;
        } catch (Helm4jException e) {
            deleteTree(temp);
            throw new Helm4jException("unable to extract tarball: " + e.getMessage().replaceFirst(
                    "^unable to extract tarball: ", ""), e);
        }
    }

    private static String firstDir(Path temp) {
        try (Stream<Path> s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).sorted().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}
