package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SprigFunctionsTest {
    /** The exact names are checked against Sprig's and Helm's sources by io.helm4j.engine.FunctionTableTest. */
    @Test
    void leavesOutTheFunctionsHelmRemoves() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(f.contains("sha512sum")).isTrue();
        assertThat(f.contains("env")).isFalse();
        assertThat(f.contains("expandenv")).isFalse();
    }

    @Test
    void arityMatchesTheGoSignatures() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(f.get("trunc").minArgs()).isEqualTo(2);
        assertThat(f.get("trunc").variadic()).isFalse();
        assertThat(f.get("dict").variadic()).isTrue();
        assertThat(f.get("default").minArgs()).isEqualTo(1);
        assertThat(f.get("round").minArgs()).isEqualTo(2);
        assertThat(f.get("now").minArgs()).isZero();
    }

    @Test
    void parameterTypesAreSprigs() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(f.get("upper").signature()).hasToString("(string)");
        assertThat(f.get("indent").signature()).hasToString("(int, string)");
        assertThat(f.get("quote").signature()).hasToString("(...interface {})");
        assertThat(f.get("round").signature()).hasToString("(interface {}, int, ...float64)");
        assertThat(f.get("pick").signature()).hasToString("(map[string]interface {}, ...string)");
        assertThat(f.get("derivePassword").signature()).hasToString("(uint32, string, string, string, string)");
        assertThat(f.get("genSignedCert").signature())
                .hasToString("(string, []interface {}, []interface {}, int, sprig.certificate)");
        assertThat(f.get("regexSplit").signature()).hasToString("(string, string, int)");
        assertThat(f.get("mustRegexReplaceAll").signature()).hasToString("(string, string, string)");
        assertThat(f.get("osBase").signature()).hasToString("(string)");
    }

    @Test
    void mapsDoNotShareState() {
        Sprig a = new Sprig(new SplittableRandom(1));
        Sprig b = new Sprig(new SplittableRandom(1));
        String first = a.str("randAlphaNum", 8);
        assertThat(a.str("randAlphaNum", 8)).isNotEqualTo(first);
        assertThat(b.str("randAlphaNum", 8)).isEqualTo(first);
    }

    @Test
    void nowComesFromTheInjectedClock() {
        Clock clock = Sprig.CLOCK;
        Object now = new Sprig().call("now");
        assertThat(((GoTime) now).instant()).isEqualTo(clock.instant());
        assertThat(new Sprig().str("date", "2006-01-02 15:04:05 MST", now)).isEqualTo("2024-06-01 12:00:00 UTC");
        assertThat(new Sprig().str("ago", new Sprig().call("toDate", "2006-01-02", "2024-05-31")))
                .isEqualTo("36h0m0s");
    }
}
