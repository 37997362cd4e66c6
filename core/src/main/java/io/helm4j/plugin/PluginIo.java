package io.helm4j.plugin;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The standard streams a plugin runs with. The process's own ({@link System#in}, {@link System#out},
 * {@link System#err}) are handed to a subprocess plugin as they are (it shares the terminal, as under Helm);
 * other streams are copied to and from it byte for byte.
 */
public record PluginIo(InputStream stdin, OutputStream stdout, OutputStream stderr) {

    /** The process's own streams. */
    public static PluginIo system() {
        return new PluginIo(System.in, System.out, System.err);
    }

    /** No input; output and errors into the given streams. */
    public static PluginIo of(OutputStream stdout, OutputStream stderr) {
        return new PluginIo(InputStream.nullInputStream(), stdout, stderr);
    }
}
