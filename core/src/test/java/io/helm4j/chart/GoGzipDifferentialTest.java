package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken chart archives load or fail as Helm 4.3.2's {@code show chart} does, word for word: flipped bytes and cuts
 * of a chart archive deflated with dynamic Huffman blocks (as {@code helm package} writes it), fixed Huffman codes
 * and stored blocks. The expected texts are what the real Helm 4.3.2 printed for each archive
 * ({@code src/test/oracle/flate/generate.sh}): among them Go's {@code flate: corrupt input before offset N}, with the
 * offset Go's decompressor had reached, {@code gzip: invalid checksum}, {@code unexpected EOF}, and the tar and
 * chart errors the garbage a fault decodes to leads to.
 */
class GoGzipDifferentialTest {
    @TempDir
    Path tmp;

    private record Case(String line, boolean ok, String error) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = GoGzipDifferentialTest.class.getResourceAsStream("flate/expected.tsv")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = l.split("\t", 3);
                out.add(new Case(f[0], f[1].equals("OK"), f.length > 2 ? f[2] : null));
            }
        }
        return out;
    }

    /** mutate.py: "BASE flip OFF:XOR,..." or "BASE cut LEN". */
    private static byte[] archive(String line) throws IOException {
        String[] p = line.split(" ");
        byte[] data;
        try (InputStream in = GoGzipDifferentialTest.class.getResourceAsStream("flate/" + p[0] + ".tgz")) {
            data = in.readAllBytes();
        }
        if (p[1].equals("flip")) {
            for (String pair : p[2].split(",")) {
                String[] ox = pair.split(":");
                int off = Math.floorMod(Integer.parseInt(ox[0]), data.length);
                data[off] ^= (byte) Integer.parseInt(ox[1], 16);
            }
            return data;
        }
        return Arrays.copyOf(data, Integer.parseInt(p[2]));
    }

    @Test
    void brokenArchivesFailAsHelmsShowChartDoes() throws IOException {
        List<Case> all = cases();
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).filteredOn(c -> c.error() != null && c.error().startsWith("flate: corrupt input before offset"))
                .hasSizeGreaterThan(20);
        List<String> differ = new ArrayList<>();
        for (Case c : all) {
            Path file = tmp.resolve("c.tgz");
            Files.write(file, archive(c.line()));
            Throwable t = catchThrowable(() -> ChartLoader.create().load(file));
            String got = t == null ? "OK" : "ERR\t" + t.getMessage().replace(file.toString(), "FILE");
            String want = c.ok() ? "OK" : "ERR\t" + c.error();
            if (!got.equals(want)) {
                differ.add(c.line() + "\n    Helm:   " + want + "\n    helm4j: " + got);
            }
        }
        assertThat(differ).as(String.join("\n", differ)).isEmpty();
    }

    @Test
    void aStreamCorruptAtItsFirstBlockFailsAtGosOffset() {
        byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5};
        assertThat(catchThrowable(() -> ChartLoader.create().loadArchive(new java.io.ByteArrayInputStream(bad), "s")))
                .hasMessage("flate: corrupt input before offset 5"); // Helm 4.3.2's show chart of these bytes
    }
}
