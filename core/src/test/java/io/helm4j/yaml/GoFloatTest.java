package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoFloatTest {
    @Test
    void formatGLikeGoPercentV() {
        assertThat(GoFloat.formatG(1e6)).isEqualTo("1e+06");
        assertThat(GoFloat.formatG(123456.0)).isEqualTo("123456");
        assertThat(GoFloat.formatG(1234567.0)).isEqualTo("1.234567e+06");
        assertThat(GoFloat.formatG(0.0001)).isEqualTo("0.0001");
        assertThat(GoFloat.formatG(0.00001)).isEqualTo("1e-05");
        assertThat(GoFloat.formatG(1.5)).isEqualTo("1.5");
        assertThat(GoFloat.formatG(-0.0)).isEqualTo("-0");
        assertThat(GoFloat.formatG(0.0)).isEqualTo("0");
        assertThat(GoFloat.formatG(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(GoFloat.formatG(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(GoFloat.formatG(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(GoFloat.formatG(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void formatG32ForFloatKeys() {
        assertThat(GoFloat.formatG32(3.14159265358979)).isEqualTo("3.1415927");
        assertThat(GoFloat.formatG32(0.1)).isEqualTo("0.1");
        assertThat(GoFloat.formatG32(1e21)).isEqualTo("1e+21");
    }

    @Test
    void jsonForm() {
        assertThat(GoFloat.formatJson(1e6)).isEqualTo("1000000");
        assertThat(GoFloat.formatJson(1e20)).isEqualTo("100000000000000000000");
        assertThat(GoFloat.formatJson(1e21)).isEqualTo("1e+21");
        assertThat(GoFloat.formatJson(1e-7)).isEqualTo("1e-7");
        assertThat(GoFloat.formatJson(0.000001)).isEqualTo("0.000001");
        assertThat(GoFloat.formatJson(1.5e-10)).isEqualTo("1.5e-10");
        assertThat(GoFloat.formatJson(-0.0)).isEqualTo("-0");
        assertThat(GoFloat.formatJson(12345678.5)).isEqualTo("12345678.5");
    }
}
