package io.helm4j.chart;

import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Helm's {@code chartutil.Save}: writes a chart as {@code NAME-VERSION.tgz}, entries under {@code NAME/}
 * in Helm's order (Chart.yaml re-marshalled from the metadata, Chart.lock re-marshalled, the raw
 * values.yaml, values.schema.json, templates, other files, then each subchart as a nested directory
 * under {@code charts/}).
 *
 * <p>Unlike Helm the archive is reproducible: every entry has the same modification time (the one
 * given, e.g. from {@code SOURCE_DATE_EPOCH}), mode 0644, uid and gid 0 without names, and the gzip
 * header has no timestamp (it carries Helm's extra field and comment). The file is written beside its
 * destination and moved into place, so a failure never leaves a partial archive.
 */
public final class ChartArchiver {
    /** Helm's gzip header extra field. */
    private static final String HEADER_EXTRA = "+aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=";
    private static final String HEADER_COMMENT = "Helm";

    private final Instant modTime;

    public ChartArchiver(Instant modTime) {
        this.modTime = Objects.requireNonNull(modTime, "modTime");
    }

    /** The archive's file name: {@code NAME-VERSION.tgz}. */
    public static String fileName(Chart chart) {
        return chart.name() + "-" + chart.metadata().version() + ".tgz";
    }

    /**
     * Writes {@code chart} into {@code directory} (created if missing) and returns the archive's path,
     * {@code directory.resolve(fileName(chart))}.
     */
    public Path save(Chart chart, Path directory) {
        validateName(chart);
        Path target = directory.resolve(fileName(chart));
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new ChartException("is not a directory: " + directory);
            }
            Files.createDirectories(directory);
            // Helm's os.Create: a new archive gets 0666 less the umask (0644 as a rule), an existing one keeps
            // its mode; createTempFile would make it 0600.
            Path temp = directory.resolve("." + chart.name() + "-" + System.nanoTime() + ".tgz.tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    write(chart, out);
                }
                keepMode(target, temp);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ChartException(e.toString(), null, 0, e);
        }
        return target;
    }

    /** The archive's bytes. */
    public byte[] toBytes(Chart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(chart, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the gzipped tarball to {@code out} (not closed). */
    public void write(Chart chart, OutputStream out) throws IOException {
        validateName(chart);
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(tar, 512, StandardCharsets.UTF_8.name())) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            t.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            writeChart(t, chart, "");
            t.finish();
        }
        gzip(tar.toByteArray(), out);
    }

    private void writeChart(TarArchiveOutputStream out, Chart c, String prefix) throws IOException {
        validateName(c);
        String base = prefix + c.name() + "/";
        Metadata md = c.metadata();
        Map<String, Object> json = MetadataObject.of(md).toJsonMap();
        if (Metadata.API_VERSION_V1.equals(md.apiVersion())) {
            json.remove("dependencies");
        }
        entry(out, base + "Chart.yaml", GoYaml.toYaml(json).getBytes(StandardCharsets.UTF_8));
        if (Metadata.API_VERSION_V2.equals(md.apiVersion()) && c.lock() != null) {
            entry(out, base + "Chart.lock", ChartLockWriter.remarshal(c.lock()).getBytes(StandardCharsets.UTF_8));
        }
        byte[] values = c.rawFile("values.yaml");
        if (values != null) {
            entry(out, base + "values.yaml", values);
        }
        if (c.schema() != null) {
            checkJson(c.schema());
            entry(out, base + "values.schema.json", c.schema());
        }
        for (ChartFile f : c.templates()) {
            entry(out, base + f.name(), f.data());
        }
        for (ChartFile f : c.files()) {
            entry(out, base + f.name(), f.data());
        }
        for (Chart dep : c.dependencies()) {
            writeChart(out, dep, base + "charts/");
        }
    }

    private void entry(TarArchiveOutputStream out, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(data.length);
        e.setMode(0644);
        e.setModTime(FileTime.from(modTime));
        e.setUserId(0);
        e.setGroupId(0);
        e.setUserName("");
        e.setGroupName("");
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
    }

    /** Go's gzip writer with Helm's header: no timestamp, OS unknown, Helm's extra field and comment. */
    private static void gzip(byte[] data, OutputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(new byte[] {0x1f, (byte) 0x8b, 8, 0x04 | 0x10, 0, 0, 0, 0, 0, (byte) 255});
        byte[] extra = HEADER_EXTRA.getBytes(StandardCharsets.US_ASCII);
        header.write(extra.length & 0xff);
        header.write(extra.length >> 8);
        header.write(extra);
        header.write(HEADER_COMMENT.getBytes(StandardCharsets.US_ASCII));
        header.write(0);
        out.write(header.toByteArray());
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            DeflaterOutputStream d = new DeflaterOutputStream(nonClosing(out), deflater, 8192);
            d.write(data);
            d.finish();
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeInt(out, (int) crc.getValue());
        writeInt(out, data.length);
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
        out.write((v >> 16) & 0xff);
        out.write((v >>> 24) & 0xff);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }

    private static void keepMode(Path existing, Path replacement) throws IOException {
        if (Files.exists(existing) && Files.getFileStore(existing).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Helm's {@code validateName}: a chart name that would change the archive path is refused. */
    private static void validateName(Chart c) {
        String name = c.name();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new ChartException("\"" + name + "\" is not a valid chart name");
        }
    }

    private static void checkJson(byte[] schema) {
        try {
            GoYaml.fromJson(new String(schema, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new ChartException("Invalid JSON in values.schema.json", "values.schema.json", 0, e);
        }
    }

}
