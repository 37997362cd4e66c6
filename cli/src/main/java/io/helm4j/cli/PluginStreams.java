package io.helm4j.cli;

import io.helm4j.plugin.PluginIo;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The streams a plugin runs with: in the real process, the process's own (a subprocess plugin shares the terminal
 * and its bytes reach the user untouched); in tests, which give the command line their own writers, the plugin's
 * output is decoded as UTF-8 into them.
 */
final class PluginStreams {
    private PluginStreams() {
    }

    static PluginIo of(HelmCommand<?> command) {
        command.out().flush();
        command.err().flush();
        if (command.context().env() == System.getenv()) {
            // CliContext.fromProcess: this is the helm4j process itself, whose terminal the plugin shares
            return new PluginIo(System.in, System.out, System.err, true);
        }
        return new PluginIo(new ByteArrayInputStream(new byte[0]), new WriterStream(command.out()),
                new WriterStream(command.err()), false);
    }

    /** Bytes into a writer, decoded as UTF-8 across writes. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer pending = ByteBuffer.allocate(8192);

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, pending.remaining());
                pending.put(b, off, n);
                off += n;
                len -= n;
                drain();
            }
        }

        private void drain() {
            pending.flip();
            CharBuffer chars = CharBuffer.allocate(pending.remaining() + 1);
            decoder.decode(pending, chars, false);
            chars.flip();
            writer.append(chars);
            pending.compact();
        }

        @Override
        public synchronized void flush() {
            writer.flush();
        }
    }
}
