package io.helm4j.plugin.wasm;

import com.dylibso.chicory.log.Logger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Chicory's WASI log for one plugin call: warnings and errors as one line on the plugin's stderr
 * ({@code plugin "NAME": wasi: MESSAGE}), the rest dropped. Chicory's default logs through {@code System.Logger},
 * whose first use starts {@code java.util.logging} (its configuration read from the JDK), a cost every command
 * running a WebAssembly plugin paid for lines it never printed (bench/README.md).
 */
record WasiLog(String plugin, OutputStream stderr) implements Logger {
    @Override
    public boolean isLoggable(Level level) {
        return level == Level.WARNING || level == Level.ERROR;
    }

    @Override
    public void log(Level level, String message, Throwable error) {
        if (!isLoggable(level)) {
            return;
        }
        String why = message != null ? message : error == null ? "" : String.valueOf(error.getMessage());
        try {
            stderr.write(("plugin \"" + plugin + "\": wasi: " + why + "\n").getBytes(StandardCharsets.UTF_8));
            stderr.flush();
        } catch (IOException e) {
            // the plugin's stderr is gone: nothing left to tell
        }
    }
}
