package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How structs ({@link GoObject}) and other Java objects print: as Stringers under string verbs. */
class GoFmtObjectsTest {

    private record Struct(String goTypeName, String text) implements GoObject {

        @Override
        public String formatValue() {
            return text;
        }
    }

    private record Plain(String name) {
        @Override
        public String toString() {
            return "plain:" + name;
        }
    }

    private final Struct version = new Struct("*chartutil.KubeVersion", "v1.35.0");
    private final Struct opaque = new Struct("*chart.Metadata", null);

    @Test
    void structWithItsOwnRenderingPrintsItUnderStringVerbs() {
        assertThat(GoFmt.formatValue(version)).isEqualTo("v1.35.0");
        assertThat(GoFmt.sprintf("%s|%10v|%q|%x|%.2s", version, version, version, version, version))
            .isEqualTo("v1.35.0|   v1.35.0|\"v1.35.0\"|76312e33352e30|v1");
        assertThat(GoFmt.sprint("k=", version, 1)).isEqualTo("k=v1.35.0 1");
    }

    @Test
    void structTypeNameComesFromTheObject() {
        assertThat(GoFmt.typeName(version)).isEqualTo("*chartutil.KubeVersion");
        assertThat(GoFmt.sprintf("%T", opaque)).isEqualTo("*chart.Metadata");
        assertThat(GoFmt.sprintf("", version)).isEqualTo("%!(EXTRA *chartutil.KubeVersion=v1.35.0)");
    }

    @Test
    void structWithoutRenderingFallsBackToItsTypeName() {
        assertThat(GoFmt.formatValue(opaque)).isEqualTo("{*chart.Metadata}");
        assertThat(GoFmt.formatValue(List.of(opaque, version))).isEqualTo("[{*chart.Metadata} v1.35.0]");
        assertThat(GoFmt.formatValue(Map.of("v", version))).isEqualTo("map[v:v1.35.0]");
    }

    @Test
    void otherJavaObjectsPrintThroughToString() {
        Plain p = new Plain("x");
        assertThat(GoFmt.formatValue(p)).isEqualTo("plain:x");
        assertThat(GoFmt.sprintf("%q %d", p, p)).isEqualTo("\"plain:x\" %!d(Plain=plain:x)");
        assertThat(GoFmt.formatValue(List.of(p))).isEqualTo("[plain:x]");
    }

    @Test
    void wrapVerbIsAnErrorOutsideErrorf() {
        assertThat(GoFmt.sprintf("%w", version)).isEqualTo("%!w(*chartutil.KubeVersion=v1.35.0)");
        assertThat(GoFmt.sprintf("%w", Map.of("a", 1))).isEqualTo("%!w(map[string]interface {}=map[a:1])");
    }
}
