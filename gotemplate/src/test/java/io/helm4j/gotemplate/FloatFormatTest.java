package io.helm4j.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    private static double randomDouble(SplittableRandom random) {
        double d;
        do {
            d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d) || Double.isInfinite(d));
        return d;
    }

    @Test
    void shortestDigitsReadBackAndCannotBeShorter() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 4_000; n++) {
            double d = Math.abs(randomDouble(random));
            if (d == 0) {
                continue;
            }
            FloatFormat.Digits digits = FloatFormat.shortestDigits(d, 64);
            BigDecimal value = new BigDecimal(new java.math.BigInteger(digits.d()), digits.nd() - digits.dp());
            assertThat(value.doubleValue()).as("%s", d).isEqualTo(d);
            if (digits.nd() > 1) {
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    BigDecimal shorter = value.round(new MathContext(digits.nd() - 1, mode));
                    assertThat(shorter.doubleValue()).as("%s is shorter than %s", shorter, value).isNotEqualTo(d);
                }
            }
        }
    }

    @Test
    void shortestFormsReadBackInEveryVerb() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 1_500; n++) {
            double d = randomDouble(random);
            for (char verb : new char[] {'e', 'E', 'f', 'g', 'G'}) {
                String text = FloatFormat.format(d, verb, -1, 64);
                assertThat(Double.parseDouble(text)).as("%s %s", verb, text).isEqualTo(d);
            }
            assertThat(Double.parseDouble(FloatFormat.format(d, 'x', -1, 64))).isEqualTo(d);
        }
    }

    @Test
    void fixedPrecisionRoundsTheExactBinaryValueHalfEven() {
        assertThat(FloatFormat.format(0.125, 'f', 2, 64)).isEqualTo("0.12");
        assertThat(FloatFormat.format(0.375, 'f', 2, 64)).isEqualTo("0.38");
        assertThat(FloatFormat.format(2.675, 'f', 2, 64)).isEqualTo("2.67");
        assertThat(FloatFormat.format(-0.005, 'f', 2, 64)).isEqualTo("-0.01");
        assertThat(FloatFormat.format(9.995, 'e', 2, 64)).isEqualTo("9.99e+00");
        assertThat(FloatFormat.format(9.9951, 'e', 2, 64)).isEqualTo("1.00e+01");
        assertThat(FloatFormat.format(0.95, 'g', 1, 64)).isEqualTo("0.9");
        assertThat(FloatFormat.format(99.5, 'g', 2, 64)).isEqualTo("1e+02");
    }

    @Test
    void specialValues() {
        assertThat(FloatFormat.format(Double.NaN, 'f', 2, 64)).isEqualTo("NaN");
        assertThat(FloatFormat.format(Double.NEGATIVE_INFINITY, 'g', -1, 64)).isEqualTo("-Inf");
        assertThat(FloatFormat.format(-0.0, 'e', 1, 64)).isEqualTo("-0.0e+00");
        assertThat(FloatFormat.format(0.0, 'b', -1, 64)).isEqualTo("0p-1074");
        assertThat(FloatFormat.format(Double.MIN_VALUE, 'e', -1, 64)).isEqualTo("5e-324");
        assertThat(FloatFormat.format(1e300 * 10, 'e', 3, 64)).isEqualTo("1.000e+301");
    }

    @Test
    void float32UsesItsOwnShortestDigits() {
        assertThat(FloatFormat.format(0.1f, 'g', -1, 32)).isEqualTo("0.1");
        assertThat(FloatFormat.format(Float.MIN_VALUE, 'g', -1, 32)).isEqualTo("1e-45");
        assertThat(GoFmt.sprintf("%v %T", 0.1f, 0.1f)).isEqualTo("0.1 float32");
    }
}
