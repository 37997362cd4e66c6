package io.helm4j.internal.engine.funcs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionFunctionsTest {
    private final Sprig s = new Sprig();

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void listFunctionsCopyAndReportSprigsErrors() {
        List<Object> l = new ArrayList<>(List.of(1, 2));
        assertThat(s.call("append", l, 3)).isEqualTo(List.of(1, 2, 3));
        assertThat(l).containsExactly(1, 2);
        assertThat(s.call("prepend", l, 0)).isEqualTo(List.of(0, 1, 2));
        assertThat(s.call("first", List.of())).isNull();
        assertThat(s.call("rest", List.of())).isEqualTo(List.of());
        assertThat(s.call("slice", List.of(1, 2, 3, 4), 1, 3)).isEqualTo(List.of(2, 3));
        assertThat(s.call("chunk", 2, List.of(1, 2, 3))).isEqualTo(List.of(List.of(1, 2), List.of(3)));
        assertThat(s.call("uniq", Arrays.asList(1, 1, 1L, null, null))).isEqualTo(Arrays.asList(1, 1L, null));
        assertThat(s.call("without", List.of(1, 2, 3), 2)).isEqualTo(List.of(1, 3));
        assertThat(s.call("has", 1L, List.of(1))).isEqualTo(false);
        assertThat(s.call("compact", Arrays.asList(1, 0, "", null, "a", false))).isEqualTo(List.of(1, "a"));
        assertThatThrownBy(() -> s.call("append", "x", 1)).hasMessage("Cannot push on type string");
        assertThatThrownBy(() -> s.call("mustFirst", Map.of())).hasMessage("Cannot find first on type map");
        assertThatThrownBy(() -> s.call("last", (Object) null))
                .hasMessage("runtime error: invalid memory address or nil pointer dereference");
        assertThatThrownBy(() -> s.call("concat", List.of(), 5)).hasMessage("Cannot concat type int as list");
    }

    @Test
    void sequences() {
        assertThat(s.call("until", 3)).isEqualTo(List.of(0, 1, 2));
        assertThat(s.call("untilStep", 10, 0, -4)).isEqualTo(List.of(10, 6, 2));
        assertThat(s.str("seq", 0, 3, 10)).isEqualTo("0 3 6 9");
        assertThat(s.str("seq", -3)).isEqualTo("1 0 -1 -2 -3");
        assertThat(s.str("seq")).isEmpty();
    }

    @Test
    void dictFunctions() {
        Map<String, Object> d = map("a", 1, "b", null);
        assertThat(s.call("get", d, "x")).isEqualTo("");
        assertThat(s.call("hasKey", d, "b")).isEqualTo(true);
        assertThat(s.call("set", d, "c", 3)).isSameAs(d);
        assertThat(s.call("keys", d, map("z", 1))).isEqualTo(List.of("a", "b", "c", "z"));
        assertThat(s.call("pick", d, "a", "q")).isEqualTo(map("a", 1));
        assertThat(s.call("omit", d, "a")).isEqualTo(map("b", null, "c", 3));
        assertThat(s.call("dict", "k", 1, "odd")).isEqualTo(map("k", 1, "odd", ""));
        assertThat(s.call("pluck", "a", d, map("a", 2))).isEqualTo(List.of(1, 2));
        assertThatThrownBy(() -> s.call("set", null, "a", 1)).hasMessage("assignment to entry in nil map");
        assertThatThrownBy(() -> s.call("get", "x", "a"))
                .hasMessage("wrong type for value; expected map[string]interface {}; got string");
    }

    @Test
    void mergeFollowsMergo() {
        Map<String, Object> dst = map("a", false, "n", map("x", 1), "l", List.of(1), "s", "keep");
        Map<String, Object> src = map("a", true, "n", map("x", 9, "y", 2), "l", List.of(2), "s", "", "z", null);
        Object merged = s.call("merge", dst, src);
        assertThat(merged).isSameAs(dst);
        assertThat(dst).isEqualTo(map("a", true, "n", map("x", 1, "y", 2), "l", List.of(1), "s", "keep"));
        Map<String, Object> over = map("a", "x", "l", List.of(1));
        s.call("mergeOverwrite", over, map("a", "", "l", List.of(), "z", null));
        assertThat(over).isEqualTo(map("a", "", "l", List.of(), "z", null));
    }

    @Test
    void deepCopyIsIndependentAndDigWalksMaps() {
        Map<String, Object> inner = map("k", new ArrayList<>(List.of(1)));
        Map<String, Object> orig = map("a", inner);
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) s.call("deepCopy", orig);
        assertThat(copy).isEqualTo(orig);
        inner.put("k", 2);
        assertThat(copy).isNotEqualTo(orig);
        assertThat(s.call("dig", "a", "k", "def", orig)).isEqualTo(2);
        assertThat(s.call("dig", "a", "q", "def", orig)).isEqualTo("def");
        assertThatThrownBy(() -> s.call("dig", "a", "k", "x", "def", orig))
                .hasMessage("interface conversion: interface {} is int, not map[string]interface {}");
    }

    @Test
    void defaultsAndEmptiness() {
        assertThat(s.call("default", "d", "")).isEqualTo("d");
        assertThat(s.call("default", "d")).isEqualTo("d");
        assertThat(s.call("default", "d", 0.0)).isEqualTo("d");
        assertThat(s.call("default", "d", List.of(0))).isEqualTo(List.of(0));
        assertThat(s.call("empty", new GoTime(Sprig.CLOCK.instant(), Sprig.CLOCK.getZone(), null))).isEqualTo(false);
        assertThat(s.call("coalesce", null, "", "x")).isEqualTo("x");
        assertThat(s.call("ternary", 1, 2, false)).isEqualTo(2);
        assertThat(s.call("all")).isEqualTo(true);
        assertThat(s.call("any", 0, "")).isEqualTo(false);
    }
}
