package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StrvalsTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<Object> list(Object... v) {
        return new ArrayList<>(Arrays.asList(v));
    }

    @Test
    void typesScalarsAsHelmDoes() {
        assertThat(Strvals.parse("a=1,b=true,c=FALSE,d=null,e=0,f=00,g=0x1,h=+5,i=-0,j=1.5,k=abc,l="))
                .isEqualTo(map("a", 1L, "b", true, "c", false, "d", null, "e", 0L, "f", "00", "g", "0x1", "h", 5L,
                        "i", 0L, "j", "1.5", "k", "abc", "l", ""));
    }

    @Test
    void setStringKeepsEveryValueAString() {
        assertThat(Strvals.parseString("a=1,b=true,c=null")).isEqualTo(map("a", "1", "b", "true", "c", "null"));
    }

    @Test
    void nestsDottedNames() {
        assertThat(Strvals.parse("a.b.c=1,a.b.d=x,a.e=2"))
                .isEqualTo(map("a", map("b", map("c", 1L, "d", "x"), "e", 2L)));
    }

    @Test
    void escapesCommaDotAndEquals() {
        assertThat(Strvals.parse("a\\.b=c\\,d,e\\=f=g")).isEqualTo(map("a.b", "c,d", "e=f", "g"));
    }

    @Test
    void listsByIndexWithNilPadding() {
        assertThat(Strvals.parse("a[2]=x,a[0]=y")).isEqualTo(map("a", list("y", null, "x")));
        assertThat(Strvals.parse("a[1].b=c,a[1].d=e")).isEqualTo(map("a", list(null, map("b", "c", "d", "e"))));
        assertThat(Strvals.parse("a[0][1]=x")).isEqualTo(map("a", list(list(null, "x"))));
    }

    @Test
    void braceListsIncludingTheEmptyOne() {
        assertThat(Strvals.parse("e={},f={a,b}c=d,g={1,true}"))
                .isEqualTo(map("e", list(""), "f", list("a", "b"), "c", "d", "g", list(1L, true)));
    }

    @Test
    void reportsHelmsErrors() {
        assertError("a", "key \"a\" has no value");
        assertError("a,b=1", "key \"a\" has no value (cannot end with ,)");
        assertError("a[0]b=c", "unexpected data at end of array index: ['b']");
        assertError("a=1,a[0]=2",
                "unable to parse key: interface conversion: interface {} is int64, not []interface {}");
        assertError("x[0]=1,x[0][1]=2",
                "unable to parse key: interface conversion: interface {} is int64, not []interface {}");
        assertError("a=1,a.b=2",
                "unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}");
        assertError("a[x]=1", "error parsing index: strconv.Atoi: parsing \"x\": invalid syntax");
        assertError("a[-1]=1", "negative -1 index not allowed");
        assertError("a[65537]=1", "index of 65537 is greater than maximum supported index of 65536");
        assertError("a={b,c", "list must terminate with '}'");
        assertError("a.=1", "key map \"a\" has no value");
    }

    @Test
    void acceptsTheMaximumIndex() {
        List<?> l = (List<?>) Strvals.parse("a[65536]=1").get("a");
        assertThat(l).hasSize(65537);
    }

    @Test
    void limitsNesting() {
        String ok = "a.".repeat(30) + "b=1";
        assertThat(Strvals.parse(ok)).containsKey("a");
        assertError("a.".repeat(31) + "b=1",
                "value name nested level is greater than maximum supported nested level of 30");
    }

    @Test
    void deeplyNestedIndexesFailCleanly() {
        String deep = "a" + "[0]".repeat(200_000) + "=1";
        assertThatThrownBy(() -> Strvals.parse(deep)).isInstanceOf(ValuesException.class);
        assertThatThrownBy(() -> Strvals.parseLiteral(deep)).isInstanceOf(ValuesException.class);
        assertThat(Strvals.parse("a" + "[0]".repeat(50) + "=1")).containsKey("a");
    }

    @Test
    void unterminatedIndexIsSilentlyIgnored() {
        assertThat(Strvals.parse("b=1,a[1")).isEqualTo(map("b", 1L));
        assertThat(Strvals.parse("a[0]")).isEqualTo(map("a", list()));
    }

    @Test
    void parseIntoOverwritesExistingKeys() {
        Map<String, Object> dest = map("a", map("b", 1L, "c", 2L), "x", "y");
        Strvals.parseInto("a.b=3,x=null", dest);
        assertThat(dest).isEqualTo(map("a", map("b", 3L, "c", 2L), "x", null));
    }

    @Test
    void jsonValues() {
        Map<String, Object> d = new LinkedHashMap<>();
        Strvals.parseJson("a={\"b\":[1,\"x\",null,true]} ,c=\"s,t\",d=,e[1]=2", d);
        assertThat(d).isEqualTo(map("a", map("b", list(1.0, "x", null, true)), "c", "s,t", "d", null,
                "e", list(null, 2.0)));
        assertThatThrownBy(() -> Strvals.parseJson("a={", new LinkedHashMap<>())).isInstanceOf(ValuesException.class);
    }

    @Test
    void jsonValuesAfterCharactersOutsideTheBmpKeepTheirPlace() {
        Map<String, Object> d = new LinkedHashMap<>();
        Strvals.parseJson("\uD83D\uDE00={\"k\":\"\uD83D\uDE00\"},b=[1]", d);
        assertThat(d).isEqualTo(map("\uD83D\uDE00", map("k", "\uD83D\uDE00"), "b", list(1.0)));
    }

    @Test
    void literalValuesAreNotParsed() {
        assertThat(Strvals.parseLiteral("a.b=c,d=e\\,f{g}")).isEqualTo(map("a", map("b", "c,d=e\\,f{g}")));
        assertThat(Strvals.parseLiteral("a[1]=x=y")).isEqualTo(map("a", list(null, "x=y")));
        assertThat(Strvals.parseLiteral("a,b=c")).isEqualTo(map("a,b", "c"));
    }

    @Test
    void fileValuesReadThroughTheSource() {
        Map<String, Object> d = new LinkedHashMap<>();
        ValueSource src = p -> {
            if (p.equals("missing")) {
                throw new ValuesException("open missing: no such file or directory");
            }
            return ("content of " + p).getBytes(StandardCharsets.UTF_8);
        };
        Strvals.parseIntoFile("a=f1,b.c=f2,l={f3,f4}", d, src);
        assertThat(d).isEqualTo(map("a", "content of f1", "b", map("c", "content of f2"),
                "l", list("content of f3", "content of f4")));
        assertThatThrownBy(() -> Strvals.parseIntoFile("a=missing", new LinkedHashMap<>(), src))
                .hasMessage("open missing: no such file or directory");
    }

    private static void assertError(String expr, String message) {
        assertThatThrownBy(() -> Strvals.parse(expr)).isInstanceOf(ValuesException.class).hasMessage(message);
    }

    /** Cases from Helm's pkg/strvals/literal_parser_test.go (TestParseLiteral, TestParseLiteralInto). */
    @Test
    void literalCasesFromHelmsTests() {
        assertThat(Strvals.parseLiteral("name=")).isEqualTo(map("name", ""));
        assertThat(Strvals.parseLiteral("name1=null,name2=value2")).isEqualTo(map("name1", "null,name2=value2"));
        assertThat(Strvals.parseLiteral("outer.middle.inner=value"))
                .isEqualTo(map("outer", map("middle", map("inner", "value"))));
        assertThat(Strvals.parseLiteral("name1={value1,value2}")).isEqualTo(map("name1", "{value1,value2}"));
        assertThat(Strvals.parseLiteral("list[0].foo=bar")).isEqualTo(map("list", list(map("foo", "bar"))));
        assertThat(Strvals.parseLiteral("list[3]=bar")).isEqualTo(map("list", list(null, null, null, "bar")));
        assertThat(Strvals.parseLiteral("noval[0]")).isEqualTo(map("noval", list()));
        assertThat(Strvals.parseLiteral("nested[1][1]=1")).isEqualTo(map("nested", list(null, list(null, "1"))));
        assertThat(Strvals.parseLiteral("name1.name2[1].foo=bar"))
                .isEqualTo(map("name1", map("name2", list(null, map("foo", "bar")))));
        assertThat(Strvals.parseLiteral("]={}].")).isEqualTo(map("]", "{}]."));
        assertThat(Strvals.parseLiteral("name=val\\\\\\val")).isEqualTo(map("name", "val\\\\\\val"));
        assertThat(Strvals.parseLiteral("name={val,.?*v\\0a!l)some")).isEqualTo(map("name", "{val,.?*v\\0a!l)some"));
        for (String bad : List.of("name", "name1.name2", "name1.=name2", "name1.,name2", "list[-30].hello=world",
                "illegal[0]name.foo=bar")) {
            assertThatThrownBy(() -> Strvals.parseLiteral(bad)).as(bad).isInstanceOf(ValuesException.class);
        }
        Map<String, Object> into = new LinkedHashMap<>();
        Strvals.parseLiteralInto("listOuter[0][0].type=listValue", into);
        Strvals.parseLiteralInto("listOuter[0][0].status=alive", into);
        assertThat(into).isEqualTo(map("listOuter", list(list(map("type", "listValue", "status", "alive")))));
        Map<String, Object> over = map("outer", map("inner1", "overwrite", "inner2", "value2"));
        Strvals.parseLiteralInto("outer.inner1=value1,outer.inner3=value3,outer.inner4=4", over);
        assertThat(over).isEqualTo(map("outer", map("inner1", "value1,outer.inner3=value3,outer.inner4=4",
                "inner2", "value2")));
    }
}
