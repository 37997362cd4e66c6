package io.helm4j.plugin;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The standard streams a plugin runs with. With {@code inheritProcessStreams} (a command line handing over its own
 * terminal), a subprocess plugin inherits the process's stdin, stdout and stderr, as under Helm, and its bytes
 * reach the user untouched; otherwise they are copied to and from the given streams byte for byte. A WebAssembly
 * plugin always uses the given streams.
 */
public record PluginIo(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean inheritProcessStreams) {

    /** No input; output and errors into the given streams. */
    public static PluginIo of(OutputStream stdout, OutputStream stderr) {
        return new PluginIo(InputStream.nullInputStream(), stdout, stderr, false);
    }
}
