package io.helm4j.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads a chart as Helm's {@code loader.Load} does: from a directory (honouring .helmignore), from a
 * gzipped tarball ({@code .tgz}, {@code .tar.gz}, any name), from a stream, or from files already in
 * memory. Every failure is a {@link ChartException} with Helm's message.
 *
 * <pre>{@code
 * Chart c = ChartLoader.create().load(Path.of("mychart"));
 * Chart d = ChartLoader.withOptions(LoadOptions.defaults().withEvents(sink)).loadArchive(in, "mychart-1.0.0.tgz");
 * }</pre>
 */
public final class ChartLoader {
    private final LoadOptions options;

    private ChartLoader(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A loader with Helm's default limits. */
    public static ChartLoader create() {
        return new ChartLoader(LoadOptions.defaults());
    }

    public static ChartLoader withOptions(LoadOptions options) {
        return new ChartLoader(options);
    }

    /** Shortcut for {@code create().load(path)}. */
    public static Chart loadChart(Path path) {
        return create().load(path);
    }

    /** A directory is loaded as a chart directory, anything else as a chart archive. */
    public Chart load(Path path) {
        if (Files.isDirectory(path)) {
            return loadDirectory(path);
        }
        if (!Files.exists(path)) {
            throw new ChartException("stat " + path + ": no such file or directory", path.toString(), 0, null);
        }
        return loadArchive(path);
    }

    /** Helm's {@code LoadDir}. */
    public Chart loadDirectory(Path dir) {
        List<ChartFile> files = new DirectoryReader(options).read(dir);
        return loadFiles(files);
    }

    /**
     * Helm 4's version-detecting {@code pkg/chart/loader.Load}, as {@code install}, {@code upgrade} and
     * {@code template} load a chart: {@link #load}, except that an archive whose files cannot be read (past a gzip
     * header) fails as {@code unable to load chart archive}, the reader's error dropped as Helm drops it.
     */
    public Chart loadDetecting(Path path) {
        if (Files.isDirectory(path) || !Files.exists(path)) {
            return load(path);
        }
        String name = path.toString();
        checkGzip(path);
        List<ChartFile> files;
        try (InputStream in = Files.newInputStream(path)) {
            files = new ArchiveReader(options, name).read(in);
        } catch (ChartException e) {
            if (e.getMessage().startsWith("file '" + name + "' does not appear to be a valid chart file")) {
                throw e;
            }
            throw new ChartException("unable to load chart archive", name, 0, e);
        } catch (IOException e) {
            throw new ChartException("file '" + name + "' cannot be read: " + e.getMessage(), name, 0, e);
        }
        try {
            return loadFiles(files);
        } catch (ChartException e) {
            if (e.file() != null) {
                throw e;
            }
            throw new ChartException(e.getMessage(), name, e.line(), e.getCause());
        }
    }

    /**
     * Helm's {@code LoadFile}: checks first that the file looks like a gzip archive (with Helm's hints
     * for a YAML file passed by mistake), then reads it.
     */
    public Chart loadArchive(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ChartException("cannot load a directory", name, 0, null);
        }
        checkGzip(file);
        try (InputStream in = Files.newInputStream(file)) {
            return loadArchive(in, name);
        } catch (IOException e) {
            throw new ChartException("file '" + name + "' cannot be read: " + e.getMessage(), name, 0, e);
        }
    }

    /** Helm's {@code EnsureArchive}: the file looks like a gzip archive (with hints for a YAML file). */
    private static void checkGzip(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            ArchiveSniffer.ensureGzip(name, head);
        } catch (NoSuchFileException e) {
            throw new ChartException("open " + name + ": no such file or directory", name, 0, e);
        } catch (IOException e) {
            throw new ChartException("file '" + name + "' cannot be read: " + e.getMessage(), name, 0, e);
        }
    }

    /**
     * Helm's {@code LoadArchive}: a gzipped tarball from a stream; {@code label} names it in errors
     * (e.g. the file or URL it came from). The stream is read to the end but not closed.
     */
    public Chart loadArchive(InputStream in, String label) {
        List<ChartFile> files = new ArchiveReader(options, label).read(in);
        try {
            return loadFiles(files);
        } catch (ChartException e) {
            if (e.file() != null) {
                throw e;
            }
            throw new ChartException(e.getMessage(), label, e.line(), e.getCause());
        }
    }

    /**
     * Helm's {@code LoadArchiveFiles}: the files of a chart archive, named below its top directory, with the
     * loader's limits and path checks, but not assembled or validated as a chart (lint expands a broken chart
     * this way). Errors are the reader's own, not wrapped as in {@link #loadArchive(Path)}.
     */
    public List<ChartFile> loadArchiveFiles(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new ArchiveReader(options, name, false).read(in);
        } catch (NoSuchFileException e) {
            throw new ChartException("open " + name + ": no such file or directory", name, 0, e);
        } catch (IOException e) {
            throw new ChartException("read " + name + ": " + e.getMessage(), name, 0, e);
        }
    }

    /** Helm's {@code LoadFiles}: a chart from files already in memory, named relative to the chart root. */
    public Chart loadFiles(List<ChartFile> files) {
        return new ChartAssembler(options).assemble(files);
    }
}
