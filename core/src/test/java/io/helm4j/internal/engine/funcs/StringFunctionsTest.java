package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FunctionArgumentException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StringFunctionsTest {
    private final Sprig s = new Sprig();

    @Test
    void truncAndSubstrCountBytesLikeGo() {
        assertThat(s.str("trunc", 5, "hello world")).isEqualTo("hello");
        assertThat(s.str("trunc", -5, "hello world")).isEqualTo("world");
        assertThat(s.str("trunc", -50, "hi")).isEqualTo("hi");
        assertThat(s.str("substr", 1, 3, "hello")).isEqualTo("el");
        assertThat(s.str("substr", 0, 3, "héllo")).isEqualTo("hé");
        assertThatThrownBy(() -> s.call("substr", 4, 2, "hello"))
                .hasMessage("runtime error: slice bounds out of range [4:2]");
    }

    @Test
    void quoteSkipsNilAndEscapesLikeStrconv() {
        assertThat(s.str("quote", "a", null, 1, 2.5, "b\"c")).isEqualTo("\"a\" \"1\" \"2.5\" \"b\\\"c\"");
        assertThat(s.str("quote", "tab\there\u0001\u00a0😀")).isEqualTo("\"tab\\there\\x01\\u00a0😀\"");
        assertThat(s.str("squote", "a", null, 1)).isEqualTo("'a' '1'");
        assertThat(s.str("cat", "a", null, 1, 1e6)).isEqualTo("a 1 1e+06");
    }

    @Test
    void typeMismatchesAreReportedWithGosWording() {
        assertThatThrownBy(() -> s.call("upper", 5)).isInstanceOf(FunctionArgumentException.class)
                .hasMessage("wrong type for value; expected string; got int");
        assertThatThrownBy(() -> s.call("upper", (Object) null)).hasMessage("invalid value; expected string");
        assertThatThrownBy(() -> s.call("trunc", 1.5, "x")).hasMessage("wrong type for value; expected int; got float64");
    }

    @Test
    void caseConversionsFollowXstrings() {
        assertThat(s.str("snakecase", "HTTPServer")).isEqualTo("http_server");
        assertThat(s.str("snakecase", "Bld4Floor3rd")).isEqualTo("bld4_floor_3rd");
        assertThat(s.str("kebabcase", "HTTP20xOK")).isEqualTo("http-20x-ok");
        assertThat(s.str("camelcase", "http_server")).isEqualTo("HttpServer");
        assertThat(s.str("camelcase", "GOLANG_IS_GREAT")).isEqualTo("GolangIsGreat");
        assertThat(s.str("swapcase", "This Is A.Test")).isEqualTo("tHIS iS a.tEST");
        assertThat(s.str("title", "hello world-foo_bar")).isEqualTo("Hello World-Foo_bar");
        assertThat(s.str("untitle", "Hello World")).isEqualTo("hello world");
        assertThat(s.str("initials", "first last")).isEqualTo("fl");
    }

    @Test
    void wrapAndAbbrevFollowGoutils() {
        assertThat(s.str("wrap", 5, "Hello World and more")).isEqualTo("Hello\nWorld\nand\nmore");
        assertThat(s.str("wrapWith", 3, "|", "abcdefgh ij")).isEqualTo("abc|def|gh|ij");
        assertThat(s.str("abbrev", 5, "hello world")).isEqualTo("he...");
        assertThat(s.str("abbrevboth", 5, 10, "1234 5678 9123")).isEqualTo("...5678...");
    }

    @Test
    void splitFunctionsKeepEmptyParts() {
        assertThat(s.call("splitList", ",", "a,b,,c,")).isEqualTo(Arrays.asList("a", "b", "", "c", ""));
        assertThat(s.call("split", "$", "a$b")).isEqualTo(Map.of("_0", "a", "_1", "b"));
        assertThat(s.call("splitn", "$", 2, "a$b$c")).isEqualTo(Map.of("_0", "a", "_1", "b$c"));
        assertThat(s.str("join", "-", Arrays.asList(1, "a", null, 2.5))).isEqualTo("1-a-2.5");
        assertThat(s.call("sortAlpha", List.of("c", "a", "B", 10))).isEqualTo(List.of("10", "B", "a", "c"));
    }

    @Test
    void indentReplaceAndFriends() {
        assertThat(s.str("indent", 2, "a\nb")).isEqualTo("  a\n  b");
        assertThat(s.str("nindent", 2, "a")).isEqualTo("\n  a");
        assertThat(s.str("replace", "", "-", "ab")).isEqualTo("-a-b-");
        assertThat(s.str("nospace", "a b\tc")).isEqualTo("abc");
        assertThat(s.str("trimAll", "$", "$$5$")).isEqualTo("5");
        assertThat(s.str("plural", "one", "many", 1)).isEqualTo("one");
        assertThatThrownBy(() -> s.call("repeat", -1, "x")).hasMessage("strings: negative Repeat count");
    }
}
