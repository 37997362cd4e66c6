package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT training's WebAssembly plugin is {@code yupper.wat} as {@code wat2wasm} builds it today, and it runs as a
 * post-renderer the way the training runs it (skipped, saying so, without {@code wat2wasm}).
 */
class WasmAotTrainingTest {
    @TempDir
    Path tmp;

    @Test
    void trainingModuleIsWat2wasmOutputOfYupper() throws Exception {
        Path built = WatPlugins.build(tmp.resolve("yupper"), "yupper", "unused");
        assertThat(Base64.getDecoder().decode(WasmAotTraining.MODULE)).isEqualTo(Files.readAllBytes(
                built.resolve("plugin.wasm")));
    }

    /** Every command of the training succeeds: a failing one would leave the classes it never reached uncached. */
    @Test
    void trainingCommandsSucceed() {
        java.util.List<String> failed = new java.util.ArrayList<>();
        java.util.List<String> ran = new java.util.ArrayList<>();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            WasmAotTraining.run(new CliContext(java.util.Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin"), tmp,
                    "helm4j"), "../examples/hello", (ctx, runs) -> {
                        for (String[] run : runs) {
                            ran.add(run[0]);
                            if (Main.run(ctx, run) != 0) {
                                failed.add(String.join(" ", run));
                            }
                        }
                    });
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(ran).containsExactly("plugin", "template", "template");
        assertThat(failed).isEmpty();
    }
}
