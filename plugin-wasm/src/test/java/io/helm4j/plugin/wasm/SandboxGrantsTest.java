package io.helm4j.plugin.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.plugin.Plugin;
import io.helm4j.plugin.PluginException;
import io.helm4j.plugin.PluginIo;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * helm4j's grants beyond Helm 4 ({@code runtimeConfig.allowedPaths}, {@code allowedEnv}), on the test plugins
 * {@code files.wat} (opens a path under WASI descriptor 3, reading or writing) and {@code envdump.wat}: what is
 * granted works, what is not is stopped naming the plugin and the capability, and the file system shows that
 * nothing outside the grant was read or written. (Memory, time and hosts: {@link ChicoryWasmRuntimeTest}.)
 */
class SandboxGrantsTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(ChicoryWasmRuntimeTest.wat2wasm() != null, "wat2wasm (Debian's wabt) is not installed: the "
                + "WebAssembly plugin tests are skipped");
        data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("hello.txt"), "inside");
        Files.writeString(tmp.resolve("kubeconfig"), "SECRET");
    }

    private Plugin files(String grant, String path, boolean write) throws Exception {
        return ChicoryWasmRuntimeTest.plugin(tmp.resolve("plugins"), "files", "files", "cli/v1",
                (grant.isEmpty() ? "" : "  allowedPaths:\n    \"" + grant + "\": /data\n")
                        + "  config:\n    path: \"" + path + "\"\n" + (write ? "    write: \"1\"\n" : ""));
    }

    private static String call(Plugin p) {
        return new ChicoryWasmRuntime().call(p, "{}", Map.of(), quiet());
    }

    @Test
    void aGrantedFileIsRead() throws Exception {
        assertThat(call(files("ro:" + data, "hello.txt", false))).isEqualTo("inside");
    }

    @Test
    void aRelativeGrantIsUnderThePluginsDirectory() throws Exception {
        Plugin p = files("ro:own", "x.txt", false);
        Files.createDirectories(p.dir().resolve("own"));
        Files.writeString(p.dir().resolve("own/x.txt"), "mine");
        assertThat(call(p)).isEqualTo("mine");
    }

    @Test
    void withoutAGrantNoDirectoryIsOpen() throws Exception {
        // descriptor 3 is no preopen: WASI's EBADF (8) is the plugin's exit code; nothing was read
        assertThatThrownBy(() -> call(files("", "hello.txt", false))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"files\" exited with error (exit code 8)");
    }

    @Test
    void readingOutsideItsPathsIsStopped() throws Exception {
        assertThatThrownBy(() -> call(files("ro:" + data, "../kubeconfig", false))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"files\": fileSystem: reading /data/../kubeconfig is outside its paths "
                        + "(runtimeConfig.allowedPaths: /data (read-only))");
        assertThatThrownBy(() -> call(files("ro:" + data, "/etc/passwd", false)))
                .hasMessageStartingWith("plugin \"files\": fileSystem: reading /etc/passwd is outside its paths");
    }

    @Test
    void aSymbolicLinkOutOfTheGrantIsStopped() throws Exception {
        Files.createSymbolicLink(data.resolve("innocent"), tmp.resolve("kubeconfig"));
        assertThatThrownBy(() -> call(files("ro:" + data, "innocent", false))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"files\": fileSystem: reading /data/innocent (a symbolic link) is outside its "
                        + "paths (runtimeConfig.allowedPaths: /data (read-only))");
    }

    @Test
    void writingUnderAReadOnlyGrantIsStoppedAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> call(files("ro:" + data, "out.txt", true))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"files\": fileSystem: writing /data/out.txt: /data is read-only "
                        + "(runtimeConfig.allowedPaths: ro:" + data + ")");
        assertThat(data.resolve("out.txt")).doesNotExist();
        assertThatThrownBy(() -> call(files("ro:" + data, "hello.txt", true)))
                .hasMessageContaining("/data is read-only");
        assertThat(data.resolve("hello.txt")).hasContent("inside");
    }

    @Test
    void aReadWriteGrantIsWrittenAndNothingOutsideIt() throws Exception {
        assertThat(call(files(data.toString(), "out.txt", true))).isEmpty();
        assertThat(data.resolve("out.txt")).hasContent("pwned");
        assertThatThrownBy(() -> call(files(data.toString(), "../evil.txt", true))).isInstanceOf(PluginException.class)
                .hasMessage("plugin \"files\": fileSystem: writing /data/../evil.txt is outside its paths "
                        + "(runtimeConfig.allowedPaths: /data (read-write))");
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void createTempDirGrantsAFreshTmpReadWrite() throws Exception {
        Plugin p = ChicoryWasmRuntimeTest.plugin(tmp.resolve("plugins"), "files", "files", "cli/v1",
                "  fileSystem:\n    createTempDir: true\n  config:\n    path: out.txt\n    write: \"1\"\n");
        assertThat(call(p)).isEmpty(); // /tmp is descriptor 3, written
        Plugin escape = ChicoryWasmRuntimeTest.plugin(tmp.resolve("other"), "files", "files", "cli/v1",
                "  fileSystem:\n    createTempDir: true\n  config:\n    path: ../x\n");
        assertThatThrownBy(() -> call(escape)).hasMessage("plugin \"files\": fileSystem: reading /tmp/../x is outside "
                + "its paths (runtimeConfig.allowedPaths: /tmp (read-write))");
    }

    @Test
    void aGrantOfAMissingDirectoryIsRefused() throws Exception {
        assertThatThrownBy(() -> call(files("ro:" + tmp.resolve("nowhere"), "x", false)))
                .isInstanceOf(PluginException.class).hasMessage("plugin \"files\": fileSystem: runtimeConfig."
                        + "allowedPaths grants " + tmp.resolve("nowhere") + ", which is not a directory");
    }

    @Test
    void onlyHelmsVariablesAndTheNamedOnesReachThePlugin() throws Exception {
        Plugin p = ChicoryWasmRuntimeTest.plugin(tmp, "envdump", "envdump", "cli/v1", "  allowedEnv: [AWS_REGION]\n");
        String env = new ChicoryWasmRuntime().call(p, "{}", Map.of("HELM_NAMESPACE", "ns", "AWS_REGION", "eu",
                "AWS_SECRET_ACCESS_KEY", "s3cr3t", "KUBECONFIG", "/home/u/.kube/config"), quiet());
        assertThat(env.split("\0")).containsExactlyInAnyOrder("HELM_NAMESPACE=ns", "AWS_REGION=eu");
    }

    private static PluginIo quiet() {
        return PluginIo.of(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }
}
