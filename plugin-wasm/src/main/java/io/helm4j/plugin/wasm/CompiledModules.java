package io.helm4j.plugin.wasm;

import com.dylibso.chicory.compiler.Cache;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import io.helm4j.settings.HelmPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Function;

/**
 * Plugin modules compiled to JVM bytecode by Chicory's compiler (instead of interpreted), and the compiled classes
 * kept on disk across processes, as Helm 4 keeps wazero's in {@code $HELM_CACHE_HOME/wazero-build}: under
 * {@code $HELM_CACHE_HOME/helm4j-wasm/chicory-VERSION}, one file per module digest (a new Chicory version starts a
 * new directory; a file is written whole or not at all). Without a cache home in the environment given (a getter or
 * a template function is called without one), the compiled classes live in this process only.
 */
final class CompiledModules {
    static final String CHICORY_VERSION = "1.7.5";

    private CompiledModules() {
    }

    /** The compiler's machine factory for {@code module}, reading and filling the disk cache when there is one. */
    static Function<Instance, Machine> factory(WasmModule module, Path cacheDir) {
        if (cacheDir == null) {
            return MachineFactoryCompiler.compile(module);
        }
        DiskCache cache = new DiskCache(cacheDir);
        try {
            return MachineFactoryCompiler.builder(module).withCache(cache).compile();
        } catch (RuntimeException unreadable) {
            cache.remove(module.digest()); // a damaged or foreign file: compile again and replace it
            return MachineFactoryCompiler.builder(module).withCache(cache).compile();
        }
    }

    /** {@code $HELM_CACHE_HOME/helm4j-wasm/chicory-VERSION} as the environment places it, or null. */
    static Path cacheDir(Map<String, String> env) {
        String home = env.get("HOME");
        if (home == null && env.get("HELM_CACHE_HOME") == null && env.get("XDG_CACHE_HOME") == null) {
            return null;
        }
        return HelmPaths.from(env, Path.of(home == null ? "." : home)).cachePath("helm4j-wasm")
                .resolve("chicory-" + CHICORY_VERSION);
    }

    /** Chicory's {@link Cache} as files named by the module's digest. */
    record DiskCache(Path dir) implements Cache {
        @Override
        public byte[] get(String key) throws IOException {
            try {
                return Files.readAllBytes(dir.resolve(file(key)));
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        @Override
        public void putIfAbsent(String key, byte[] data) throws IOException {
            Path target = dir.resolve(file(key));
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".module-", ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        void remove(String key) {
            try {
                Files.deleteIfExists(dir.resolve(file(key)));
            } catch (IOException e) {
                // left as it is: the next compile replaces nothing, but still runs compiled code of its own
            }
        }

        private static String file(String key) {
            return key.replaceAll("[^A-Za-z0-9._-]", "_") + ".classes";
        }
    }
}
