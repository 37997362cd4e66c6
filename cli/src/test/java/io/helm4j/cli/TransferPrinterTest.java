package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TransferPrinterTest {
    private static final Event.Transfer HALF = new Event.Transfer("download", "http://r/a-1.0.0.tgz", 2048, 4096, false);
    private static final Event.Transfer DONE = new Event.Transfer("download", "http://r/a-1.0.0.tgz", 4096, 4096, true);

    @Test
    void offATerminalTransfersPrintNothingAsInHelm() {
        StringWriter w = new StringWriter();
        EventSink sink = EventPrinter.to(new PrintWriter(w), false, false);
        sink.emit(HALF);
        sink.emit(DONE);
        sink.emit(new Event.Info("Pulled: r/a:1.0.0"));
        assertThat(w.toString()).isEqualTo("Pulled: r/a:1.0.0\n");
    }

    @Test
    void onATerminalOneLineIsRedrawnAndErasedAtTheEndOrBeforeOtherOutput() {
        StringWriter w = new StringWriter();
        EventSink sink = EventPrinter.to(new PrintWriter(w), false, true);
        sink.emit(HALF);
        assertThat(w.toString()).isEqualTo("\r\033[KDownloading http://r/a-1.0.0.tgz: 2.0 KiB of 4.0 KiB");
        sink.emit(new Event.Warning("slow"));
        assertThat(w.toString()).endsWith("2.0 KiB of 4.0 KiB\r\033[KWARNING: slow\n");
        w.getBuffer().setLength(0);
        sink.emit(HALF);
        sink.emit(DONE);
        assertThat(w.toString()).isEqualTo("\r\033[KDownloading http://r/a-1.0.0.tgz: 2.0 KiB of 4.0 KiB\r\033[K");
    }
}
