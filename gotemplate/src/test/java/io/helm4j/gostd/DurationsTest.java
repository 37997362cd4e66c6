package io.helm4j.gostd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Go's time.ParseDuration and Duration.String: the expected values and messages are Go's. */
class DurationsTest {
    @Test
    void parsesAndFormatsAsGo() {
        assertThat(Durations.parse("1h2m3.5s")).isEqualTo(3_723_500_000_000L);
        assertThat(Durations.parse("-1.5us")).isEqualTo(-1500L);
        assertThat(Durations.format(Durations.parse("90s"))).isEqualTo("1m30s");
        assertThat(Durations.parse("-9223372036854775808ns")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void problemsCarryGosMessages() {
        assertThat(Durations.problem("5m0s")).isNull();
        assertThat(Durations.problem("0")).isNull();
        assertThat(Durations.problem("")).isEqualTo("time: invalid duration \"\"");
        assertThat(Durations.problem("5")).isEqualTo("time: missing unit in duration \"5\"");
        assertThat(Durations.problem("5x")).isEqualTo("time: unknown unit \"x\" in duration \"5x\"");
    }

    @Test
    void anOverflowingDurationIsInvalidAsInGo() {
        // The CLI's old flag check accepted this; Go (and so Helm's --timeout) rejects it.
        assertThat(Durations.problem("3000000h")).isEqualTo("time: invalid duration \"3000000h\"");
        assertThatThrownBy(() -> Durations.parse("9223372036854775808ns"))
                .hasMessage("time: invalid duration \"9223372036854775808ns\"");
    }

    @Test
    void onlyAsciiDigitsAreDigits() {
        // The template functions' old copy took any Unicode digit (Character.isDigit); Go takes 0-9 only.
        assertThat(Durations.problem("\u0661s")).isEqualTo("time: invalid duration \"\u0661s\"");
    }
}
