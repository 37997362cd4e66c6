package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test plugins in WebAssembly text (plugin-wasm's test resources), built with {@code wat2wasm} into a directory. */
final class WatPlugins {
    static final Path WAT = Path.of("../plugin-wasm/src/test/resources/io/helm4j/plugin/wasm");
    static final Path WAT2WASM = Path.of("/usr/bin/wat2wasm");

    private WatPlugins() {
    }

    /** {@code dir} with {@code plugin.yaml} (the manifest given) and {@code plugin.wasm} built from {@code wat}. */
    static Path build(Path dir, String wat, String manifest) throws Exception {
        assumeTrue(Files.isExecutable(WAT2WASM), "wat2wasm (Debian's wabt) is not installed: skipped");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plugin.yaml"), manifest);
        Process p = new ProcessBuilder(WAT2WASM.toString(), WAT.resolve(wat + ".wat").toAbsolutePath().toString(), "-o",
                dir.resolve("plugin.wasm").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return dir;
    }
}
