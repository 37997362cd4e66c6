package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoFmtTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void formatValuePrintsScalarsLikeGo() {
        assertThat(GoFmt.formatValue("abc")).isEqualTo("abc");
        assertThat(GoFmt.formatValue(3)).isEqualTo("3");
        assertThat(GoFmt.formatValue(-3L)).isEqualTo("-3");
        assertThat(GoFmt.formatValue(true)).isEqualTo("true");
        assertThat(GoFmt.formatValue(null)).isEqualTo("<nil>");
        assertThat(GoFmt.formatValue(3.0)).isEqualTo("3");
        assertThat(GoFmt.formatValue(2.5)).isEqualTo("2.5");
        assertThat(GoFmt.formatValue(1e6)).isEqualTo("1e+06");
        assertThat(GoFmt.formatValue(100000.0)).isEqualTo("100000");
        assertThat(GoFmt.formatValue(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(GoFmt.formatValue(0.0001)).isEqualTo("0.0001");
        assertThat(GoFmt.formatValue(Double.NaN)).isEqualTo("NaN");
        assertThat(GoFmt.formatValue(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(GoFmt.formatValue(-0.0)).isEqualTo("-0");
        assertThat(GoFmt.formatValue(new byte[] {1, 2})).isEqualTo("[1 2]");
    }

    @Test
    void formatValuePrintsMapsSortedAndListsNested() {
        assertThat(GoFmt.formatValue(map("b", 2.0, "a", 1L))).isEqualTo("map[a:1 b:2]");
        assertThat(GoFmt.formatValue(Arrays.asList("a", null, map("x", List.of(1)))))
            .isEqualTo("[a <nil> map[x:[1]]]");
        assertThat(GoFmt.formatValue(List.of())).isEqualTo("[]");
        assertThat(GoFmt.formatValue(map())).isEqualTo("map[]");
    }

    @Test
    void typeNameMatchesPercentT() {
        assertThat(GoFmt.typeName("x")).isEqualTo("string");
        assertThat(GoFmt.typeName(1)).isEqualTo("int");
        assertThat(GoFmt.typeName(1L)).isEqualTo("int64");
        assertThat(GoFmt.typeName(1.0)).isEqualTo("float64");
        assertThat(GoFmt.typeName(null)).isEqualTo("<nil>");
        assertThat(GoFmt.typeName(new byte[0])).isEqualTo("[]uint8");
        assertThat(GoFmt.typeName(map())).isEqualTo("map[string]interface {}");
        assertThat(GoFmt.typeName(List.of())).isEqualTo("[]interface {}");
        assertThat(GoFmt.sprintf("%T", 1L)).isEqualTo("int64");
    }

    @Test
    void sprintSpacesOnlyBetweenNonStrings() {
        assertThat(GoFmt.sprint("a", "b", 1, 2, "c", 3.5)).isEqualTo("ab1 2c3.5");
        assertThat(GoFmt.sprintln("a", "b", 1)).isEqualTo("a b 1\n");
        assertThat(GoFmt.sprint()).isEmpty();
    }

    @Test
    void formatFloatShortestAndFixed() {
        assertThat(GoFmt.formatFloat(1e6, 'g', -1)).isEqualTo("1e+06");
        assertThat(GoFmt.formatFloat(123456789.0, 'f', -1)).isEqualTo("123456789");
        assertThat(GoFmt.formatFloat(0.1, 'e', -1)).isEqualTo("1e-01");
        assertThat(GoFmt.formatFloat(Double.MIN_VALUE, 'g', -1)).isEqualTo("5e-324");
        assertThat(GoFmt.formatFloat(1e23, 'g', -1)).isEqualTo("1e+23");
        assertThat(GoFmt.formatFloat(2.5, 'f', 0)).isEqualTo("2");
        assertThat(GoFmt.formatFloat(3.5, 'f', 0)).isEqualTo("4");
        assertThat(GoFmt.formatFloat(1.005, 'f', 2)).isEqualTo("1.00");
        assertThat(GoFmt.formatFloat(3.14159, 'g', 3)).isEqualTo("3.14");
        assertThat(GoFmt.formatFloat(1000, 'g', 3)).isEqualTo("1e+03");
        assertThat(GoFmt.formatFloat(1, 'b', -1)).isEqualTo("4503599627370496p-52");
        assertThat(GoFmt.formatFloat(1, 'x', -1)).isEqualTo("0x1p+00");
        assertThat(GoFmt.formatFloat(-0.5, 'x', 3)).isEqualTo("-0x1.000p-01");
    }

    @Test
    void sprintfVerbsWidthsAndFlags() {
        assertThat(GoFmt.sprintf("%5.2f|%-5d|%05d|%+d|%x|%X|%o|%#o|%#x|%b", 3.14159, 42, -42, 7, 255, 255, 8, 8, 255, 5))
            .isEqualTo(" 3.14|42   |-0042|+7|ff|FF|10|010|0xff|101");
        assertThat(GoFmt.sprintf("%q %v %s %x % x %#x", "a\"b", "s", "t", "hi", "hi", "hi"))
            .isEqualTo("\"a\\\"b\" s t 6869 68 69 0x6869");
        assertThat(GoFmt.sprintf("%c %U %#U %q", 65, 0x1F600, 65, 'x' + 0)).isEqualTo("A U+1F600 U+0041 'A' 'x'");
        assertThat(GoFmt.sprintf("%e %E %g %G %8.3e", 1234.5678, 1234.5678, 1e21, 1e-7, 1234.5678))
            .isEqualTo("1.234568e+03 1.234568E+03 1e+21 1E-07 1.235e+03");
        assertThat(GoFmt.sprintf("%t %v %%", true, false)).isEqualTo("true false %");
        assertThat(GoFmt.sprintf("%*d|%-*d|%.*f", 4, 1, 3, 2, 1, 2.55)).isEqualTo("   1|2  |2.5");
        assertThat(GoFmt.sprintf("%[2]d %[1]d", 1, 2)).isEqualTo("2 1");
        assertThat(GoFmt.sprintf("%d", List.of(1, 2))).isEqualTo("[1 2]");
        assertThat(GoFmt.sprintf("%q", List.of("a", "b"))).isEqualTo("[\"a\" \"b\"]");
        assertThat(GoFmt.sprintf("%#v", map("a", 1, "b", "x"))).isEqualTo("map[string]interface {}{\"a\":1, \"b\":\"x\"}");
        assertThat(GoFmt.sprintf("%#v", Arrays.asList(1L, null, 2.0))).isEqualTo("[]interface {}{1, interface {}(nil), 2}");
    }

    @Test
    void sprintfErrorForms() {
        assertThat(GoFmt.sprintf("%d", "x")).isEqualTo("%!d(string=x)");
        assertThat(GoFmt.sprintf("%s", 3)).isEqualTo("%!s(int=3)");
        assertThat(GoFmt.sprintf("%d", 3.0)).isEqualTo("%!d(float64=3)");
        assertThat(GoFmt.sprintf("%d", (Object) null)).isEqualTo("%!d(<nil>)");
        assertThat(GoFmt.sprintf("x", "a", 3)).isEqualTo("x%!(EXTRA string=a, int=3)");
        assertThat(GoFmt.sprintf("%d %d", 1)).isEqualTo("1 %!d(MISSING)");
        assertThat(GoFmt.sprintf("%", 1)).isEqualTo("%!(NOVERB)%!(EXTRA int=1)");
        assertThat(GoFmt.sprintf("%*d", "a", 1)).isEqualTo("%!(BADWIDTH)1");
        assertThat(GoFmt.sprintf("%.*d", "a", 1)).isEqualTo("%!(BADPREC)1");
        assertThat(GoFmt.sprintf("%[3]d", 1)).isEqualTo("%!d(BADINDEX)");
        assertThat(GoFmt.sprintf("%s", List.of(1, "a"))).isEqualTo("[%!s(int=1) a]");
        assertThat(GoFmt.sprintf("%!")).isEqualTo("%!!(MISSING)");
    }
}
