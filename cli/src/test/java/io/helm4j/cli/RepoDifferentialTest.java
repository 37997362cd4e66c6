package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import io.helm4j.cli.Helm4Cli.Cmd;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repo} and {@code search repo} against the real Helm 4: both run the same command lines against the
 * same loopback repository (the JDK's file server) with the same {@code HELM_REPOSITORY_*} files, and must
 * print the same bytes, exit alike and leave the same repositories.yaml and cache. Skipped, saying so,
 * when Helm 4 is not installed ({@code $HOME/.cache/helm4/v4.3.2/helm} or {@code -Dhelm4.bin}).
 */
class RepoDifferentialTest {
    @TempDir
    Path tmp;
    HttpServer server;
    String url;

    @BeforeEach
    void serve() throws Exception {
        assumeTrue(Files.isExecutable(HelpGoldensTest.HELM4), "Helm 4 is not installed at " + HelpGoldensTest.HELM4
                + ": the differential repo test is skipped");
        Path served = tmp.resolve("served");
        Files.createDirectories(served);
        chart("demo", "1.0.0", "a demo chart", served);
        chart("demo", "1.1.0-rc.1", "a demo chart", served);
        chart("demo", "0.9.0", "a demo chart", served);
        chart("other", "0.2.0", "something with demo inside and a long description to cut", served);
        server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), served,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
        // the index both read is Helm's own
        Cmd index = helm(List.of("repo", "index", served.toString(), "--url", url));
        assertThat(index.code()).as(index.err()).isZero();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void chart(String name, String version, String description, Path dest) throws IOException {
        Path dir = tmp.resolve("src/" + name + "-" + version);
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version
                + "\nappVersion: \"9\"\ndescription: " + description + "\nkeywords: [web, " + name + "]\n");
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of(), "package", dir.toString(), "-d", dest.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void addListUpdateSearchRemove() throws Exception {
        compare(List.of(
                List.of("repo", "add", "r", url), List.of("repo", "add", "r", url),
                List.of("repo", "add", "r", url + "/x"), List.of("repo", "add", "s", url + "/", "--username", "u",
                        "--password", "p"),
                List.of("repo", "list"), List.of("repo", "list", "-o", "json"), List.of("repo", "ls", "-o", "yaml"),
                List.of("repo", "list", "--no-headers"),
                List.of("repo", "update", "r"), List.of("repo", "update", "r", "nope"),
                List.of("search", "repo"), List.of("search", "repo", "demo", "-l"),
                List.of("search", "repo", "demo", "--devel", "-o", "json"), List.of("search", "repo", "-o", "yaml"),
                List.of("search", "repo", "zzz"), List.of("search", "repo", "zzz", "--fail-on-no-result"),
                List.of("search", "repo", "zzz", "-o", "json"),
                List.of("search", "repo", "--version", "^0.9", "demo"), List.of("search", "repo", "-r", "d.m"),
                List.of("search", "repo", "web"), List.of("search", "repo", "--max-col-width", "8"),
                List.of("repo", "remove", "s", "nope"), List.of("repo", "list")));
    }

    @Test
    void failuresAndEmptyConfigurations() throws Exception {
        compare(List.of(
                List.of("repo", "list"), List.of("repo", "list", "-o", "json"), List.of("repo", "update"),
                List.of("repo", "remove", "x"), List.of("search", "repo", "x"), List.of("repo", "add", "a/b", url),
                List.of("repo", "add", "n", url + "/nope"), List.of("repo", "add", "c", "http://127.0.0.1:1"),
                List.of("repo", "add", "g", "https://kubernetes-charts.storage.googleapis.com"),
                List.of("repo", "add", "r", url), List.of("repo", "rm", "r"), List.of("repo", "list")));
    }

    @Test
    void repoIndexWritesWhatHelmWrites() throws Exception {
        Path served = tmp.resolve("served");
        Files.createDirectories(served.resolve("sub"));
        Files.copy(served.resolve("demo-1.0.0.tgz"), served.resolve("sub/demo-1.0.0.tgz"));
        Files.writeString(served.resolve("junk.tgz"), "not a chart");
        Files.writeString(tmp.resolve("old.yaml"), "apiVersion: v1\nentries:\n  demo:\n  - name: demo\n"
                + "    version: 1.0.0\n    urls: [old]\n  - name: demo\n    version: 0.0.1\n    description: kept\n"
                + "    urls: [kept]\n    created: \"2020-01-01T00:00:00.5+02:00\"\n");
        for (List<String> flags : List.of(List.<String>of(), List.of("--url", "https://e.x/charts/"),
                List.of("--json", "--url", url), List.of("--merge", tmp.resolve("old.yaml").toString()),
                List.of("--merge", tmp.resolve("missing.yaml").toString()))) {
            List<String> line = new ArrayList<>(List.of("repo", "index", served.toString()));
            line.addAll(flags);
            Files.deleteIfExists(tmp.resolve("missing.yaml"));
            Cmd helm = helm(line);
            String helmMissing = Files.exists(tmp.resolve("missing.yaml"))
                    ? timesOut(Files.readString(tmp.resolve("missing.yaml"))) : "";
            Files.deleteIfExists(tmp.resolve("missing.yaml"));
            String helmIndex = timesOut(Files.readString(served.resolve("index.yaml")));
            CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), line.toArray(String[]::new));
            assertThat(new Cmd(line, r.code(), r.out(), r.err()).toString()).isEqualTo(helm.toString());
            assertThat(timesOut(Files.readString(served.resolve("index.yaml")))).as(String.join(" ", line))
                    .isEqualTo(helmIndex);
            assertThat(Files.exists(tmp.resolve("missing.yaml"))
                    ? timesOut(Files.readString(tmp.resolve("missing.yaml"))) : "").isEqualTo(helmMissing);
        }
    }

    /** The creation and generation times (now, in both programs) replaced by a marker. */
    private static String timesOut(String index) {
        return index.replaceAll("(\"?(?:created|generated)\"?: )\"[^\"]*\"", "$1\"T\"");
    }

    /** Runs every command line with Helm 4, then (from the same empty state) with helm4j, and compares. */
    private void compare(List<List<String>> lines) throws Exception {
        List<String> helm = new ArrayList<>();
        for (List<String> line : lines) {
            helm.add(helm(line).toString());
        }
        String helmFiles = files();
        reset();
        List<String> mine = new ArrayList<>();
        for (List<String> line : lines) {
            CliBasicsTest.Result r = CliBasicsTest.runAs("helm", env(), line.toArray(String[]::new));
            mine.add(new Cmd(line, r.code(), r.out(), r.err()).toString());
        }
        for (int i = 0; i < lines.size(); i++) {
            assertThat(mine.get(i)).as(String.join(" ", lines.get(i))).isEqualTo(helm.get(i));
        }
        assertThat(files()).isEqualTo(helmFiles);
        // each pre-digested index belongs to a cached index: repo remove takes both away
        if (Files.exists(tmp.resolve("cache"))) {
            try (Stream<Path> s = Files.walk(tmp.resolve("cache"))) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".h4j")).toList()) {
                    String name = f.getFileName().toString();
                    assertThat(f.resolveSibling(name.substring(1, name.length() - 4) + ".yaml")).exists();
                }
            }
        }
    }

    private void reset() throws IOException {
        for (String d : List.of("config", "cache")) {
            Path p = tmp.resolve(d);
            if (Files.exists(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    /**
     * Every file under the config and cache directories with its mode and content (the lock file is empty), but
     * helm4j's own pre-digested indexes.
     */
    private String files() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String d : List.of("config", "cache")) {
            Path p = tmp.resolve(d);
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                // helm4j's pre-digested indexes (.NAME-index.h4j) are its own, beside Helm's files
                for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".h4j"))
                        .sorted().toList()) {
                    b.append(tmp.relativize(f)).append(' ')
                            .append(java.nio.file.attribute.PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(f))).append('\n')
                            .append(content(f)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * A file's content; a NAME-charts.txt with its lines sorted, since Helm writes them while ranging over a
     * Go map (the index's entries), in an order that changes from run to run: the set of names is compared.
     */
    private static String content(Path f) throws IOException {
        String text = Files.readString(f);
        if (!f.getFileName().toString().endsWith("-charts.txt")) {
            return text;
        }
        return text.lines().sorted().map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HELM_REPOSITORY_CONFIG", tmp.resolve("config/repositories.yaml").toString());
        env.put("HELM_REPOSITORY_CACHE", tmp.resolve("cache/repository").toString());
        return env;
    }

    private Cmd helm(List<String> args) throws IOException, InterruptedException {
        return Helm4Cli.run(tmp, env(), args);
    }
}
