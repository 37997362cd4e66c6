package io.helm4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class GoScalarsTest {
    private static Object v(String s) {
        return GoScalars.resolvePlain(s).value();
    }

    @Test
    void yaml11BooleansAndNulls() {
        for (String t : new String[] {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"}) {
            assertThat(v(t)).as(t).isEqualTo(true);
        }
        for (String f : new String[] {"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"}) {
            assertThat(v(f)).as(f).isEqualTo(false);
        }
        for (String n : new String[] {"", "~", "null", "Null", "NULL"}) {
            assertThat(v(n)).as(n).isNull();
        }
        assertThat(v("tRue")).isEqualTo("tRue");
        assertThat(v("nULL")).isEqualTo("nULL");
    }

    @Test
    void goIntegerSyntax() {
        assertThat(v("0777")).isEqualTo(511L);
        assertThat(v("0o17")).isEqualTo(15L);
        assertThat(v("0x1F")).isEqualTo(31L);
        assertThat(v("-0x1F")).isEqualTo(-31L);
        assertThat(v("0b101")).isEqualTo(5L);
        assertThat(v("1_000")).isEqualTo(1000L);
        assertThat(v("+12")).isEqualTo(12L);
        assertThat(v("-0")).isEqualTo(0L);
        assertThat(v("0xFFFFFFFFFFFFFFFF")).isEqualTo(new BigInteger("18446744073709551615"));
    }

    @Test
    void floatsAndWhatFallsBackToFloatOrString() {
        assertThat(v("1e3")).isEqualTo(1000.0);
        assertThat(v(".5")).isEqualTo(0.5);
        assertThat(v("1.")).isEqualTo(1.0);
        assertThat(v("0778")).isEqualTo(778.0); // not octal, so a decimal float
        assertThat(v("18446744073709551616")).isEqualTo(1.8446744073709552E19);
        assertThat(v(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v("-.Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) v(".NaN")).isNaN();
        assertThat(v("1e400")).isEqualTo("1e400");
        assertThat(v("._5")).isEqualTo("._5");
        assertThat(v("1_0.5")).isEqualTo(10.5);
        assertThat(v("0x")).isEqualTo("0x");
        assertThat(v("-")).isEqualTo("-");
    }

    @Test
    void timestampsResolveButKeepTheirText() {
        assertThat(GoScalars.resolvePlain("2001-12-14").tag()).isEqualTo(GoScalars.TIMESTAMP);
        assertThat(GoScalars.resolvePlain("2001-12-14").value()).isEqualTo("2001-12-14");
        assertThat(GoTimestamp.isTimestamp("2001-1-2")).isTrue();
        assertThat(GoTimestamp.isTimestamp("2001-12-14t21:59:43.10Z")).isTrue();
        assertThat(GoTimestamp.isTimestamp("2001-12-14T21:59:43+05:00")).isTrue();
        assertThat(GoTimestamp.isTimestamp("2001-12-14 21:59:43.10")).isTrue();
        assertThat(GoTimestamp.isTimestamp("2001-02-29")).isFalse();
        assertThat(GoTimestamp.isTimestamp("2000-02-29")).isTrue();
        assertThat(GoTimestamp.isTimestamp("2001-12-14T21:59")).isFalse();
        assertThat(GoTimestamp.isTimestamp("2001-12-14 21:59:43 +05:00")).isFalse();
    }

    @Test
    void plainStringsAndBase60() {
        assertThat(GoScalars.isPlainString("hello")).isTrue();
        assertThat(GoScalars.isPlainString("<<")).isTrue();
        assertThat(GoScalars.isPlainString("12:30")).isFalse();
        assertThat(GoScalars.isPlainString("1:2:3.5")).isFalse();
        assertThat(GoScalars.isPlainString("1:60")).isTrue();
        assertThat(GoScalars.isPlainString("yes")).isFalse();
        assertThat(GoScalars.isPlainString("1.0")).isFalse();
    }

    @Test
    void mergeKeyIsResolvedOnlyWhenPlain() {
        assertThat(GoScalars.resolvePlain("<<").value()).isSameAs(GoScalars.MERGE);
    }
}
