// The cost of a WebAssembly post-renderer inside one JVM: the first call (runtime classes loaded, module parsed),
// calls with the module cached by digest, and a new runtime (parsed again). Run by bench/wasm/postrender.sh.
import io.helm4j.plugin.*;
import java.nio.file.*;
import java.util.*;
public class WasmCost {
    public static void main(String[] a) throws Exception {
        Plugin p = Plugins.load(Path.of(a[0]));
        String manifests = Files.readString(Path.of(a[1]));
        long t0 = System.nanoTime();
        WasmRuntime rt = WasmRuntime.load(p);
        String out = rt.postRender(p, manifests, List.of(), Map.of(), PluginIo.of(java.io.OutputStream.nullOutputStream(), System.err));
        long t1 = System.nanoTime();
        System.out.printf("first call (load runtime, parse, instantiate, run): %d ms%n", (t1 - t0) / 1_000_000);
        long[] times = new long[20];
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            rt.postRender(p, manifests, List.of(), Map.of(), PluginIo.of(java.io.OutputStream.nullOutputStream(), System.err));
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("cached module, median of 20 calls: %.1f ms (min %.1f)%n", times[10] / 1e6, times[0] / 1e6);
        WasmRuntime fresh = WasmRuntime.load(p);
        long s = System.nanoTime();
        fresh.postRender(p, manifests, List.of(), Map.of(), PluginIo.of(java.io.OutputStream.nullOutputStream(), System.err));
        System.out.printf("new runtime (parse again, classes warm): %.1f ms; manifests %d bytes%n", (System.nanoTime() - s) / 1e6, manifests.length());
    }
}
