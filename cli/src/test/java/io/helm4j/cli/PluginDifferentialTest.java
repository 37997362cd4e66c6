package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin commands and plugins run as subcommands, against the real Helm 4: both run the same command lines on
 * the same plugin directories, each with its own {@code HELM_DATA_HOME}, and must print the same bytes (their own
 * data directory written {@code ROOT}) and exit alike. The manifests of {@code core}'s test resources
 * ({@code io/helm4j/plugin/manifests}: valid and invalid, legacy and v1) are packaged by both, which loads and
 * validates them: the same archive or the same error. Skipped, saying so, when Helm 4 is not installed.
 */
class PluginDifferentialTest {
    static final Path MANIFESTS = Path.of("../core/src/test/resources/io/helm4j/plugin/manifests");

    @TempDir
    Path tmp;

    @BeforeEach
    void needHelm() {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the differential plugin test is skipped");
    }

    record Cmd(int code, String out, String err) {
    }

    @Test
    void manifestsLoadOrFailAsInHelm() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(MANIFESTS)) {
            dirs = s.sorted().toList();
        }
        assertThat(dirs).hasSizeGreaterThan(20);
        for (Path dir : dirs) {
            Path rel = Path.of("manifests").resolve(dir.getFileName());
            copyTree(dir, tmp.resolve("helm").resolve(rel));
            copyTree(dir, tmp.resolve("helm4j").resolve(rel));
            List<String> line = List.of("plugin", "package", "--sign=false", "-d", "out", rel.toString());
            Cmd helm = helm(line);
            Cmd ours = helm4j(line);
            assertThat(ours).as(dir.getFileName().toString()).isEqualTo(helm);
        }
    }

    @Test
    void installListRunUninstallAsHelm() throws Exception {
        for (String who : List.of("helm", "helm4j")) {
            plugins(tmp.resolve(who).resolve("src"));
        }
        compare(List.of(
                List.of("plugin", "list"),
                List.of("plugin", "install", "src/echoer"), List.of("plugin", "install", "src/legacy"),
                List.of("plugin", "add", "src/failer"), List.of("plugin", "install", "src/platform"),
                List.of("plugin", "install", "src/greeter"), List.of("plugin", "install", "src/quiet"),
                List.of("plugin", "install", "src/v1hooks"),
                List.of("plugin", "install", "src/echoer"), List.of("plugin", "install", "src/nosuch"),
                List.of("plugin", "install"), List.of("plugin", "install", "src/notaplugin"),
                List.of("plugin", "list"), List.of("plugin", "ls", "--type", "cli/v1"),
                List.of("plugin", "list", "--type", "getter/v1"),
                List.of("echoer", "a", "--flag", "-x", "--", "b c", "--namespace", "ns1", "--kube-context=ctx",
                        "--debug=false", "-n", "ns2"),
                List.of("-n", "before", "echoer", "--kubeconfig", "/k", "--burst-limit", "3"),
                List.of("echoer", "--help"), List.of("echoer", "-h"),
                List.of("failer", "x"), List.of("legacy", "one", "--two"), List.of("platform"),
                List.of("greet", "world"), List.of("quiet", "--a", "b"),
                List.of("plugin", "package", "--sign=false", "src/echoer", "-d", "out"),
                List.of("plugin", "package", "src/echoer"), List.of("plugin", "package", "src/nosuch"),
                List.of("plugin", "package", "--sign=false", "out/echoer-0.1.0.tgz"),
                List.of("plugin", "uninstall", "echoer", "nope", "legacy"),
                List.of("plugin", "uninstall"), List.of("plugin", "update"),
                List.of("plugin", "install", "out/echoer-0.1.0.tgz"),
                List.of("plugin", "install", "out/echoer-0.1.0.tgz", "--verify=false"),
                List.of("plugin", "list"), List.of("echoer", "again"),
                List.of("plugin", "update", "failer", "nope"),
                List.of("plugin", "uninstall", "v1hooks", "echoer"), List.of("plugin", "list")));
        for (String who : List.of("helm", "helm4j")) {
            assertThat(Files.exists(tmp.resolve(who).resolve("data/plugins/echoer-0.1.0.tgz"))).as(who).isFalse();
        }
    }

    /**
     * {@code plugin install} from a Git repository (a {@code git daemon} on loopback, and {@code file://} URLs) and
     * {@code plugin update} of what it installed, as Helm 4 does them (Masterminds/vcs running {@code git}): the
     * refusal to verify, a constraint over the tags, a bad one, the clone kept in {@code $HELM_CACHE_HOME/plugins}
     * and reused (on a detached tag it stays there), a working copy, an upstream commit pulled, a modified copy
     * refused, a bare repository by {@code file://} that Masterminds cannot detect, a clone that fails.
     */
    @Test
    void installFromGitAndUpdateAsHelm() throws Exception {
        Path repos = tmp.resolve("repos");
        Path repo = gitPlugin(repos);
        git(repos, "clone", "-q", "--bare", "gitplug", "gitplug.git");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process daemon = new ProcessBuilder("git", "daemon", "--reuseaddr", "--base-path=" + repos, "--export-all",
                "--listen=127.0.0.1", "--port=" + port, repos.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("daemon.log").toFile()).start();
        try {
            awaitPort(port);
            String url = "git://127.0.0.1:" + port + "/gitplug";
            compare(List.of(List.of("plugin", "install", url),
                    List.of("plugin", "install", "file://" + repos.resolve("gitplug.git"), "--verify=false"),
                    List.of("plugin", "install", url, "--verify=false", "--version", ">=9"),
                    List.of("plugin", "install", url, "--verify=false", "--version", "foo"),
                    List.of("plugin", "install", url, "--verify=false", "--version", "^0.1"),
                    List.of("gitplug", "a"), List.of("plugin", "list"),
                    List.of("plugin", "install", url, "--verify=false"),
                    List.of("plugin", "update", "gitplug"), List.of("gitplug"),
                    List.of("plugin", "uninstall", "gitplug"),
                    List.of("plugin", "install", url, "--verify=false"), List.of("gitplug"),
                    List.of("plugin", "uninstall", "gitplug"),
                    List.of("plugin", "install", url, "--verify=false", "--version", "notaversion"), List.of("gitplug"),
                    List.of("plugin", "uninstall", "gitplug"),
                    List.of("plugin", "install", "file://" + repo, "--verify=false"), List.of("gitplug")));
            write(repo.resolve("plugin.yaml"), Files.readString(repo.resolve("plugin.yaml")).replace("0.3.0-rc.1 $0",
                    "four $0"));
            git(repo, "commit", "-q", "-a", "-m", "four");
            compare(List.of(List.of("plugin", "update", "gitplug"), List.of("gitplug")));
            for (String who : List.of("helm", "helm4j")) {
                Path installed = tmp.resolve(who).resolve("data/plugins/gitplug/plugin.yaml");
                write(installed, Files.readString(installed).replace("four", "changed"));
            }
            compare(List.of(List.of("plugin", "update", "gitplug", "nope"), List.of("gitplug"),
                    List.of("plugin", "install", "git://127.0.0.1:" + port + "/nosuch", "--verify=false")));
            for (String who : List.of("helm", "helm4j")) {
                assertThat(Files.isDirectory(tmp.resolve(who).resolve("data/plugins/gitplug/.git"))).as(who).isTrue();
            }
            assertThat(listing(tmp.resolve("helm4j/cache/plugins"))).isEqualTo(listing(tmp.resolve("helm/cache/plugins")))
                    .contains("file-" + repo.toString().replace('/', '-'), "git-127.0.0.1-" + port + "-gitplug");
        } finally {
            daemon.destroy();
            daemon.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code repos/gitplug}: a plugin's Git repository with the tags v0.1.0, v0.2.0, 0.3.0-rc.1 and notaversion. */
    private static Path gitPlugin(Path repos) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git is not installed: the Git plugin test is skipped");
        Path repo = repos.resolve("gitplug");
        Files.createDirectories(repo);
        git(repo, "init", "-q", "-b", "main");
        for (String v : List.of("v0.1.0", "v0.2.0", "0.3.0-rc.1")) {
            write(repo.resolve("plugin.yaml"), "apiVersion: v1\nname: gitplug\ntype: cli/v1\nruntime: subprocess\n"
                    + "version: " + v.replace("v", "") + "\nruntimeConfig:\n  platformCommand:\n    - command: sh\n"
                    + "      args: [\"-c\", \"echo gitplug " + v + " $0\"]\n");
            git(repo, "add", ".");
            git(repo, "commit", "-q", "-m", v);
            git(repo, "tag", v);
        }
        git(repo, "tag", "notaversion", "HEAD~1");
        return repo;
    }

    /**
     * {@code plugin install} of a repository over plain HTTP (git's dumb protocol from the JDK's file server): a URL
     * ending in {@code .git} (a {@code HEAD} says it is no archive, the suffix says Git), a URL whose page names the
     * repository in a {@code go-import} meta tag (Masterminds' {@code ?go-get=1} lookup), and one that tells
     * nothing; then {@code plugin update} over HTTP.
     */
    @Test
    void installFromGitOverHttpAsHelm() throws Exception {
        Path web = tmp.resolve("web");
        Path repo = gitPlugin(tmp.resolve("repos"));
        Files.createDirectories(web.resolve("viago"));
        git(tmp.resolve("repos"), "clone", "-q", "--bare", repo.toString(), web.resolve("gitplug.git").toString());
        git(web.resolve("gitplug.git"), "update-server-info");
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.SimpleFileServer.createFileServer(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), web.toAbsolutePath(),
                com.sun.net.httpserver.SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            write(web.resolve("viago/index.html"), "<html><head><meta name=\"go-import\" content=\""
                    + base.substring("http://".length()) + "/viago git " + base + "/gitplug.git\"></head><body></body>"
                    + "</html>\n");
            compare(List.of(List.of("plugin", "install", base + "/gitplug.git", "--verify=false"),
                    List.of("plugin", "list"), List.of("gitplug", "x"),
                    List.of("plugin", "install", base + "/nothing", "--verify=false"),
                    List.of("plugin", "update", "gitplug"),
                    List.of("plugin", "uninstall", "gitplug"),
                    List.of("plugin", "install", base + "/viago", "--verify=false", "--version", "~0.2"),
                    List.of("plugin", "list"), List.of("gitplug", "y")));
            assertThat(listing(tmp.resolve("helm4j/cache/plugins"))).isEqualTo(listing(tmp.resolve("helm/cache/plugins")));
            assertThat(listing(tmp.resolve("helm4j/data/plugins"))).isEqualTo(listing(tmp.resolve("helm/data/plugins")))
                    .containsExactly("viago");
        } finally {
            server.stop(0);
        }
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=t@example.com", "-c", "user.name=t"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("git daemon did not listen on port " + port);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A postrenderer/v1 plugin over manifests and hooks (each marked with its file), as Helm 4 runs it. */
    @Test
    void postRendererPluginAsHelm() throws Exception {
        for (String who : List.of("helm", "helm4j")) {
            Path src = tmp.resolve(who).resolve("src");
            write(src.resolve("pr/plugin.yaml"), "apiVersion: v1\nname: pr\ntype: postrenderer/v1\nruntime: subprocess\n"
                    + "version: 0.1.0\nruntimeConfig:\n  platformCommand:\n    - command: $HELM_PLUGIN_DIR/run.sh\n"
                    + "      args: [\"$HELM_PLUGIN_NAME\"]\n");
            script(src.resolve("pr/run.sh"), "#!/bin/sh\nsed -e \"s/hello/$1-$2/\"\n"
                    + "printf -- '---\\nkind: Extra\\nmetadata:\\n  name: %s\\n' \"$HELM_PLUGIN_NAME\"\n");
            write(src.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: hello\nversion: 1.0.0\n");
            write(src.resolve("chart/templates/cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: hello-{{ .Release.Name }}\n");
            write(src.resolve("chart/templates/hook.yaml"), "kind: Pod\nmetadata:\n  name: hello-hook\n  annotations:\n"
                    + "    helm.sh/hook: pre-install\n");
        }
        // blank lines aside: Helm 4 leaves an empty line after some post-rendered documents that helm4j's post-render
        // step (not the plugin runtime) does not write; reported apart
        blankLinesAside = true;
        compare(List.of(List.of("plugin", "install", "src/pr"),
                List.of("template", "rel", "src/chart", "--post-renderer", "pr", "--post-renderer-args", "x"),
                List.of("template", "rel", "src/chart", "--post-renderer", "nosuch"),
                List.of("template", "rel", "src/chart", "--post-renderer", "src/pr/run.sh")));
    }

    /**
     * A subprocess {@code getter/v1} plugin serving {@code s3://bucket/charts/...} from a directory: {@code repo add}
     * with such a URL (and its credentials, which the plugin gets), charts from that repository, {@code pull} of a
     * URL, {@code dependency update} of a chart whose dependency lives there, and the errors when the plugin fails or
     * no plugin serves a scheme. Helm prints a failing getter plugin as its whole Go struct ({@code plugin &{...}
     * failed to invoke}); helm4j names it and adds the exit status: compared with both aside.
     */
    @Test
    void getterPluginServesDownloadsAsHelm() throws Exception {
        Path helmRoot = tmp.resolve("helm");
        write(helmRoot.resolve("demo/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        write(helmRoot.resolve("demo/templates/cm.yaml"), "kind: ConfigMap\nmetadata:\n  name: demo-{{ .Release.Name }}\n");
        Files.createDirectories(helmRoot.resolve("repo"));
        assertThat(helm(List.of("package", "demo", "-d", "repo")).code()).isZero();
        assertThat(helm(List.of("repo", "index", "repo", "--url", "s3://bucket/charts")).code()).isZero();
        for (String who : List.of("helm", "helm4j")) {
            Path root = tmp.resolve(who);
            if (who.equals("helm4j")) {
                copyTree(helmRoot.resolve("repo"), root.resolve("repo"));
            }
            Files.createDirectories(root.resolve("out"));
            write(root.resolve("src/s3get/plugin.yaml"), "apiVersion: v1\nname: s3get\ntype: getter/v1\n"
                    + "runtime: subprocess\nversion: 0.1.0\nconfig:\n  protocols: [s3]\nruntimeConfig:\n"
                    + "  protocolCommands:\n    - protocols: [s3]\n      platformCommand:\n        - command: bin/get\n");
            script(root.resolve("src/s3get/bin/get"), "#!/bin/sh\necho \"get: [$1][$2][$3] $4 user=$HELM_PLUGIN_USERNAME "
                    + "pass=$HELM_PLUGIN_PASSWORD all=$HELM_PLUGIN_PASS_CREDENTIALS_ALL\" >&2\n"
                    + "f=\"$HELM_DATA_HOME/../repo/${4#s3://bucket/charts/}\"\n"
                    + "[ -f \"$f\" ] || { echo \"no such object: $4\" >&2; exit 3; }\ncat \"$f\"\n");
            write(root.resolve("src/parent/Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 1.0.0\n"
                    + "dependencies:\n  - name: demo\n    version: 0.1.0\n    repository: s3://bucket/charts\n");
        }
        List<List<String>> lines = List.of(List.of("plugin", "install", "src/s3get"),
                List.of("repo", "add", "s3r", "s3://bucket/charts", "--username", "u", "--password", "p"),
                List.of("template", "x", "s3r/demo"), List.of("show", "chart", "s3r/demo"),
                List.of("pull", "s3://bucket/charts/demo-0.1.0.tgz", "-d", "out"),
                List.of("pull", "s3://bucket/charts/nope-0.1.0.tgz"),
                List.of("repo", "add", "gone", "s3://bucket/nothere"),
                List.of("repo", "add", "gs", "gs://bucket/charts"), List.of("pull", "gs://bucket/charts/demo-0.1.0.tgz"),
                List.of("dependency", "update", "src/parent"), List.of("repo", "list"));
        for (List<String> line : lines) {
            Cmd helm = helm(line);
            Cmd ours = helm4j(line);
            String helmErr = helm.err().replaceAll("plugin &\\{.*\\} failed to invoke", "plugin \"s3get\" failed to invoke");
            String ourErr = ours.err().replaceAll(" \\(exit status \\d+\\)", "");
            if (line.get(0).equals("dependency")) {
                // helm4j finds demo-0.1.0.tgz in the content cache (by its digest) where Helm 4 fetches it again
                helmErr = helmErr.replaceAll("(?m)^get: .*demo-0.1.0.tgz.*\n", "");
            }
            assertThat(new Cmd(ours.code(), ours.out(), ourErr)).as(String.join(" ", line))
                    .isEqualTo(new Cmd(helm.code(), helm.out(), helmErr));
        }
        assertThat(Files.readAllBytes(tmp.resolve("helm4j/out/demo-0.1.0.tgz")))
                .isEqualTo(Files.readAllBytes(helmRoot.resolve("repo/demo-0.1.0.tgz")));
        assertThat(tmp.resolve("helm4j/src/parent/charts/demo-0.1.0.tgz")).exists();
    }

    /**
     * {@code plugin verify} and {@code plugin install}'s verification, on a plugin archive the real Helm packaged
     * and signed with core's test keyring ({@code plugin package --sign}): the good archive, a tampered one, one
     * without its {@code .prov}, a directory, a file that is no tarball, a missing file and a missing keyring.
     */
    @Test
    void verifyAndVerifiedInstallAsHelm() throws Exception {
        Path keys = tmp.resolve("keys");
        Files.createDirectories(keys);
        Path provKeys = Path.of("../core/src/test/resources/io/helm4j/provenance");
        Files.copy(provKeys.resolve("pubring.gpg"), keys.resolve("pubring.gpg"));
        Files.copy(provKeys.resolve("secring.gpg"), keys.resolve("secring.gpg"));
        Files.writeString(keys.resolve("pass"), "helm4j-test\n");
        Path helmRoot = tmp.resolve("helm");
        plugins(helmRoot.resolve("src"));
        Cmd signed = helm(List.of("plugin", "package", "src/echoer", "-d", "out", "--key", "helm4j test", "--keyring",
                keys.resolve("secring.gpg").toString(), "--passphrase-file", keys.resolve("pass").toString()));
        assertThat(signed.code()).as(signed.toString()).isZero();
        plugins(tmp.resolve("helm4j/src"));
        copyTree(helmRoot.resolve("out"), tmp.resolve("helm4j/out"));
        for (String who : List.of("helm", "helm4j")) {
            Path root = tmp.resolve(who);
            Files.createDirectories(root.resolve("out/bad"));
            Files.copy(root.resolve("out/echoer-0.1.0.tgz"), root.resolve("out/bad/echoer-0.1.0.tgz"));
            Files.write(root.resolve("out/bad/echoer-0.1.0.tgz"), new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
            Files.copy(root.resolve("out/echoer-0.1.0.tgz.prov"), root.resolve("out/bad/echoer-0.1.0.tgz.prov"));
            Files.copy(root.resolve("out/echoer-0.1.0.tgz"), root.resolve("out/noprov.tgz"));
            Files.writeString(root.resolve("out/x.yaml"), "a: 1\n");
        }
        String pub = keys.resolve("pubring.gpg").toString();
        compare(List.of(List.of("plugin", "verify", "out/echoer-0.1.0.tgz", "--keyring", pub),
                List.of("plugin", "verify", "out/bad/echoer-0.1.0.tgz", "--keyring", pub),
                List.of("plugin", "verify", "out/noprov.tgz", "--keyring", pub),
                List.of("plugin", "verify", "src/echoer", "--keyring", pub),
                List.of("plugin", "verify", "out/x.yaml", "--keyring", pub),
                List.of("plugin", "verify", "nope.tgz", "--keyring", pub),
                List.of("plugin", "verify", "out/echoer-0.1.0.tgz", "--keyring", "/nonexistent/pubring.gpg"),
                List.of("plugin", "verify"),
                List.of("plugin", "install", "out/bad/echoer-0.1.0.tgz", "--keyring", pub),
                List.of("plugin", "install", "out/noprov.tgz", "--keyring", pub),
                List.of("plugin", "install", "out/echoer-0.1.0.tgz", "--keyring", pub),
                List.of("plugin", "list"), List.of("echoer", "verified")));
    }

    /**
     * {@code plugin package --sign}: Helm 4 verifies (and installs, verifying) the archives helm4j signs, with an
     * RSA and an Ed25519 key; the signed message blocks agree but for the archives' sums (their times differ);
     * and the signing errors (no key named, a key not in the keyring, a public keyring, a wrong passphrase, no
     * keyring) are Helm's, with nothing written.
     */
    @Test
    void helmVerifiesThePluginsHelm4jSigns() throws Exception {
        Path provKeys = Path.of("../core/src/test/resources/io/helm4j/provenance");
        Path keys = Files.createDirectories(tmp.resolve("keys"));
        Files.copy(provKeys.resolve("pubring.gpg"), keys.resolve("pubring.gpg"));
        Files.copy(provKeys.resolve("secring.gpg"), keys.resolve("secring.gpg"));
        Files.writeString(keys.resolve("pass"), "helm4j-test\n");
        Files.writeString(keys.resolve("wrong"), "not-it\n");
        String sec = keys.resolve("secring.gpg").toString();
        String pub = keys.resolve("pubring.gpg").toString();
        String pass = keys.resolve("pass").toString();
        plugins(tmp.resolve("helm/src"));
        plugins(tmp.resolve("helm4j/src"));
        for (String key : List.of("helm4j test", "ed25519")) {
            List<String> line = List.of("plugin", "package", "src/echoer", "-d", "out", "--key", key, "--keyring", sec,
                    "--passphrase-file", pass);
            Cmd mine = helm4j(line);
            Cmd helms = helm(line);
            assertThat(mine).isEqualTo(helms);
            Path signedByHelm4j = tmp.resolve("helm/by-helm4j");
            Files.createDirectories(signedByHelm4j);
            Files.copy(tmp.resolve("helm4j/out/echoer-0.1.0.tgz"), signedByHelm4j.resolve("echoer-0.1.0.tgz"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(tmp.resolve("helm4j/out/echoer-0.1.0.tgz.prov"), signedByHelm4j.resolve("echoer-0.1.0.tgz.prov"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Cmd verified = helm(List.of("plugin", "verify", "by-helm4j/echoer-0.1.0.tgz", "--keyring", pub));
            assertThat(verified.code()).as(verified.toString()).isZero();
            assertThat(verified.out()).startsWith("Signed by: ");
            assertThat(messageBlock(tmp.resolve("helm4j/out/echoer-0.1.0.tgz.prov")))
                    .isEqualTo(messageBlock(tmp.resolve("helm/out/echoer-0.1.0.tgz.prov")));
        }
        Cmd installed = helm(List.of("plugin", "install", "by-helm4j/echoer-0.1.0.tgz", "--keyring", pub));
        assertThat(installed.code()).as(installed.toString()).isZero();
        assertThat(installed.out()).contains("Plugin Hash Verified: sha256:").endsWith("Installed plugin: echoer\n");
        compare(List.of(List.of("plugin", "package", "src/echoer", "-d", "out2", "--keyring", sec, "--passphrase-file",
                        pass),
                List.of("plugin", "package", "src/echoer", "-d", "out2", "--key", "nobody", "--keyring", sec),
                List.of("plugin", "package", "src/echoer", "-d", "out2", "--key", "helm4j test", "--keyring", pub),
                List.of("plugin", "package", "src/echoer", "-d", "out2", "--key", "helm4j test", "--keyring", sec,
                        "--passphrase-file", keys.resolve("wrong").toString()),
                List.of("plugin", "package", "src/echoer", "-d", "out2", "--key", "helm4j test", "--keyring",
                        keys.resolve("none.gpg").toString())));
        assertThat(tmp.resolve("helm4j/out2/echoer-0.1.0.tgz")).doesNotExist();
        assertThat(tmp.resolve("helm/out2/echoer-0.1.0.tgz")).doesNotExist();
    }

    /** Core's test keyring in {@code tmp/keys}, and the plugins both install, signed by Helm into {@code helm/out}. */
    private Path signedByHelm() throws Exception {
        Path provKeys = Path.of("../core/src/test/resources/io/helm4j/provenance");
        Path keys = Files.createDirectories(tmp.resolve("keys"));
        Files.copy(provKeys.resolve("pubring.gpg"), keys.resolve("pubring.gpg"));
        Files.copy(provKeys.resolve("secring.gpg"), keys.resolve("secring.gpg"));
        Files.writeString(keys.resolve("pass"), "helm4j-test\n");
        plugins(tmp.resolve("helm/src"));
        plugins(tmp.resolve("helm4j/src"));
        Cmd signed = helm(List.of("plugin", "package", "src/echoer", "-d", "out", "--key", "helm4j test", "--keyring",
                keys.resolve("secring.gpg").toString(), "--passphrase-file", keys.resolve("pass").toString()));
        assertThat(signed.code()).as(signed.toString()).isZero();
        Cmd unsigned = helm(List.of("plugin", "package", "src/greeter", "-d", "out", "--sign=false"));
        assertThat(unsigned.code()).as(unsigned.toString()).isZero();
        return keys.resolve("pubring.gpg");
    }

    /**
     * {@code plugin install URL} from a loopback HTTP server, as Helm 4: a signed archive verified and installed
     * (its {@code .prov} fetched beside it), one without a {@code .prov} refused unless {@code --verify=false}, a
     * plugin already there, a URL that answers 404.
     */
    @Test
    void installFromAnHttpUrlAsHelm() throws Exception {
        String pub = signedByHelm().toString();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        Path served = tmp.resolve("helm/out");
        server.createContext("/", ex -> {
            Path file = served.resolve(ex.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes();
            ex.sendResponseHeaders(Files.isRegularFile(file) ? 200 : 404, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            compare(List.of(List.of("plugin", "install", base + "echoer-0.1.0.tgz", "--keyring", pub),
                    List.of("plugin", "install", base + "echoer-0.1.0.tgz", "--keyring", pub),
                    List.of("plugin", "install", base + "greeter-1.0.0.tgz", "--keyring", pub),
                    List.of("plugin", "install", base + "greeter-1.0.0.tgz", "--verify=false"),
                    List.of("plugin", "install", base + "nosuch-1.0.0.tgz", "--verify=false"),
                    List.of("plugin", "list"), List.of("echoer", "via-http"), List.of("greet")));
        } finally {
            server.stop(0);
        }
    }

    /**
     * {@code plugin install oci://...} against Debian's docker-registry ({@code HELM4J_IT_REGISTRY}): helm4j pushes
     * a signed and an unsigned plugin as Helm 4's plugin artifacts with its hidden {@code plugin push}
     * ({@link io.helm4j.registry.PluginArtifacts}; Helm 4 itself pulls them but cannot push one: its {@code push}
     * refuses a plugin archive), then the real Helm 4 and helm4j install them alike: verified,
     * refused without a {@code .prov}, installed with {@code --verify=false}. Skipped without a registry.
     */
    @Test
    void installFromAnOciRegistryAsHelm() throws Exception {
        String registry = System.getenv("HELM4J_IT_REGISTRY");
        assumeTrue(registry != null && !registry.isEmpty(), "HELM4J_IT_REGISTRY is not set: no registry to test against "
                + "(.ci/registry start starts one)");
        String pub = signedByHelm().toString();
        String repo = registry + "/helm4j-plugins-" + System.nanoTime();
        Path out = tmp.resolve("helm/out");
        // Helm 4's own push takes charts only: a plugin archive is refused
        Cmd helmPush = helm(List.of("push", out.resolve("echoer-0.1.0.tgz").toString(), "oci://" + repo, "--plain-http"));
        assertThat(helmPush.code()).as(helmPush.toString()).isEqualTo(1);
        for (String plugin : List.of("echoer-0.1.0", "greeter-1.0.0")) {
            Cmd pushed = helm4j(List.of("plugin", "push", out.resolve(plugin + ".tgz").toString(), "oci://" + repo + "/",
                    "--plain-http"));
            String name = plugin.substring(0, plugin.indexOf('-'));
            assertThat(pushed.code()).as(pushed.toString()).isZero();
            assertThat(pushed.out()).matches("Pushed: " + java.util.regex.Pattern.quote(repo + "/" + name + ":"
                    + plugin.substring(name.length() + 1)) + "\nDigest: sha256:[0-9a-f]{64}\n");
        }
        Cmd noScheme = helm4j(List.of("plugin", "push", out.resolve("echoer-0.1.0.tgz").toString(), repo));
        assertThat(noScheme.err()).isEqualTo("Error: scheme prefix missing from remote (e.g. \"oci://\")\n");
        compare(List.of(List.of("plugin", "install", "oci://" + repo + "/echoer:0.1.0", "--plain-http", "--keyring", pub),
                List.of("plugin", "install", "oci://" + repo + "/greeter:1.0.0", "--plain-http", "--keyring", pub),
                List.of("plugin", "install", "oci://" + repo + "/greeter:1.0.0", "--plain-http", "--verify=false"),
                List.of("plugin", "list"), List.of("echoer", "via-oci"), List.of("greet")));
        Cmd missing = helm4j(List.of("plugin", "install", "oci://" + repo + "/nosuch:1.0.0", "--plain-http",
                "--verify=false"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: failed to pull plugin from oci://" + repo + "/nosuch:1.0.0: ");
        assertThat(helm(List.of("plugin", "install", "oci://" + repo + "/nosuch:1.0.0", "--plain-http",
                "--verify=false")).err()).startsWith("Error: failed to pull plugin from oci://" + repo + "/nosuch:1.0.0: ");
    }

    /** A {@code .prov}'s signed text with the archive's sum left out. */
    private static String messageBlock(Path prov) throws IOException {
        String text = Files.readString(prov);
        return text.substring(0, text.indexOf("-----BEGIN PGP SIGNATURE-----")).replaceAll("sha256:[0-9a-f]{64}", "SUM");
    }

    /**
     * The blank lines Helm 4 prints after documents: each document keeps its trailing whitespace (Helm 4's
     * SplitManifests), so one that ends with a newline is followed by a blank line, the last of the manifests aside
     * (trimmed); after a post-renderer every document ends in exactly one newline (kyaml). Charts with documents
     * ending in blank lines, in none, hooks, and post-renderer outputs of each shape.
     */
    @Test
    void blankLinesAfterDocumentsAsHelm() throws Exception {
        for (String who : List.of("helm", "helm4j")) {
            Path src = tmp.resolve(who).resolve("src");
            write(src.resolve("em/plugin.yaml"), "apiVersion: v1\nname: em\ntype: postrenderer/v1\nruntime: subprocess\n"
                    + "version: 0.1.0\nruntimeConfig:\n  platformCommand:\n    - command: $HELM_PLUGIN_DIR/run.sh\n");
            script(src.resolve("em/run.sh"), "#!/bin/sh\ncat > /dev/null\ncat \"$HELM_DATA_HOME/../emit.txt\"\n");
            write(src.resolve("c/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
            write(src.resolve("c/templates/x.yaml"), "\n\nkind: A\nmetadata:\n  name: a\n\n\n---\nkind: B\nmetadata:\n"
                    + "  name: b\n  \n--- # after\nkind: C\nmetadata:\n  name: c");
            write(src.resolve("c/templates/y.yaml"), "kind: Service\nmetadata:\n  name: y\n# trailing comment\n\n");
            write(src.resolve("c/templates/h.yaml"), "kind: Pod\nmetadata:\n  name: h\n  annotations:\n"
                    + "    helm.sh/hook: pre-install\n\n");
        }
        String ann = "metadata:\n  annotations:\n    postrenderer.helm.sh/postrender-filename: f.yaml\n";
        List<String> emits = List.of("kind: A\nmetadata:\n  name: a\n\n\n---\nkind: B\nmetadata:\n  name: b",
                "kind: A\n" + ann + "  name: a\n---\nkind: B\n" + ann + "  name: b\n---\nkind: C\nmetadata:\n  name: c\n",
                "kind: A\nmetadata:\n  name: a\n# end comment\n---\nkind: B\nmetadata:\n  name: b\n---\n");
        compare(List.of(List.of("plugin", "install", "src/em"), List.of("template", "r", "src/c"),
                List.of("template", "r", "src/c", "--show-only", "templates/x.yaml")));
        for (String emit : emits) {
            for (String who : List.of("helm", "helm4j")) {
                write(tmp.resolve(who).resolve("emit.txt"), emit);
            }
            compare(List.of(List.of("template", "r", "src/c", "--post-renderer", "em")));
        }
    }

    /** The plugins both install: each writes what it was given and how Helm ran it. */
    private static void plugins(Path src) throws IOException {
        String report = "#!/bin/sh\nprintf '[%s]' \"$0\" \"$@\"; echo\n"
                + "echo \"name=$HELM_PLUGIN_NAME dir=$HELM_PLUGIN_DIR ns=$HELM_NAMESPACE ctx=$HELM_KUBECONTEXT "
                + "debug=$HELM_DEBUG kubeconfig=$KUBECONFIG burst=$HELM_BURST_LIMIT\"\necho \"plugins=$HELM_PLUGINS "
                + "data=$HELM_DATA_HOME repo=$HELM_REPOSITORY_CONFIG\"\necho to-stderr >&2\n";
        write(src.resolve("echoer/plugin.yaml"), "apiVersion: v1\nname: echoer\ntype: cli/v1\nruntime: subprocess\n"
                + "version: 0.1.0\nsourceURL: https://example.com/echoer\nconfig:\n  shortHelp: echo what it got\n"
                + "  longHelp: Echoes its arguments and environment.\nruntimeConfig:\n  platformCommand:\n"
                + "    - command: $HELM_PLUGIN_DIR/run.sh\n      args: [\"--fixed\", \"$HELM_PLUGIN_NAME\", \"${HELM_NAMESPACE}\","
                + " \"$@\", \"$1x\", \"${}\", \"a$\"]\n");
        script(src.resolve("echoer/run.sh"), report);
        write(src.resolve("legacy/plugin.yaml"), "name: legacy\nversion: 1.2.3\nusage: a legacy plugin\n"
                + "description: |-\n  long\n  text\ncommand: \"$HELM_PLUGIN_DIR/run.sh --from-command\"\n"
                + "hooks:\n  install: echo \"installing $HELM_PLUGIN_NAME in $HELM_PLUGIN_DIR\"\n"
                + "  delete: echo deleting $HELM_PLUGIN_NAME\n");
        script(src.resolve("legacy/run.sh"), report);
        write(src.resolve("failer/plugin.yaml"), "name: failer\nversion: 0.0.1\ncommand: $HELM_PLUGIN_DIR/fail.sh\n");
        script(src.resolve("failer/fail.sh"), "#!/bin/sh\necho \"out: $*\"\necho \"err: failing\" >&2\nexit 3\n");
        write(src.resolve("platform/plugin.yaml"), "name: platform\nversion: 0.1.0\nplatformCommand:\n"
                + "  - os: nosuch\n    command: echo nosuch-os\n  - os: linux\n    arch: nosuch\n    command: echo arch\n"
                + "  - command: echo any\n  - os: linux\n    command: echo linux-only\n");
        write(src.resolve("greeter/plugin.yaml"), "apiVersion: v1\nname: greeter\ntype: cli/v1\nruntime: subprocess\n"
                + "version: 1.0.0\nconfig:\n  usage: greet [NAME]\nruntimeConfig:\n  platformCommand:\n"
                + "    - command: echo hello\n");
        write(src.resolve("quiet/plugin.yaml"), "apiVersion: v1\nname: quiet\ntype: cli/v1\nruntime: subprocess\n"
                + "version: 1.0.0\nconfig:\n  ignoreFlags: true\nruntimeConfig:\n  platformCommand:\n"
                + "    - command: echo\n      args: [\"ignored:\"]\n");
        write(src.resolve("v1hooks/plugin.yaml"), "apiVersion: v1\nname: v1hooks\ntype: cli/v1\nruntime: subprocess\n"
                + "version: 1.0.0\nruntimeConfig:\n  platformCommand:\n    - command: echo\n  platformHooks:\n"
                + "    install:\n      - command: echo\n        args: [\"installed\", \"$HELM_PLUGIN_NAME\"]\n"
                + "    delete:\n      - command: sh\n        args: [\"-c\", \"echo deleted >&2; exit 4\"]\n");
        Files.createDirectories(src.resolve("notaplugin"));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static void script(Path p, String text) throws IOException {
        write(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void compare(List<List<String>> lines) throws Exception {
        for (List<String> line : lines) {
            Cmd helm = helm(line);
            Cmd ours = helm4j(line);
            if (line.contains("src/pr/run.sh")) { // helm4j says more: that Helm 4 takes a plugin's name there
                assertThat(ours.err()).startsWith(helm.err().strip()).contains("names a postrenderer/v1 plugin");
                assertThat(ours.code()).isEqualTo(helm.code());
                continue;
            }
            if (blankLinesAside) {
                ours = new Cmd(ours.code(), ours.out().replace("\n\n", "\n"), ours.err());
                helm = new Cmd(helm.code(), helm.out().replace("\n\n", "\n"), helm.err());
            }
            assertThat(ours).as(String.join(" ", line)).isEqualTo(helm);
        }
    }

    private boolean blankLinesAside;
    private final Map<String, String> extraEnv = new HashMap<>();

    /** {@code HELM_NO_PLUGINS=1}: no plugin is a subcommand (the plugin commands still work), as in Helm 4. */
    @Test
    void noPluginsAsHelm() throws Exception {
        plugins(tmp.resolve("helm/src"));
        plugins(tmp.resolve("helm4j/src"));
        compare(List.of(List.of("plugin", "install", "src/echoer"), List.of("echoer", "x")));
        extraEnv.put("HELM_NO_PLUGINS", "1");
        compare(List.of(List.of("plugin", "list")));
        // an unknown command: helm4j exits 2 (its usage-error code) where Helm exits 1; the message is the same
        Cmd helms = helm(List.of("echoer", "x"));
        Cmd mine = helm4j(List.of("echoer", "x"));
        assertThat(mine.err()).isEqualTo(helms.err()).startsWith("Error: unknown command \"echoer\" for \"helm\"");
        assertThat(mine.out()).isEqualTo(helms.out()).isEmpty();
        assertThat(mine.code()).isEqualTo(2);
        assertThat(helms.code()).isEqualTo(1);
    }

    /**
     * A plugin that does not load is warned of on every command, as Helm 4 warns when it builds its root command
     * (and again by {@code plugin list}, which loads the plugins itself); two plugins claiming one name are Helm's
     * {@code failed to load plugins} error line; {@code HELM_NO_PLUGINS=1} silences the root's warning.
     */
    @Test
    void brokenPluginsAreWarnedOfOnEveryCommandAsHelm() throws Exception {
        for (String who : List.of("helm", "helm4j")) {
            Path dir = tmp.resolve(who).resolve("data/plugins");
            write(dir.resolve("broken/plugin.yaml"), "name: broken\nversion: 1.0.0\nusage: x\n  bad: [\n");
            write(dir.resolve("noversion/plugin.yaml"), "apiVersion: v1\nname: noversion\ntype: cli/v1\n"
                    + "runtime: subprocess\n");
            write(dir.resolve("good/plugin.yaml"), "name: good\nversion: 1.0.0\nusage: u\ndescription: d\n"
                    + "command: echo hi\n");
        }
        compare(List.of(List.of("env", "HELM_PLUGINS"), List.of("template", "r", "./none"),
                List.of("plugin", "list"), List.of("good"), List.of("show")));
        // a usage error: the warnings first, then the error (helm4j exits 2 there, its usage-error code)
        assertThat(helm4j(List.of("lint", "--bogus")).err()).isEqualTo(helm(List.of("lint", "--bogus")).err());
        // again each time Helm collects its getters (getter.All): the values merged by template and lint, a chart
        // reference that is not a local path (twice with --repo), pull, repo add, dependency update
        for (String who : List.of("helm", "helm4j")) {
            write(tmp.resolve(who).resolve("src/c/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
            write(tmp.resolve(who).resolve("src/c/templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\n"
                    + "metadata:\n  name: x\n");
        }
        compare(List.of(List.of("template", "r", "src/c"), List.of("lint", "src/c")));
        for (List<String> line : List.of(List.of("template", "r", "nowhere/c"), List.of("template", "r", "c", "--repo",
                "http://127.0.0.1:1"), List.of("pull", "nowhere/c"), List.of("repo", "add", "r1", "http://127.0.0.1:1"),
                List.of("repo", "add", "r/1", "http://127.0.0.1:1"), List.of("dependency", "build", "src/c"),
                List.of("show", "values", "src/c"))) {
            assertThat(helm4j(line).err().split("failed to load plugin \\(ignoring\\)", -1).length)
                    .as(String.join(" ", line)).isEqualTo(helm(line).err().split("failed to load plugin \\(ignoring\\)",
                            -1).length);
        }
        // version: what Helm prints on stderr (its version differs)
        assertThat(helm4j(List.of("version")).err()).isEqualTo(helm(List.of("version")).err()).contains(
                "level=WARN msg=\"failed to load plugin (ignoring)\" plugin_yaml=ROOT/data/plugins/broken/plugin.yaml");
        extraEnv.put("HELM_NO_PLUGINS", "1");
        compare(List.of(List.of("env", "HELM_PLUGINS"), List.of("plugin", "list")));
        extraEnv.remove("HELM_NO_PLUGINS");
        for (String who : List.of("helm", "helm4j")) {
            write(tmp.resolve(who).resolve("data/plugins/good2/plugin.yaml"), "name: good\nversion: 2.0.0\n"
                    + "usage: u\ndescription: d\ncommand: echo hi\n");
        }
        compare(List.of(List.of("env", "HELM_PLUGINS")));
    }

    private Map<String, String> env(String who) {
        Path root = tmp.resolve(who);
        Map<String, String> env = new HashMap<>();
        env.put("HOME", root.resolve("home").toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("GNUPGHOME", root.resolve("home/.gnupg").toString());
        env.put("HELM_DATA_HOME", root.resolve("data").toString());
        env.put("HELM_CONFIG_HOME", root.resolve("config").toString());
        env.put("HELM_CACHE_HOME", root.resolve("cache").toString());
        env.putAll(extraEnv);
        return env;
    }

    private Cmd helm(List<String> line) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(HelpGoldensTest.HELM4.toString()));
        cmd.addAll(line);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.resolve("helm").toFile());
        Files.createDirectories(tmp.resolve("helm"));
        pb.environment().clear();
        pb.environment().putAll(env("helm"));
        Path err = tmp.resolve("helm.err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path root = tmp.resolve("helm");
        return new Cmd(p.exitValue(), normalize(relative(out, root), "helm"), normalize(relative(Files.readString(err),
                root), "helm"));
    }

    /** helm4j in this JVM, in its own directory (the working directory of the plugins it runs is the JVM's). */
    private Cmd helm4j(List<String> line) throws IOException {
        Path root = tmp.resolve("helm4j");
        Files.createDirectories(root);
        List<String> args = new ArrayList<>();
        for (String a : line) {
            args.add(a.startsWith("src/") || a.startsWith("out") || a.startsWith("manifests/")
                    ? root.resolve(a).toString() : a);
        }
        List<String> withDest = new ArrayList<>(args);
        int d = withDest.indexOf("-d");
        if (d >= 0) {
            withDest.set(d + 1, root.resolve(withDest.get(d + 1)).toString());
        }
        CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env("helm4j"), withDest.toArray(String[]::new));
        // helm4j exits 2 on usage errors (its own exit code design), where Helm exits 1
        int code = r.code() == 2 && r.err().contains("\n\nUsage:") ? 1 : r.code();
        return new Cmd(code, normalize(relative(r.out(), root), "helm4j"), normalize(relative(r.err(), root),
                "helm4j"));
    }

    /** helm4j was given absolute paths where Helm had relative ones: what it prints of them is made relative again. */
    private static String relative(String s, Path root) {
        return s.replace(root + "/src/", "src/").replace(root + "/out", "out").replace(root + "/manifests/",
                "manifests/");
    }

    private String normalize(String s, String who) {
        return s.replace(tmp.resolve(who).toString(), "ROOT");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
