package io.helm4j.chart;

import io.helm4j.gostd.Paths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the files of a gzipped chart tarball into memory, as Helm's {@code LoadArchiveFiles}: the
 * top directory is stripped from every entry, entries that are absolute, climb out with {@code ..},
 * or name a drive are refused, sizes are limited, and a UTF-8 BOM is dropped. Nothing is written
 * to disk. Errors name the archive in {@link ChartException#file()}.
 */
final class ArchiveReader {
    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:/");

    private final LoadOptions options;
    private final String label;
    private final boolean wrapCorruption;

    ArchiveReader(LoadOptions options, String label) {
        this(options, label, true);
    }

    /**
     * {@code wrapCorruption}: a file that is not gzip at all is reported as Helm's {@code LoadFile} does ("file
     * '...' does not appear to be a valid chart file (details: gzip: invalid header)"); every other error, and all
     * without it, with the details alone, as {@code LoadArchiveFiles} returns them.
     */
    ArchiveReader(LoadOptions options, String label, boolean wrapCorruption) {
        this.options = options;
        this.label = label;
        this.wrapCorruption = wrapCorruption;
    }

    /**
     * The archive's files. It is read through the JDK's inflater; when that fails, the bytes are read again through
     * Go's gzip reader ({@link GoGzipInputStream}), so that a broken archive fails as Helm's does: with Go's words
     * ({@code flate: corrupt input before offset 5}) and only once the entries before the fault have been read,
     * which the JDK's inflater, stopping earlier, does not give.
     */
    List<ChartFile> read(InputStream in) {
        Recording recorded = new Recording(in);
        try (InputStream gz = new GZIPInputStream(recorded, 64 * 1024)) {
            List<ChartFile> files = entries(new TarReader(gz));
            // the rest (the end-of-archive blocks' last bytes, the trailer): a checksum that does not match is a
            // failure Go may report, which the reading below decides
            gz.transferTo(java.io.OutputStream.nullOutputStream());
            return files;
        } catch (ZipException | java.io.EOFException e) {
            return readAsGo(recorded, e);
        } catch (TarReader.HeaderException e) {
            throw corrupt(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(message(e), e);
        }
    }

    private List<ChartFile> readAsGo(Recording recorded, IOException jdk) {
        byte[] all;
        try {
            all = recorded.all();
        } catch (IOException e) {
            throw corrupt(message(jdk), jdk);
        }
        try {
            return entries(new TarReader(new GoGzipInputStream(all)));
        } catch (GoGzipInputStream.GoError | TarReader.HeaderException e) {
            throw corrupt(e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw corrupt("unexpected EOF", e);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(message(e), e);
        }
    }

    private static String message(Exception e) {
        if (e instanceof ZipException) {
            return "Not in GZIP format".equals(e.getMessage()) ? "gzip: invalid header"
                    : "flate: corrupt input (" + e.getMessage() + ")";
        }
        if (e instanceof java.io.EOFException) {
            return "unexpected EOF";
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.contains("header") ? TarReader.INVALID_HEADER : m;
    }

    /** The bytes read from a stream, kept so that a failed read can start again; then the rest of the stream. */
    private static final class Recording extends java.io.FilterInputStream {
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        Recording(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                seen.write(c);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                seen.write(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Left open: a failed read reads the rest; the caller closes the stream it gave. */
        @Override
        public void close() {
        }

        byte[] all() throws IOException {
            seen.write(in.readAllBytes());
            return seen.toByteArray();
        }
    }

    private ChartException corrupt(String details, Throwable cause) {
        // Helm's LoadFile wraps only gzip.ErrHeader; any other error of the archive comes bare
        if (!wrapCorruption || !"gzip: invalid header".equals(details)) {
            return new ChartException(details, label, 0, cause);
        }
        return new ChartException("file '" + label + "' does not appear to be a valid chart file (details: "
                + details + ")", label, 0, cause);
    }

    private ChartException refuse(String message) {
        return new ChartException(message, label, 0, null);
    }

    private List<ChartFile> entries(TarReader tar) throws IOException {
        List<ChartFile> files = new ArrayList<>();
        long remaining = options.maxChartSize();
        TarReader.Header entry;
        while ((entry = tar.next()) != null) {
            if (entry.isDirectory() || entry.type() == TarReader.Header.PAX_GLOBAL
                    || entry.type() == TarReader.Header.PAX) {
                continue;
            }
            String name = safeName(entry.name());
            long size = entry.size();
            if (size > remaining) {
                throw tooLarge();
            }
            if (size > options.maxFileSize()) {
                throw refuse("decompressed chart file \"" + entry.name()
                        + "\" is larger than the maximum file size " + options.maxFileSize() + " bytes");
            }
            byte[] data = readEntry(tar.data(), size);
            remaining -= data.length;
            if (data.length < size || remaining <= 0) {
                throw tooLarge();
            }
            files.add(new ChartFile(name, stripBom(data)));
        }
        if (files.isEmpty()) {
            throw refuse("no files in chart archive");
        }
        return files;
    }

    private ChartException tooLarge() {
        return refuse("decompressed chart is larger than the maximum size " + options.maxChartSize() + " bytes");
    }

    /** The entry's path below the chart's top directory, or a refusal with Helm's message. */
    private String safeName(String entryName) {
        String delimiter = entryName.indexOf('\\') >= 0 ? "\\" : "/";
        // "/" or the regex "\\": both take String.split's fast path (Pattern.quote compiled a pattern per entry)
        String[] parts = entryName.split(delimiter.equals("/") ? "/" : "\\\\", -1);
        String n = String.join("/", Arrays.asList(parts).subList(1, parts.length));
        if (n.startsWith("/")) {
            throw refuse("chart illegally contains absolute paths");
        }
        n = Paths.clean(n);
        if (n.equals(".")) {
            throw refuse("chart illegally contains content outside the base directory: \"" + entryName + "\"");
        }
        if (n.startsWith("..")) {
            throw refuse("chart illegally references parent directory");
        }
        if (DRIVE.matcher(n).find()) {
            throw refuse("chart contains illegally named files");
        }
        if (parts[0].equals("Chart.yaml")) {
            throw refuse("chart yaml not in base directory");
        }
        return n;
    }

    /**
     * An entry's bytes (its size already checked against the limits): read straight into an array of its size, not
     * through a growing buffer and a copy (the larger part of loading a small archive's files, bench/README.md); a
     * stream cut short gives what it had.
     */
    private static byte[] readEntry(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            return in.readAllBytes(); // past an array's size: fails as the JDK does
        }
        byte[] data = new byte[(int) size];
        int n = in.readNBytes(data, 0, data.length);
        return n == data.length ? data : Arrays.copyOf(data, n);
    }

    static byte[] stripBom(byte[] data) {
        if (data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF) {
            return Arrays.copyOfRange(data, 3, data.length);
        }
        return data;
    }
}
