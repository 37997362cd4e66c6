package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart archive's tar reader (Go's {@code archive/tar} as Helm's loader sees it): archives GNU tar writes in
 * each of its formats load with the same files, long names (PAX records, GNU long names, the USTAR prefix)
 * included; the faults fail with Go's errors, which Helm 4.3.2 prints for the same archives
 * ({@code helm show chart}: "archive/tar: invalid tar header", "unexpected EOF").
 */
class TarReaderTest {
    @TempDir
    Path tmp;

    private static final String LONG_DIR = "templates/" + "d".repeat(60) + "/" + "e".repeat(60);
    private static final String LONG_FILE = LONG_DIR + "/" + "f".repeat(90) + ".yaml";

    private Path tree() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("src/demo"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.0.0\n");
        Files.createDirectories(c.resolve(LONG_DIR));
        Files.writeString(c.resolve(LONG_FILE), "kind: ConfigMap\n");
        Files.writeString(c.resolve("templates/né.yaml"), "x".repeat(1500));
        Files.createDirectories(c.resolve("charts"));
        return c.getParent();
    }

    private static Map<String, String> files(byte[] tgz) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ChartFile f : new ArchiveReader(LoadOptions.defaults(), "demo.tgz").read(new ByteArrayInputStream(tgz))) {
            out.put(f.name(), new String(f.data(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gnu", "oldgnu", "posix", "ustar"})
    void archivesGnuTarWritesLoadWithTheirLongNames(String format) throws Exception {
        Path src = tree();
        Path out = tmp.resolve(format + ".tgz");
        run(src, "tar", "--format=" + format, "-czf", out.toString(), "demo");
        Map<String, String> files = files(Files.readAllBytes(out));
        assertThat(files).containsEntry("Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n")
                .containsEntry(LONG_FILE, "kind: ConfigMap\n")
                .containsEntry("templates/né.yaml", "x".repeat(1500))
                .hasSize(3); // directories are left out
    }

    @Test
    void v7ArchivesMarkDirectoriesWithATrailingSlash() throws Exception {
        Path src = tree();
        Path top = src.resolve("demo/templates/" + "d".repeat(60)); // v7 names stop at 100 bytes
        try (var walk = Files.walk(top)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Path out = tmp.resolve("v7.tgz");
        run(src, "tar", "--format=v7", "-czf", out.toString(), "demo");
        assertThat(files(Files.readAllBytes(out)).keySet()).containsExactlyInAnyOrder("Chart.yaml",
                "templates/né.yaml");
    }

    @Test
    void base256SizesAreRead() throws IOException {
        byte[] h = header("demo/Chart.yaml", '0', 5);
        Arrays.fill(h, 124, 136, (byte) 0);
        h[124] = (byte) 0x80;
        h[135] = 5;
        checksum(h);
        assertThat(files(gzip(h, pad("name\n".getBytes(StandardCharsets.UTF_8)), new byte[1024])))
                .containsExactly(Map.entry("Chart.yaml", "name\n"));
    }

    @Test
    void faultsFailWithGosErrors() throws IOException {
        byte[] h = header("demo/Chart.yaml", '0', 5);
        byte[] data = pad("name\n".getBytes(StandardCharsets.UTF_8));
        byte[] badSum = h.clone();
        badSum[0] = 'x';
        assertThatThrownBy(() -> files(gzip(badSum, data, new byte[1024])))
                .hasMessage("archive/tar: invalid tar header");
        byte[] badSize = h.clone();
        badSize[124] = '9';
        checksum(badSize);
        assertThatThrownBy(() -> files(gzip(badSize, data, new byte[1024])))
                .hasMessage("archive/tar: invalid tar header");
        assertThatThrownBy(() -> files(gzip(h, data, new byte[512], h, data)))
                .hasMessage("archive/tar: invalid tar header"); // a zero block, then a header
        assertThatThrownBy(() -> files(gzip(h, Arrays.copyOf(data, 3))))
                .hasMessage("unexpected EOF");
        assertThatThrownBy(() -> files(gzip(Arrays.copyOf(h, 300))))
                .hasMessage("unexpected EOF");
        // an archive that just stops after an entry is complete, as Go's reader takes it
        assertThat(files(gzip(h, data))).containsOnlyKeys("Chart.yaml");
        // or whose last entry's padding is cut short (Go's tryReadFull gives io.EOF): Helm 4.3.2's `show chart` of
        // the first 1,000 bytes of a packaged chart's tar, gzipped, prints its Chart.yaml
        assertThat(files(gzip(h, Arrays.copyOf(data, 300)))).containsOnlyKeys("Chart.yaml");
    }

    @Test
    void paxRecordsNameTheNextEntry() throws IOException {
        String path = "demo/templates/" + "p".repeat(150) + "é.yaml";
        byte[] record = paxRecord("path", path);
        byte[] pax = header("PaxHeaders/x", 'x', record.length);
        byte[] h = header("demo/short.yaml", '0', 3);
        Map<String, String> f = files(gzip(pax, pad(record), h, pad("abc".getBytes(StandardCharsets.UTF_8)),
                header("demo/Chart.yaml", '0', 0), new byte[1024]));
        assertThat(f).containsEntry("templates/" + "p".repeat(150) + "é.yaml", "abc").hasSize(2);
        byte[] broken = "12 path=x\n".getBytes(StandardCharsets.UTF_8); // the length is off by one
        assertThatThrownBy(() -> files(gzip(header("PaxHeaders/x", 'x', broken.length), pad(broken), h,
                pad("abc".getBytes(StandardCharsets.UTF_8)), new byte[1024])))
                .hasMessage("archive/tar: invalid tar header");
    }

    private static byte[] paxRecord(String key, String value) {
        byte[] body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        int n = body.length + 1;
        while (Integer.toString(n).length() + body.length != n) {
            n++;
        }
        return (n + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** A USTAR header as Go writes one. */
    private static byte[] header(String name, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644\0");
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", size));
        put(h, 136, "00000000000\0");
        h[156] = (byte) type;
        put(h, 257, "ustar\0");
        put(h, 263, "00");
        checksum(h);
        return h;
    }

    private static void checksum(byte[] h) {
        Arrays.fill(h, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o\0 ", sum));
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, b.length);
    }

    private static byte[] pad(byte[] data) {
        return Arrays.copyOf(data, (data.length + 511) / 512 * 512);
    }

    private static byte[] gzip(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (byte[] p : parts) {
                gz.write(p);
            }
        }
        return out.toByteArray();
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no tar on the PATH: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
