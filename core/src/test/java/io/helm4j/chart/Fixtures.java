package io.helm4j.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Test fixtures: the named fixture charts, the shared corpus, and chart archives built in memory. */
final class Fixtures {
    private Fixtures() {
    }

    /** A fixture chart under src/test/resources/charts. */
    static Path chart(String name) {
        return Path.of("src/test/resources/charts", name);
    }

    /**
     * The shared directory (corpus, oracle): system property {@code helm4j.shared}, else the first
     * {@code shared} directory beside the repository or one of its parents; null when absent.
     */
    static Path shared() {
        String prop = System.getProperty("helm4j.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus"))) {
                return p.resolve("shared");
            }
        }
        return null;
    }

    /** Builds a gzipped tarball; entries alternate name and content (String or byte[]). */
    static byte[] tgz(Object... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < entries.length; i += 2) {
                String name = (String) entries[i];
                byte[] data = entries[i + 1] instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                        : (byte[]) entries[i + 1];
                TarArchiveEntry e = new TarArchiveEntry(name, true);
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String chartYaml(String name, String version) {
        return "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n";
    }
}
