package io.helm4j.gostd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GoStringsTest {
    @Test
    void everyByteSequenceSurvivesTheRoundTrip() throws Exception {
        SplittableRandom r = new SplittableRandom(12);
        for (int n = 0; n < 2000; n++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // mostly bytes that start or continue UTF-8 sequences, so that valid and broken ones mix
                b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(0x80) : 0x80 + r.nextInt(0x80));
            }
            String s = GoStrings.string(b);
            assertThat(GoStrings.bytes(s)).isEqualTo(b);
            assertThat(GoStrings.len(s)).isEqualTo(b.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(out, GoCharset.INSTANCE)) {
                w.write(s);
            }
            assertThat(out.toByteArray()).isEqualTo(b);
        }
    }

    @Test
    void validUtf8DecodesAsTheJdkDoesAndInvalidBytesAsGoDoesOneByOne() {
        String text = "é€😀\uD800\uDC80x"; // U+10080's low half lies in the carried-byte range
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(GoStrings.string(utf8)).isEqualTo(text);
        assertThat(GoStrings.hasBytes(text)).isFalse();
        assertThat(GoStrings.replaceBytes(text)).isEqualTo(text);
        // a truncated 3-byte sequence, a surrogate's encoding and an overlong '/' are each a byte at a time in Go
        byte[] bad = {(byte) 0xE2, (byte) 0x82, 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0xAF};
        String s = GoStrings.string(bad);
        assertThat(s).isEqualTo("\uDCE2\uDC82a\uDCED\uDCA0\uDC80\uDCC0\uDCAF");
        assertThat(GoStrings.replaceBytes(s)).isEqualTo("\uFFFD\uFFFDa\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(Strconv.quote(s)).isEqualTo("\"\\xe2\\x82a\\xed\\xa0\\x80\\xc0\\xaf\"");
    }

    @Test
    void slicingCutsBytesAndKeepsThem() {
        String s = "é€x";
        assertThat(GoStrings.slice(s, 1, 4)).isEqualTo("\uDCA9\uDCE2\uDC82");
        assertThat(GoStrings.bytes(GoStrings.slice(s, 0, 1) + GoStrings.slice(s, 1, 6))).isEqualTo(GoStrings.bytes(s));
    }

    @Test
    void hexEscapesInDoubleQuotedLiteralsAreBytes() throws Exception {
        assertThat(Strconv.unquote("\"\\xc3\\xa9\\xff\\377\"")).isEqualTo("é\uDCFF\uDCFF");
        assertThat(Strconv.unquote("'\\xff'")).isEqualTo("ÿ");
        assertThat(Strconv.unquote("\"\\u00ff\"")).isEqualTo("ÿ");
    }
}
