package io.helm4j.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a chart directory into memory, as Helm's {@code LoadDir}: {@code .helmignore} (plus the
 * default {@code templates/.?*} rule) is applied, names are walked in sorted order per directory,
 * symbolic links are followed (but must stay inside the chart unless allowed), irregular files and
 * files over the size limit are refused, and a UTF-8 BOM is dropped.
 */
final class DirectoryReader {
    private final LoadOptions options;
    private Path root;
    private Path realRoot;
    private HelmIgnore rules;
    private final List<ChartFile> files = new ArrayList<>();
    private final Set<Path> activeDirs = new HashSet<>();

    DirectoryReader(LoadOptions options) {
        this.options = options;
    }

    List<ChartFile> read(Path dir) {
        root = dir.toAbsolutePath().normalize();
        try {
            realRoot = root.toRealPath();
            rules = HelmIgnore.empty();
            Path ignoreFile = root.resolve(HelmIgnore.FILE_NAME);
            if (Files.exists(ignoreFile)) {
                rules = HelmIgnore.parse(Files.readString(ignoreFile, StandardCharsets.UTF_8));
            }
            rules = rules.withDefaults();
            walkDirectory(root, "", realRoot);
        } catch (IOException e) {
            throw new ChartException("error reading chart directory " + root + ": " + describe(e), root.toString(), 0,
                    e);
        }
        return files;
    }

    /** An I/O failure in Go's words ("open x: permission denied"). */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "open " + n.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "open " + a.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void walkDirectory(Path dir, String prefix, Path real) throws IOException {
        if (!activeDirs.add(real)) {
            throw new ChartException("symbolic link cycle in chart at " + prefix, prefix, 0, null);
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        for (String name : names) {
            visit(dir.resolve(name), prefix.isEmpty() ? name : prefix + "/" + name);
        }
        activeDirs.remove(real);
    }

    private void visit(Path path, String n) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Path real = path;
        if (attrs.isSymbolicLink()) {
            try {
                real = path.toRealPath();
            } catch (NoSuchFileException e) {
                if (rules.ignores(n, false)) {
                    return;
                }
                throw new ChartException("error evaluating symlink " + path + ": lstat " + e.getFile()
                        + ": no such file or directory", n, 0, e);
            }
            if (!real.startsWith(realRoot) && !options.allowExternalSymlinks()) {
                throw new ChartException("chart illegally references a file outside the chart directory: " + n
                        + " is a symbolic link to " + real, n, 0, null);
            }
            attrs = Files.readAttributes(real, BasicFileAttributes.class);
        }
        if (attrs.isDirectory()) {
            if (!rules.ignores(n, true)) {
                walkDirectory(path, n, attrs.isSymbolicLink() ? real : path.toRealPath());
            }
            return;
        }
        if (rules.ignores(n, false)) {
            return;
        }
        if (!attrs.isRegularFile()) {
            throw new ChartException("cannot load irregular file " + path + " as it has file mode type bits set", n,
                    0, null);
        }
        if (attrs.size() > options.maxFileSize()) {
            throw new ChartException("chart file \"" + path.getFileName() + "\" is larger than the maximum file size "
                    + options.maxFileSize(), n, 0, null);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ChartException("error reading " + n + ": " + describe(e), n, 0, e);
        }
        files.add(new ChartFile(n, ArchiveReader.stripBom(data)));
    }
}
