package io.helm4j.gotemplate;

import static io.helm4j.gotemplate.Render.map;
import static io.helm4j.gotemplate.Render.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arguments checked against declared parameter types, with Go's evalArg/validateType messages. */
class TypedArgsTest {
    /** A function that prints its arguments with their Java types, to see what the executor passed. */
    private static final TemplateFunction SHOW = a -> Arrays.stream(a)
            .map(v -> v == null ? "null" : v.getClass().getSimpleName() + ":" + v).toList().toString();

    private static String run(String params, String text, Object data) {
        return render(text, data, MissingKey.DEFAULT, new FuncMap().put("f", params, SHOW));
    }

    @Test
    void signaturesReadAsGoParameterLists() {
        assertThat(Signature.parse("int, string")).hasToString("(int, string)");
        assertThat(Signature.parse(" string ,...interface {} ")).hasToString("(string, ...interface {})");
        assertThat(Signature.parse("")).hasToString("()");
        assertThat(Signature.parse("map[string]interface {}, ...string").fixedParams()).isEqualTo(1);
        assertThat(Signature.parse("...int").variadic()).isTrue();
        assertThat(Signature.untyped(2, true)).isEqualTo(Signature.parse("interface {}, interface {}, ...interface {}"));
        assertThatThrownBy(() -> Signature.parse("...int, string")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signature.parse("chan int")).hasMessage("unsupported parameter type: chan int");
    }

    @Test
    void constantsOfTheParameterKindAreConvertedAsGoConvertsThem() {
        assertThat(run("int, int64, float64, float64, uint32, bool, string", "{{ f 2 3 4 1.5 7 true \"s\" }}", null))
                .isEqualTo("[Integer:2, Long:3, Double:4.0, Double:1.5, Long:7, Boolean:true, String:s]");
        // an integral float constant fits an int parameter, a character constant is an integer
        assertThat(run("int, int", "{{ f 2.0 'a' }}", null)).isEqualTo("[Integer:2, Integer:97]");
        assertThat(run("map[string]interface {}, []interface {}, interface {}", "{{ f nil nil nil }}", null))
                .isEqualTo("[null, null, null]");
    }

    @Test
    void constantsOfAnotherKindFailWithGosWording() {
        assertThatThrownBy(() -> run("string", "{{ f 5 }}", null))
                .hasMessage("template: t:1:5: executing \"t\" at <5>: expected string; found 5");
        assertThatThrownBy(() -> run("int, string", "{{ f \"x\" \"y\" }}", null))
                .hasMessageEndingWith("at <\"x\">: expected integer; found \"x\"");
        assertThatThrownBy(() -> run("int", "{{ f 2.5 }}", null)).hasMessageEndingWith("expected integer; found 2.5");
        assertThatThrownBy(() -> run("uint32", "{{ f -1 }}", null))
                .hasMessageEndingWith("expected unsigned integer; found -1");
        assertThatThrownBy(() -> run("float64", "{{ f \"x\" }}", null)).hasMessageEndingWith("expected float; found \"x\"");
        assertThatThrownBy(() -> run("bool", "{{ f 1 }}", null)).hasMessageEndingWith("expected bool; found 1");
        assertThatThrownBy(() -> run("bool", "{{ f nil }}", null)).hasMessageEndingWith("cannot assign nil to bool");
        assertThatThrownBy(() -> run("map[string]interface {}", "{{ f 5 }}", null))
                .hasMessageEndingWith("can't handle 5 for arg of type map[string]interface {}");
        assertThatThrownBy(() -> run("time.Time", "{{ f nil }}", null))
                .hasMessageEndingWith("cannot assign nil to time.Time");
    }

    @Test
    void valuesMustBeAssignable() {
        assertThat(run("string, map[string]interface {}", "{{ f .s .m }}", map("s", "x", "m", map())))
                .isEqualTo("[String:x, LinkedHashMap:{}]");
        assertThatThrownBy(() -> run("string", "{{ f .n }}", map("n", 1.5)))
                .hasMessage("template: t:1:5: executing \"t\" at <.n>: wrong type for value; expected string; got float64");
        // a nil map element is a nil interface{}; a missing key with the default option, no value at all
        assertThatThrownBy(() -> run("string", "{{ f .z }}", map("z", null)))
                .hasMessageEndingWith("wrong type for value; expected string; got interface {}");
        assertThatThrownBy(() -> run("string", "{{ f (.q) }}", map()))
                .hasMessageEndingWith("invalid value; expected string");
        assertThat(run("map[string]interface {}", "{{ f (.q) }}", map())).isEqualTo("[null]");
        assertThatThrownBy(() -> run("[]interface {}", "{{ f . }}", map()))
                .hasMessageEndingWith("wrong type for value; expected []interface {}; got map[string]interface {}");
        assertThat(run("[]interface {}", "{{ f .l }}", map("l", new ArrayList<>(List.of(1))))).isEqualTo("[ArrayList:[1]]");
    }

    @Test
    void thePipedValueIsCheckedAgainstItsParameter() {
        assertThatThrownBy(() -> run("int, string", "{{ 5 | f 2 }}", null))
                .hasMessage("template: t:1:9: executing \"t\" at <2>: wrong type for value; expected string; got int");
        assertThat(run("string, ...int", "{{ 3 | f \"a\" 1 2 }}", null))
                .isEqualTo("[String:a, Integer:1, Integer:2, Integer:3]");
        assertThatThrownBy(() -> run("string, ...int", "{{ \"x\" | f \"a\" 1 }}", null))
                .hasMessageEndingWith("wrong type for value; expected int; got string");
    }

    @Test
    void theFirstBadArgumentIsReportedBeforeLaterOnesAreEvaluated() {
        FuncMap f = new FuncMap().put("f", "int, string", SHOW).put("boom", 0, a -> {
            throw new IllegalStateException("evaluated");
        });
        assertThatThrownBy(() -> render("{{ f .s (boom) }}", map("s", "x"), MissingKey.DEFAULT, f))
                .hasMessageEndingWith("at <.s>: wrong type for value; expected int; got string");
    }

    @Test
    void untypedFunctionsTakeAnything() {
        FuncMap f = new FuncMap().put("g", 2, SHOW).putVariadic("h", 0, SHOW);
        assertThat(render("{{ g 1 nil }}|{{ h \"a\" 2.5 }}", null, MissingKey.DEFAULT, f))
                .isEqualTo("[Integer:1, null]|[String:a, Double:2.5]");
    }

    @Test
    void printfsFormatIsAString() {
        assertThatThrownBy(() -> render("{{ printf 5 }}", null)).hasMessageEndingWith("at <5>: expected string; found 5");
        assertThatThrownBy(() -> render("{{ printf nil }}", null)).hasMessageEndingWith("cannot assign nil to string");
        assertThatThrownBy(() -> render("{{ 5 | printf }}", null))
                .hasMessageEndingWith("at <printf>: wrong type for value; expected string; got int");
        assertThat(render("{{ \"%d-%s\" | printf \"%s:%d\" \"a\" }}", null)).isEqualTo("a:%!d(string=%d-%s)");
    }
}
