package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GoScalarsTest {

    @ParameterizedTest
    @CsvSource({
        "1.1, 1.1",
        "0.5, 0.5",
        "0.00001, 1e-05",
        "1234567.5, 1.2345675e+06",
        "-2.25, -2.25",
        "3.0e-7, 3e-07",
    })
    void floatsFormatLikeGoFloat32G(double in, String out) {
        assertThat(GoScalars.formatFloat32(in)).isEqualTo(out);
    }

    @Test
    void scalarsBecomeStringsWhereAStringIsWanted() {
        assertThat(GoScalars.asString(8.0)).isEqualTo("8");
        assertThat(GoScalars.asString(20240101.0)).isEqualTo("20240101");
        assertThat(GoScalars.asString(7L)).isEqualTo("7");
        assertThat(GoScalars.asString(true)).isEqualTo("true");
        assertThat(GoScalars.asString("x")).isEqualTo("x");
        assertThat(GoScalars.asString(List.of())).isNull();
        assertThat(GoScalars.asString(Map.of())).isNull();
    }
}
