package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The API server's warnings as Helm 4.3.2 prints them: lines real Helm 4.3.2 wrote to stderr against the test cluster
 * (process 13037, the machine in UTC), rebuilt from the same time, process id and warning text.
 */
class KlogLineTest {
    private static KlogLine at(String instant, long pid) {
        return new KlogLine(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), pid);
    }

    @Test
    void aWarningIsKlogsInfoLineOfClientGosWarningLogger() {
        assertThat(at("2026-12-07T23:43:46.211752Z", 13037)
                .warning("kube13.helm4j.io/v1alpha1 Relic is deprecated; use kube13.helm4j.io/v1"))
                .isEqualTo("I1207 23:43:46.211752   13037 warnings.go:107] \"Warning: kube13.helm4j.io/v1alpha1 Relic is "
                        + "deprecated; use kube13.helm4j.io/v1\"");
        assertThat(at("2026-12-07T23:43:46.370985Z", 13037).warning("unknown field \"bogus\""))
                .isEqualTo("I1207 23:43:46.370985   13037 warnings.go:107] \"Warning: unknown field \\\"bogus\\\"\"");
    }

    @Test
    void theEventPrinterWritesEveryWarningOnStderrRepeatedOnesToo() {
        StringWriter err = new StringWriter();
        var sink = EventPrinter.to(new PrintWriter(err), false, false, at("2026-12-07T23:43:46.370985Z", 13037));
        sink.emit(new io.helm4j.events.Event.ApiWarning("unknown field \"bogus\""));
        sink.emit(new io.helm4j.events.Event.ApiWarning("unknown field \"bogus\""));
        String line = "I1207 23:43:46.370985   13037 warnings.go:107] \"Warning: unknown field \\\"bogus\\\"\"\n";
        assertThat(err.toString()).isEqualTo(line + line);
    }
}
