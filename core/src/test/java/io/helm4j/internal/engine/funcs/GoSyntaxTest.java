package io.helm4j.internal.engine.funcs;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Go library behaviour reproduced for Sprig: regexp, encoding/json, strconv via cast, net/url, base64/32. */
class GoSyntaxTest {
    private final Sprig s = new Sprig();

    @Test
    void regexpTranslatesRe2AndIteratesLikeGo() {
        assertThat(s.call("regexFindAll", "a*", "baaac", -1)).isEqualTo(List.of("", "aaa", ""));
        assertThat(s.call("regexMatch", "^[a-z]+$", "abc\n")).isEqualTo(false);
        assertThat(s.call("regexFindAll", "[[:digit:]]+", "a1b22", -1)).isEqualTo(List.of("1", "22"));
        assertThat(s.call("regexFindAll", "[[]x]", "[x]", -1)).isEqualTo(List.of("[x]"));
        assertThat(s.str("regexFind", "(?U)a+", "aaa")).isEqualTo("a");
        assertThat(s.str("regexReplaceAll", "(?P<first>\\w+) (?P<last_name>\\w+)", "John Smith",
                "${last_name}, ${first} $1a $$")).isEqualTo("Smith, John  $");
        assertThat(s.str("regexReplaceAll", "a*", "baaac", "-")).isEqualTo("-b-c-");
        assertThat(s.str("regexReplaceAllLiteral", "a", "a", "$1")).isEqualTo("$1");
        assertThat(s.call("regexSplit", "z+", "pizza", -1)).isEqualTo(List.of("pi", "a"));
        assertThat(s.call("regexSplit", "", "abc", -1)).isEqualTo(List.of("a", "b", "c"));
        assertThat(s.str("regexQuoteMeta", "1.2+[x]")).isEqualTo("1\\.2\\+\\[x\\]");
        assertThatThrownBy(() -> s.call("regexFind", "(", "x"))
                .hasMessage("regexp: Compile(`(`): error parsing regexp: missing closing ): `(`");
        assertThatThrownBy(() -> s.call("mustRegexFind", "a**", "x"))
                .hasMessage("error parsing regexp: invalid nested repetition operator: `**`");
        assertThat(s.call("regexMatch", "[", "x")).isEqualTo(false);
    }

    @Test
    void jsonEncodesAndDecodesLikeEncodingJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1e21);
        m.put("a", "<&>\u2028");
        m.put("l", Arrays.asList(1, null, 0.0000001, true));
        assertThat(s.str("toJson", m)).isEqualTo("{\"a\":\"\\u003c\\u0026\\u003e\\u2028\",\"l\":[1,null,1e-7,true],\"z\":1e+21}");
        assertThat(s.str("toRawJson", m)).isEqualTo("{\"a\":\"<&>\\u2028\",\"l\":[1,null,1e-7,true],\"z\":1e+21}");
        assertThat(s.str("toPrettyJson", List.of(Map.of()))).isEqualTo("[\n  {}\n]");
        assertThat(s.str("toJson", Double.NaN)).isEmpty();
        assertThatThrownBy(() -> s.call("mustToJson", Double.NaN)).hasMessage("json: unsupported value: NaN");
        assertThat(s.call("mustFromJson", "{\"a\":[1,\"x\",null]}"))
                .isEqualTo(Map.of("a", Arrays.asList(1.0, "x", null)));
        assertThatThrownBy(() -> s.call("mustFromJson", "tru"))
                .hasMessage("invalid character ' ' in literal true (expecting 'e')");
        assertThatThrownBy(() -> s.call("mustFromJson", "[1,2")).hasMessage("unexpected end of JSON input");
        assertThatThrownBy(() -> s.call("mustFromJson", "01")).hasMessage("invalid character '1' after top-level value");
        assertThat(s.call("fromJson", "{")).isNull();
    }

    @Test
    void castConvertsLikeSpf13Cast() {
        assertThat(s.call("int64", "0x1F")).isEqualTo(31L);
        assertThat(s.call("int64", "017")).isEqualTo(15L);
        assertThat(s.call("int64", "1_000")).isEqualTo(1000L);
        assertThat(s.call("int64", "12.0")).isEqualTo(12L);
        assertThat(s.call("int64", "12.5")).isEqualTo(0L);
        assertThat(s.call("int64", -3.9)).isEqualTo(-3L);
        assertThat(s.call("int", "42")).isEqualTo(42);
        assertThat(s.call("float64", "1_000.5")).isEqualTo(1000.5);
        assertThat(s.call("float64", "x")).isEqualTo(0.0);
        assertThat(s.call("atoi", "3.5")).isEqualTo(0);
        assertThat(s.call("add", 1, "2", 3.9)).isEqualTo(6L);
        assertThat(s.call("divf", 2, 3)).isEqualTo(0.6666666666666667);
        assertThat(s.call("addf", 0.1, 0.2)).isEqualTo(0.3);
        assertThat(s.call("round", 3.14159, 2)).isEqualTo(3.14);
        assertThat(s.call("toDecimal", "777")).isEqualTo(511L);
        assertThatThrownBy(() -> s.call("div", 1, 0)).hasMessage("runtime error: integer divide by zero");
    }

    @Test
    void urlsParseAndJoinLikeNetUrl() {
        Object u = s.call("urlParse", "https://user:pass@example.com:8080/a/b%20c?x=1#frag");
        assertThat(u).isEqualTo(Map.of("scheme", "https", "host", "example.com:8080", "hostname", "example.com",
                "path", "/a/b c", "query", "x=1", "opaque", "", "fragment", "frag", "userinfo", "user:pass"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scheme", "https");
        d.put("host", "example.com");
        d.put("path", "/a b");
        d.put("fragment", "f g");
        d.put("userinfo", "u:p");
        assertThat(s.str("urlJoin", d)).isEqualTo("https://u:p@example.com/a%20b#f%20g");
        assertThatThrownBy(() -> s.call("urlParse", ":foo"))
                .hasMessage("unable to parse url: parse \":foo\": missing protocol scheme");
    }

    @Test
    void baseEncodingsReportGosErrorOffsets() {
        assertThat(s.str("b64dec", "aGk=\n")).isEqualTo("hi");
        assertThat(s.str("b64dec", "aGVsbG8=x")).isEqualTo("illegal base64 data at input byte 8");
        assertThat(s.str("b64dec", "a===")).isEqualTo("illegal base64 data at input byte 1");
        assertThat(s.str("b32enc", "abcdef")).isEqualTo("MFRGGZDFMY======");
        assertThat(s.str("b32dec", "ME=====")).isEqualTo("illegal base32 data at input byte 7");
        assertThat(s.str("adler32sum", "hello")).isEqualTo("103547413");
    }
}
