package io.helm4j.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The %v inside values' Go error texts is gotemplate's fmt port; expected strings are Go's fmt.Sprintf("%t", v). */
class GoTextTest {
    @Test
    void badVerbTFormatsNestedValuesAsGoFmt() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", new ArrayList<>(Arrays.asList(null, true, 0.5)));
        m.put("a", 1e6);
        m.put("c", -0.0);
        assertThat(GoText.badVerbT(m))
                .isEqualTo("%!t(map[string]interface {}=map[a:1e+06 b:[<nil> true 0.5] c:-0])");
        assertThat(GoText.badVerbT(1.0e21)).isEqualTo("%!t(float64=1e+21)");
        assertThat(GoText.badVerbT("x")).isEqualTo("%!t(string=x)");
    }
}
