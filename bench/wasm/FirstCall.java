import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The first call of a WebAssembly post-renderer in a fresh JVM, through the SDK (bench/README.md, issue 9): the
 * plugin loaded, the runtime found, the first call (compiled classes read from the cache), a second call with a
 * new runtime. Run with the launcher's JVM flags and an AOT cache, the class path the cache was made with plus this
 * file's directory (compile it first: javac -cp CP -d DIR FirstCall.java):
 * java -XX:AOTCache=cli/target/helm4j.aot ... -cp CP:DIR FirstCall PLUGIN_DIR MANIFESTS.yaml
 * with HELM_CACHE_HOME where the compiled classes were kept.
 */
public class FirstCall {
    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        io.helm4j.plugin.Plugin p = io.helm4j.plugin.Plugins.load(Path.of(a[0]));
        String manifests = Files.readString(Path.of(a[1]));
        long t1 = System.nanoTime();
        var rt = io.helm4j.plugin.WasmRuntime.load(p);
        long t2 = System.nanoTime();
        var pio = io.helm4j.plugin.PluginIo.of(java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream());
        rt.postRender(p, manifests, List.of(), System.getenv(), pio);
        long t3 = System.nanoTime();
        io.helm4j.plugin.WasmRuntime.load(p).postRender(p, manifests, List.of(), System.getenv(), pio);
        long t4 = System.nanoTime();
        System.out.printf("load plugin %.1f ms, runtime %.1f ms, first call %.1f ms, second (new runtime) %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
    }
}
