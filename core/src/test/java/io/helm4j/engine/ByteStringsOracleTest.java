package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.gostd.GoStrings;
import io.helm4j.internal.engine.funcs.SprigFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go strings are bytes (issue 12): every snippet of {@code core/src/test/oracle/bytes/cases.txt} prints,
 * through {@code b64enc}, exactly the bytes the real Helm 4.3.2 printed ({@code bytes-expected.tsv},
 * made by its {@code generate.sh}), in a chart holding a binary file and a multi-byte UTF-8 file.
 */
class ByteStringsOracleTest {
    private static final Base64.Decoder B64 = Base64.getDecoder();

    @TestFactory
    Stream<DynamicTest> byteStringsSurviveEveryFunctionAsInGo() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : expectedLines()) {
            String[] f = line.split("\t", -1);
            String snippet = GoStrings.string(B64.decode(f[0]));
            boolean ok = f[1].equals("OK");
            String expected = f[2];
            tests.add(DynamicTest.dynamicTest(snippet, () -> check(snippet, ok, expected)));
        }
        return tests.stream();
    }

    private static void check(String snippet, boolean ok, String expected) {
        if (ok) {
            // base64 of Go's bytes against base64 of helm4j's: byte for byte
            assertThat(render(snippet)).isEqualTo(expected);
            return;
        }
        String err = GoStrings.string(B64.decode(expected));
        String cause = err.substring(0, err.indexOf("\n\nUse --debug")).lines().reduce((a, b) -> b).orElseThrow().strip();
        assertThatThrownBy(() -> render(snippet)).hasMessageContaining(cause);
    }

    /** files/bin.dat as generate.sh writes it: bytes 0..255, then 44 of x = (75x + 74) mod 257. */
    static byte[] binDat() {
        byte[] b = new byte[300];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        int x = 1;
        for (int i = 256; i < 300; i++) {
            x = (x * 75 + 74) % 257;
            b[i] = (byte) x;
        }
        return b;
    }

    private static String render(String snippet) {
        Chart base = EngineTest.chart("c", List.of(), "templates/t.yaml",
                "v: {{ include \"snippet\" . | b64enc }}\n{{- define \"snippet\" }}" + snippet + "{{ end }}\n");
        List<ChartFile> files = List.of(new ChartFile("files/bin.dat", binDat()),
                new ChartFile("files/utf8.txt", "é€😀x\n".getBytes(StandardCharsets.UTF_8)));
        Chart c = new Chart(base.metadata(), null, base.templates(), base.values(), null, files, List.of());
        String out = new Engine(EngineOptions.defaults(SprigFunctions.create(
                        Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC), new SplittableRandom(1))))
                .render(c, new LinkedHashMap<>(), ReleaseInfo.install("r", "default"), Capabilities.defaults(null, List.of()))
                .get("c/templates/t.yaml");
        return out.substring("v: ".length()).strip();
    }

    private static List<String> expectedLines() throws IOException {
        try (InputStream in = ByteStringsOracleTest.class.getResourceAsStream("bytes-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
