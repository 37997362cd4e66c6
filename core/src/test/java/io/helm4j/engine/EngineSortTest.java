package io.helm4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSortTest {
    @Test
    void deepestFirstThenReverseLexical() {
        assertThat(Engine.sortTemplates(List.of("p/templates/a.yaml", "p/charts/s/templates/b.yaml",
                "p/templates/b.yaml", "p/templates/_h.tpl")))
                .containsExactly("p/charts/s/templates/b.yaml", "p/templates/b.yaml", "p/templates/a.yaml",
                        "p/templates/_h.tpl");
    }

    @Test
    void quotesAsGo() {
        assertThat(io.helm4j.gostd.Strconv.quote("a\"b\\\n\u0001é")).isEqualTo("\"a\\\"b\\\\\\n\\x01é\"");
    }
}
