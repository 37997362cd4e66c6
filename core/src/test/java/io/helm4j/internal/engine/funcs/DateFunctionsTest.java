package io.helm4j.internal.engine.funcs;

import io.helm4j.gostd.Durations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateFunctionsTest {
    private final Sprig s = new Sprig();
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static GoTime at(String instant) {
        return new GoTime(Instant.parse(instant), UTC, null);
    }

    @Test
    void formatsGoReferenceLayouts() {
        GoTime t = at("2024-02-09T09:05:07.120Z");
        assertThat(t.format("2006-01-02T15:04:05Z07:00")).isEqualTo("2024-02-09T09:05:07Z");
        assertThat(t.format("Mon Jan _2 3:04:05PM MST 2006")).isEqualTo("Fri Feb  9 9:05:07AM UTC 2024");
        assertThat(t.format("Monday January 2 06 002 .000 .999 ,000")).isEqualTo("Friday February 9 24 040 .120 .12 ,120");
        assertThat(t.in(ZoneId.of("America/New_York")).format("15:04 -0700 MST")).isEqualTo("04:05 -0500 EST");
        assertThat(t.formatValue()).isEqualTo("2024-02-09 09:05:07.12 +0000 UTC");
    }

    @Test
    void parsesLikeTimeParseInLocation() {
        GoTime t = GoTimeParser.parse("2006-01-02T15:04:05Z07:00", "2024-03-10T01:02:03-05:30", UTC);
        assertThat(t.instant()).isEqualTo(Instant.parse("2024-03-10T06:32:03Z"));
        assertThat(t.formatValue()).isEqualTo("2024-03-10 01:02:03 -0530 -0530");
        GoTime pst = GoTimeParser.parse("2006-01-02 MST", "2024-01-01 PST", UTC);
        assertThat(pst.formatValue()).isEqualTo("2024-01-01 00:00:00 +0000 PST");
        assertThatThrownBy(() -> GoTimeParser.parse("2006-01-02", "24-01-01", UTC))
                .hasMessage("parsing time \"24-01-01\" as \"2006-01-02\": cannot parse \"24-01-01\" as \"2006\"");
        assertThatThrownBy(() -> GoTimeParser.parse("2006-01-02", "2024-13-01", UTC))
                .hasMessage("parsing time \"2024-13-01\": month out of range");
        assertThatThrownBy(() -> GoTimeParser.parse("2006-01-02", "2024-01-01x", UTC))
                .hasMessage("parsing time \"2024-01-01x\": extra text: \"x\"");
    }

    @Test
    void dateFunctionsUseTheClockAndItsZone() {
        assertThat(s.str("htmlDate", s.call("now"))).isEqualTo("2024-06-01");
        assertThat(s.str("dateInZone", "15:04", 0, "Asia/Kolkata")).isEqualTo("05:30");
        assertThat(s.str("date", "2006", "not a time")).isEqualTo("2024");
        assertThat(s.str("unixEpoch", at("2024-01-01T00:00:00Z"))).isEqualTo("1704067200");
        assertThat(((GoTime) s.call("toDate", "2006-01-02", "garbage")).formatValue())
                .isEqualTo("0001-01-01 00:00:00 +0000 UTC");
        assertThat(((GoTime) s.call("dateModify", "-25h", at("2024-01-01T00:00:00Z"))).instant())
                .isEqualTo(Instant.parse("2023-12-30T23:00:00Z"));
        assertThatThrownBy(() -> s.call("mustDateModify", "1x", at("2024-01-01T00:00:00Z")))
                .hasMessage("time: unknown unit \"x\" in duration \"1x\"");
    }

    @Test
    void durations() {
        assertThat(s.str("duration", "3661")).isEqualTo("1h1m1s");
        assertThat(s.str("duration", 95)).isEqualTo("0s");
        assertThat(s.str("duration", 95L)).isEqualTo("1m35s");
        assertThat(s.str("durationRound", "2h10m5s")).isEqualTo("2h");
        assertThat(s.str("durationRound", "-90m")).isEqualTo("1h");
        assertThat(s.str("durationRound", "9000h")).isEqualTo("1y");
        assertThat(Durations.format(1_500_000L)).isEqualTo("1.5ms");
        assertThat(Durations.format(-90_000_000_000L)).isEqualTo("-1m30s");
        assertThat(Durations.parse("1.5h")).isEqualTo(5_400_000_000_000L);
        assertThat(s.str("ago", at("2024-06-01T11:59:58.6Z"))).isEqualTo("1s");
    }

    @Test
    void timeMethodsForTemplates() {
        GoTime t = new GoTime(Instant.parse("2024-03-04T05:06:07Z"), ZoneOffset.UTC, null);
        assertThat(t.callMethod("Year", java.util.List.of())).isEqualTo(2024);
        assertThat(t.callMethod("Unix", java.util.List.of())).isEqualTo(1709528767L);
        assertThat(t.callMethod("Format", java.util.List.of("02/01"))).isEqualTo("04/03");
        assertThat(t.goTypeName()).isEqualTo("time.Time");
    }
}
