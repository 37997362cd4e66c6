package io.helm4j.gostd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Go's strconv quoting, with the expected texts as Go 1.24 prints them ({@code fmt.Printf("%q")}). */
class StrconvTest {
    @Test
    void quotesControlCharactersWithGosShortEscapes() {
        assertThat(Strconv.quote("\u0007\b\f\n\r\t\u000b")).isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\"");
        assertThat(Strconv.quote("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
    }

    @Test
    void quotesNonPrintableRunesAsUnicodeEscapesAndKeepsPrintableOnes() {
        assertThat(Strconv.quote("é\u00ad\u2028\uD83D\uDE00 \"\\")).isEqualTo("\"é\\u00ad\\u2028\uD83D\uDE00 \\\"\\\\\"");
        assertThat(Strconv.quote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\"");
        assertThat(Strconv.quote("\uD800")).isEqualTo("\"\\ufffd\"");
        assertThat(Strconv.quote("é", true)).isEqualTo("\"\\u00e9\"");
    }

    @Test
    void quotesRunes() {
        assertThat(Strconv.quoteRune('\'', false)).isEqualTo("'\\''");
        assertThat(Strconv.quoteRune(7, false)).isEqualTo("'\\a'");
    }

    @Test
    void unquoteInvertsQuote() throws Strconv.SyntaxError {
        String s = "a\u0007\u00ad\uD83D\uDE00\"\\";
        assertThat(Strconv.unquote(Strconv.quote(s))).isEqualTo(s);
        assertThat(Strconv.unquote("`raw\\n`")).isEqualTo("raw\\n");
        assertThatThrownBy(() -> Strconv.unquote("\"unterminated")).isInstanceOf(Strconv.SyntaxError.class);
    }

    @Test
    void unicodeSpaceIsGos() {
        assertThat(Unicode.isSpace(0x85)).isTrue();
        assertThat(Unicode.isSpace(0x3000)).isTrue();
        assertThat(Unicode.isSpace(0x200B)).isFalse();
        assertThat(Strings.trimSpace("\u00a0 x \u2029")).isEqualTo("x");
    }

    @Test
    void urlParseReportsGosErrors() {
        assertThat(Url.parse("HTTPS://u:p@h:80/a%20b?q#f").scheme()).isEqualTo("https");
        assertThat(Url.parse("https://u:p@h:80/a%20b?q#f").hostname()).isEqualTo("h");
        assertThatThrownBy(() -> Url.parse("a%zz.yaml")).hasMessage("parse \"a%zz.yaml\": invalid URL escape \"%zz\"");
    }
}
