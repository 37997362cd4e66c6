package io.helm4j.gotemplate;

import static io.helm4j.gotemplate.Render.map;
import static io.helm4j.gotemplate.Render.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's builtin {@code slice} (Helm shadows it with Sprig's, so the oracle test cannot cover it). */
class SliceTest {
    private static final Object DATA = map("l", List.of("a", "b", "c"), "s", "héllo");

    @Test
    void slicesListsAndStrings() {
        assertThat(render("{{ slice .l 1 }}|{{ slice .l 1 2 }}|{{ slice .l }}|{{ slice .l 0 1 2 }}", DATA))
                .isEqualTo("[b c]|[b]|[a b c]|[a]");
        assertThat(render("{{ slice \"hello\" 1 3 }}|{{ slice \"hello\" 5 }}", DATA)).isEqualTo("el|");
        assertThat(render("{{ slice .s 0 3 }}", DATA)).isEqualTo("hé");
    }

    @Test
    void reportsGoErrors() {
        assertThatThrownBy(() -> render("{{ slice .l 2 1 }}", DATA))
                .hasMessageEndingWith("error calling slice: invalid slice index: 2 > 1");
        assertThatThrownBy(() -> render("{{ slice .l 4 }}", DATA))
                .hasMessageEndingWith("error calling slice: index out of range: 4");
        assertThatThrownBy(() -> render("{{ slice \"abc\" 1 2 3 }}", DATA))
                .hasMessageEndingWith("error calling slice: cannot 3-index slice a string");
        assertThatThrownBy(() -> render("{{ slice 3 1 }}", DATA))
                .hasMessageEndingWith("error calling slice: can't slice item of type int");
        assertThatThrownBy(() -> render("{{ slice .l 1 2 3 4 }}", DATA))
                .hasMessageEndingWith("error calling slice: too many slice indexes: 4");
        assertThatThrownBy(() -> render("{{ slice nil }}", DATA))
                .hasMessageEndingWith("error calling slice: slice of untyped nil");
    }
}
