package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitPrinterTest {
    private static final Event.WaitProgress.Pending WEB = new Event.WaitProgress.Pending("Deployment", "shop", "web",
            "InProgress", "Ready: 0/1 (pod web-1: container app CrashLoopBackOff)");
    private static final Event.WaitProgress.Pending DB = new Event.WaitProgress.Pending("StatefulSet", "shop", "db",
            "InProgress", "Ready: 0/1");

    @Test
    void offATerminalEachChangeIsALineAndAFailedEndIsLeftToTheError() {
        StringWriter w = new StringWriter();
        EventSink sink = EventPrinter.to(new PrintWriter(w), false, false);
        sink.emit(new Event.WaitProgress("resources", 3, List.of(WEB, DB), false));
        sink.emit(new Event.WaitProgress("resources", 3, List.of(WEB), false));
        sink.emit(new Event.WaitProgress("resources", 3, List.of(WEB), true));
        assertThat(w.toString()).isEqualTo("""
                waiting for 2 of 3 resources: Deployment/web (InProgress: Ready: 0/1 (pod web-1: container app CrashLoopBackOff)) \
                StatefulSet/db (InProgress: Ready: 0/1)
                waiting for 1 of 3 resources: Deployment/web (InProgress: Ready: 0/1 (pod web-1: container app CrashLoopBackOff))
                """);
        sink.emit(new Event.WaitProgress("resources", 3, List.of(), true));
        assertThat(w.toString()).endsWith("all 3 resources ready\n");
    }

    @Test
    void onATerminalTheTableIsRedrawnInPlaceAndErasedAtTheEnd() {
        StringWriter w = new StringWriter();
        EventSink sink = EventPrinter.to(new PrintWriter(w), false, true);
        sink.emit(new Event.WaitProgress("resources", 3, List.of(WEB, DB), false));
        assertThat(w.toString()).isEqualTo("""
                Waiting for 2 of 3 resources:
                  KIND          NAME       STATUS       REASON
                  Deployment    shop/web   InProgress   Ready: 0/1 (pod web-1: container app CrashLoopBackOff)
                  StatefulSet   shop/db    InProgress   Ready: 0/1
                """);
        w.getBuffer().setLength(0);
        sink.emit(new Event.WaitProgress("resources", 3, List.of(DB), false));
        assertThat(w.toString()).startsWith("\033[4A\033[J").endsWith("  StatefulSet   shop/db   InProgress   Ready: 0/1\n");
        w.getBuffer().setLength(0);
        sink.emit(new Event.WaitProgress("resources", 3, List.of(), true));
        assertThat(w.toString()).isEqualTo("\033[3A\033[J");
    }
}
