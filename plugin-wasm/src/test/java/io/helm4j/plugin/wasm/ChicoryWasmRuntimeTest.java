package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginIo;
import io.helm4j.plugin.Plugins;
import io.helm4j.plugin.WasmRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extism/v1 runtime on test plugins written in WebAssembly text ({@code src/test/resources/.../*.wat}), built
 * with {@code wat2wasm} (Debian's {@code wabt}) during the run: the Extism host interface and WASI, a reactor's
 * {@code _initialize}, and hostile plugins that reach past their grant (memory, Extism memory, time, network, host
 * functions), each stopped with an error naming the plugin and the capability. Skipped, saying so, without
 * {@code wat2wasm}.
 */
class ChicoryWasmRuntimeTest {
    static final Path WAT = Path.of("src/test/resources/io/helm4j/plugin/wasm");

    @TempDir
    Path tmp;

    @BeforeEach
    void needWat2wasm() {
        assumeTrue(wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: the WebAssembly plugin tests are "
                + "skipped");
    }

    static Path wat2wasm() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, "wat2wasm");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** A plugin directory: {@code plugin.yaml} of the given type and runtimeConfig, {@code plugin.wasm} from WAT. */
    static Plugin plugin(Path root, String wat, String name, String type, String runtimeConfig) throws Exception {
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plugin.yaml"), "apiVersion: v1\nname: " + name + "\ntype: " + type
                + "\nruntime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n" + runtimeConfig);
        Process p = new ProcessBuilder(wat2wasm().toString(), WAT.resolve(wat + ".wat").toAbsolutePath().toString(),
                "-o", dir.resolve("plugin.wasm").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return Plugins.load(dir);
    }

    private Plugin plugin(String wat, String runtimeConfig) throws Exception {
        return plugin(tmp, wat, wat, "postrenderer/v1", runtimeConfig);
    }

    @Test
    void theRuntimeIsFoundThroughTheServiceLoader() throws Exception {
        assertThat(WasmRuntime.load(plugin("silent", "  {}\n"))).isInstanceOf(ChicoryWasmRuntime.class);
    }

    @Test
    void postRendererGetsTheManifestsAsAJsonStringAndGivesThemBack() throws Exception {
        Plugin p = plugin("yupper", "  memory:\n    maxPages: 2\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String manifests = "kind: Deployment\nmetadata:\n  name: \"y<&>\"\n";
        String result = new ChicoryWasmRuntime().postRender(p, manifests, List.of("x"), Map.of(),
                PluginIo.of(out, new ByteArrayOutputStream()));
        assertThat(result).isEqualTo("kind: DeploYment\nmetadata:\n  name: \"Y<&>\"\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from wasm\n");
    }

    @Test
    void cliPluginWritesToTheUsersStdout() throws Exception {
        Plugin p = plugin(tmp, "yupper", "yupcli", "cli/v1", "  {}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChicoryWasmRuntime().runCli(p, List.of("a"), Map.of("HELM_NAMESPACE", "x"),
                PluginIo.of(out, new ByteArrayOutputStream()));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from wasm\n");
    }

    @Test
    void growingPastMaxPagesIsStopped() throws Exception {
        Plugin p = plugin("hog", "  memory:\n    maxPages: 2\n");
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("plugin \"hog\" failed: ")
                .hasMessageContaining("its memory reached memory.maxPages: 2 pages of 64 KiB");
    }

    @Test
    void aModuleNeedingMoreThanTheDefaultFourPagesIsRefused() throws Exception {
        Plugin p = plugin("bigstart", "  {}\n");
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"bigstart\": memory: the module needs 64 "
                        + "pages of 64 KiB at start, more than memory.maxPages (4)");
    }

    @Test
    void extismMemoryIsCappedToo() throws Exception {
        Plugin p = plugin("kernelhog", "  memory:\n    maxPages: 3\n");
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"kernelhog\": memory: allocating 65536 bytes "
                        + "of Extism memory would pass memory.maxPages (3 pages of 64 KiB)");
    }

    @Test
    void aPluginThatLoopsForeverIsStoppedAtItsTimeout() throws Exception {
        Plugin p = plugin("spin", "  timeout: 300\n");
        long start = System.nanoTime();
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugin \"spin\": timeout: still running after 300 ms (runtimeConfig.timeout), stopped");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void aRequestToAHostNotAllowedIsRefusedAndNothingIsContacted() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(300);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x";
            Plugin p = plugin("phone", "  config:\n    request: '{\"url\": \"" + url + "\"}'\n"
                    + "  allowedHosts: [example.com, \"*.example.org\"]\n");
            assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                    .isInstanceOf(PluginException.class).hasMessage("plugin \"phone\": allowedHosts: HTTP request to "
                            + "127.0.0.1 is not allowed (runtimeConfig.allowedHosts: [example.com, *.example.org])");
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aRequestToAnAllowedHostIsMade() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = serve("ok".getBytes(StandardCharsets.UTF_8), hits);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
            Plugin p = plugin("phone", "  config:\n    request: '{\"url\": \"" + url + "\"}'\n"
                    + "  allowedHosts: [\"127.0.0.1\"]\n");
            assertThat(new ChicoryWasmRuntime().call(p, "{}", Map.of(), quiet())).isEmpty();
            assertThat(hits.get()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aHostFunctionNotGrantedIsRefusedBeforeTheModuleRuns() throws Exception {
        Plugin p = plugin("sneaky", "  {}\n");
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"sneaky\": imports the host function "
                        + "extism:host/user.read_kubeconfig, which helm4j does not provide (hostFunctions: none are "
                        + "granted)");
    }

    @Test
    void aPluginFailingWithoutAMessageIsNamedWithItsExitCode() throws Exception {
        Plugin p = plugin("silent", "  {}\n");
        assertThatThrownBy(() -> new ChicoryWasmRuntime().postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"silent\" exited with error (exit code 3)")
                .satisfies(e -> assertThat(((PluginException) e).exitCode()).isEqualTo(3));
    }

    @Test
    void aReactorsInitializeRunsFirst() throws Exception {
        // yupper's entry fails with "_initialize was not called" unless the runtime ran it
        Plugin p = plugin("yupper", "  {}\n");
        assertThat(new ChicoryWasmRuntime().postRender(p, "y: 1\n", List.of(), Map.of(), quiet())).isEqualTo("Y: 1\n");
    }

    @Test
    void aModuleIsParsedOnceForItsDigestAndAgainWhenTheFileChanges() throws Exception {
        Plugin p = plugin("yupper", "  {}\n");
        ChicoryWasmRuntime rt = new ChicoryWasmRuntime();
        for (int i = 0; i < 3; i++) {
            assertThat(rt.postRender(p, "y: 1\n", List.of(), Map.of(), quiet())).isEqualTo("Y: 1\n");
        }
        assertThat(rt.cachedModules()).isEqualTo(1);
        Files.copy(plugin(tmp.resolve("other"), "silent", "silent", "postrenderer/v1", "  {}\n").dir()
                .resolve("plugin.wasm"), p.dir().resolve("plugin.wasm"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> rt.postRender(p, "a: 1\n", List.of(), Map.of(), quiet()))
                .hasMessage("plugin \"yupper\" exited with error (exit code 3)");
        assertThat(rt.cachedModules()).isEqualTo(2);
    }

    @Test
    void anHttpAnswerPastMaxHttpResponseBytesIsStopped() throws Exception {
        HttpServer server = serve(new byte[5000], new AtomicInteger());
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
            Plugin p = plugin("phone", "  config:\n    request: '{\"url\": \"" + url + "\"}'\n"
                    + "  allowedHosts: [\"127.0.0.1\"]\n");
            // the default, 4096 bytes, applies when memory.maxHttpResponseBytes is not set
            assertThatThrownBy(() -> new ChicoryWasmRuntime().call(p, "{}", Map.of(), quiet()))
                    .isInstanceOf(PluginException.class).hasMessage("plugin \"phone\": http: the answer from 127.0.0.1 "
                            + "passes memory.maxHttpResponseBytes (4096)");
            Plugin roomy = plugin(tmp.resolve("roomy"), "phone", "phone", "postrenderer/v1", "  config:\n    request: "
                    + "'{\"url\": \"" + url + "\"}'\n  allowedHosts: [\"127.0.0.1\"]\n  memory:\n"
                    + "    maxHttpResponseBytes: 8000\n");
            assertThat(new ChicoryWasmRuntime().call(roomy, "{}", Map.of(), quiet())).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void varsPastMaxVarBytesAreStopped() throws Exception {
        assertThatThrownBy(() -> new ChicoryWasmRuntime().call(plugin("varhog", "  {}\n"), "{}", Map.of(), quiet()))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"varhog\": vars: storing 5000 bytes of vars "
                        + "passes memory.maxVarBytes (4096)");
        Plugin roomy = plugin(tmp.resolve("roomy"), "varhog", "varhog", "postrenderer/v1",
                "  memory:\n    maxVarBytes: 6000\n");
        assertThat(new ChicoryWasmRuntime().call(roomy, "{}", Map.of(), quiet())).isEmpty();
    }

    @Test
    void aFailingPluginsOutputStillReachesTheUser() throws Exception {
        Plugin p = plugin(tmp, "noisyfail", "noisy", "cli/v1", "  {}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new ChicoryWasmRuntime().runCli(p, List.of(), Map.of(), PluginIo.of(out, err)))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"noisy\" exited with error (exit code 2)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("to stdout\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("to stderr\n");
    }

    @Test
    void entryFuncNameNamesTheFunctionCalled() throws Exception {
        assertThatThrownBy(() -> new ChicoryWasmRuntime().call(plugin("yupper", "  entryFuncName: run\n"), "{}",
                Map.of(), quiet())).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"yupper\": its module exports no function run");
    }

    @Test
    void compiledClassesAreKeptOnDiskForTheNextProcess() throws Exception {
        Plugin p = plugin("yupper", "  {}\n");
        Map<String, String> env = Map.of("HELM_CACHE_HOME", tmp.resolve("cache").toString());
        assertThat(new ChicoryWasmRuntime().postRender(p, "y: 1\n", List.of(), env, quiet())).isEqualTo("Y: 1\n");
        Path dir = tmp.resolve("cache/helm4j-wasm/chicory-" + CompiledModules.CHICORY_VERSION);
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(Files.size(files.get(0))).isGreaterThan(100);
        // a new runtime (as a new process) reads the file: a damaged one is noticed, compiled again and replaced
        Files.writeString(files.get(0), "junk");
        assertThat(new ChicoryWasmRuntime().call(p, "y", env, quiet())).isEqualTo("Y");
        assertThat(Files.readAllBytes(files.get(0))).isNotEqualTo("junk".getBytes(StandardCharsets.UTF_8))
                .hasSizeGreaterThan(100);
    }

    /** A loopback HTTP server answering every request with {@code body}, counting them in {@code hits}. */
    private static HttpServer serve(byte[] body, AtomicInteger hits) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        return server;
    }

    private static PluginIo quiet() {
        return PluginIo.of(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }

}
