package io.helm4j.repo;

import io.helm4j.events.EventSink;
import io.helm4j.internal.content.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * helm4j's pre-digested form of a cached index ({@code .NAME-index.h4j} beside Helm's {@code NAME-index.yaml},
 * which Helm ignores): the index's {@code apiVersion} and, for each chart, its entries as JSON (the form Helm
 * itself decodes them from, through sigs.k8s.io/yaml), behind a table of offsets. A command reads the table
 * and then only the charts it looks at ({@link LazyEntries}), and no YAML at all. The file is valid while the
 * YAML file has the size and modification time it was made from and its blocks still have their CRC-32C (read
 * once per load: cheap next to a parse); a stale, missing, damaged or unreadable one is ignored (the YAML is parsed and the form made again). An index whose parse reported skipped entries gets no
 * pre-digested form, so its warnings come as Helm prints them, on every load.
 */
final class IndexSidecar {
    private static final int MAGIC = 0x48344958; // "H4IX"
    private static final int FORMAT = 1;

    private IndexSidecar() {
    }

    /** Where the pre-digested form of the index at {@code yaml} lives. */
    static Path of(Path yaml) {
        String name = yaml.getFileName().toString();
        return yaml.resolveSibling("." + (name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name)
                + ".h4j");
    }

    /**
     * Writes the form of {@code digested} (as parsed from {@code yaml}, already on disk, its entries decoded without
     * a warning); quietly gives up on error.
     */
    static void write(Path yaml, IndexFile.Digested digested) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(yaml, BasicFileAttributes.class);
            List<String> names = digested.names();
            List<byte[]> blocks = digested.json();
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(MAGIC);
            h.writeInt(FORMAT);
            h.writeLong(attrs.size());
            h.writeLong(attrs.lastModifiedTime().toMillis());
            writeUtf(h, digested.apiVersion());
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            blocks.forEach(crc::update);
            h.writeLong(crc.getValue());
            h.writeInt(names.size());
            long offset = 0;
            for (int i = 0; i < names.size(); i++) {
                writeUtf(h, names.get(i));
                h.writeLong(offset);
                h.writeInt(blocks.get(i).length);
                offset += blocks.get(i).length;
            }
            h.flush();
            // streamed to a temporary file beside the YAML, then renamed: a large index's blocks are not copied
            Path side = of(yaml);
            Path tmp = Files.createTempFile(side.toAbsolutePath().getParent(), side.getFileName().toString(), ".tmp");
            try {
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    DataOutputStream d = new DataOutputStream(out);
                    d.writeInt(header.size());
                    header.writeTo(d);
                    for (byte[] b : blocks) {
                        d.write(b);
                    }
                    d.flush();
                }
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the default permissions stay
                }
                AtomicFiles.move(tmp, side);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // only a cache: the YAML is parsed again next time
        }
    }

    /**
     * The index from the pre-digested form of {@code yaml}, or null when there is none that matches the YAML
     * file as it is now (or it cannot be read).
     */
    static IndexFile read(Path yaml, String source, EventSink events) {
        Path side = of(yaml);
        try (FileChannel ch = FileChannel.open(side, StandardOpenOption.READ)) {
            BasicFileAttributes attrs = Files.readAttributes(yaml, BasicFileAttributes.class);
            ByteBuffer map = contents(ch);
            int headerSize = map.getInt();
            ByteBuffer h = map.slice(4, headerSize);
            if (h.getInt() != MAGIC || h.getInt() != FORMAT || h.getLong() != attrs.size()
                    || h.getLong() != attrs.lastModifiedTime().toMillis()) {
                return null;
            }
            String api = utf(h);
            long crc = h.getLong();
            int n = h.getInt();
            Map<String, long[]> table = new LinkedHashMap<>();
            long dataStart = 4L + headerSize;
            long dataLength = 0;
            for (int i = 0; i < n; i++) {
                String name = utf(h);
                long off = h.getLong();
                int len = h.getInt();
                if (off != dataLength || len < 0) {
                    return null;
                }
                table.put(name, new long[] {dataStart + off, len});
                dataLength += len;
            }
            if (ch.size() != dataStart + dataLength) {
                return null; // cut short or added to
            }
            java.util.zip.CRC32C check = new java.util.zip.CRC32C();
            check.update(map.slice((int) dataStart, (int) dataLength));
            if (check.getValue() != crc) {
                return null;
            }
            return new IndexFile(api, new LazyEntries(map, table, source, events));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Files up to this size are read onto the heap; larger ones are mapped. */
    private static final long MAP_FROM = 4L << 20;

    /**
     * The file's bytes: read when small, mapped when large (a large index stays off the heap). Mapping a file
     * makes the JDK build its mapped-buffer constructor by reflection, about 8% of a cold {@code dependency
     * update} (bench/README.md), which a small index does not need.
     */
    private static ByteBuffer contents(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size >= MAP_FROM) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        ByteBuffer b = ByteBuffer.allocate((int) size);
        while (b.hasRemaining() && ch.read(b) >= 0) {
            // read to the end
        }
        if (b.hasRemaining()) {
            throw new IOException("short read");
        }
        return b.flip();
    }

    private static void writeUtf(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string as {@link #writeUtf} wrote it: its UTF-8 length, then the bytes. */
    private static String utf(ByteBuffer b) {
        int len = b.getInt();
        if (len < 0 || len > b.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[len];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
