package io.helm4j.cli;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training of the distribution commands' AOT cache ({@code AotTraining --dist CHART}): a chart repository served
 * on loopback (the JDK's file server) with CHART packaged into it, then {@code repo add|update|list}, {@code search
 * repo}, {@code show chart repo/chart}, {@code pull}, {@code dependency update|build|list} of a chart that depends on
 * it, so the HTTP getter, the JDK's HttpClient, index parsing and its pre-digested form, the resolver, Chart.lock
 * and the content cache are in the cache those commands start with; then {@code push}, {@code pull} and {@code show}
 * against an in-memory registry ({@link TrainingRegistry}) for the registry client. Plain HTTP only, as the cluster
 * training.
 */
final class DistAotTraining {
    private DistAotTraining() {
    }

    static void run(CliContext base, String chart, java.util.function.BiConsumer<CliContext, List<String[]>> runner) {
        Path home;
        try {
            home = Files.createTempDirectory("helm4j-aot-dist");
        } catch (IOException e) {
            return; // no distribution training then
        }
        Path repo = home.resolve("repo");
        HttpServer server = null;
        try {
            Files.createDirectories(repo);
            server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), repo.toAbsolutePath(),
                    SimpleFileServer.OutputLevel.NONE);
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> env = new HashMap<>(base.env());
            env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
            env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
            env.put("HELM_DATA_HOME", home.resolve("data").toString());
            env.put("HELM_REPOSITORY_CONFIG", home.resolve("config/repositories.yaml").toString());
            env.put("HELM_REPOSITORY_CACHE", home.resolve("cache/repository").toString());
            CliContext ctx = new CliContext(env, base.userHome(), base.programName());
            runner.accept(ctx, List.<String[]>of(
                    new String[] {"package", chart, "-d", repo.toString()},
                    new String[] {"repo", "index", repo.toString(), "--url", url}));
            String name = chartName(chart);
            Path parent = Files.createDirectories(home.resolve("parent"));
            Files.writeString(parent.resolve("Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 0.1.0\n"
                    + "dependencies:\n- name: " + name + "\n  version: \">0.0.0-0\"\n  repository: " + url + "\n"
                    + "- name: " + name + "\n  alias: second\n  version: \">0.0.0-0\"\n  repository: \"@training\"\n");
            runner.accept(ctx, List.<String[]>of(
                    new String[] {"repo", "add", "training", url},
                    new String[] {"repo", "update"},
                    new String[] {"repo", "list", "-o", "json"},
                    new String[] {"search", "repo", name},
                    new String[] {"search", "repo", name, "--versions", "-o", "json"},
                    new String[] {"show", "chart", "training/" + name},
                    new String[] {"pull", "training/" + name, "-d", home.toString()},
                    new String[] {"dependency", "update", parent.toString()},
                    new String[] {"dependency", "build", parent.toString(), "--skip-refresh"},
                    new String[] {"dependency", "list", parent.toString()}));
            try (TrainingRegistry registry = new TrainingRegistry()) {
                String archive = archive(repo);
                String oci = "oci://" + registry.host() + "/training";
                runner.accept(ctx, List.<String[]>of(
                        new String[] {"push", archive, oci, "--plain-http"},
                        new String[] {"pull", oci + "/" + name, "--version", ">0.0.0-0", "--plain-http", "-d",
                                Files.createDirectories(home.resolve("oci")).toString()},
                        new String[] {"show", "chart", oci + "/" + name, "--plain-http"}));
            }
        } catch (IOException | RuntimeException e) {
            // training only: what ran is in the cache
        } finally {
            if (server != null) {
                server.stop(0);
            }
            AotTraining.delete(home);
        }
    }

    private static String archive(Path repo) throws IOException {
        try (var files = Files.list(repo)) {
            return files.filter(f -> f.toString().endsWith(".tgz")).findFirst().orElseThrow().toString();
        }
    }

    private static String chartName(String chart) throws IOException {
        for (String line : Files.readAllLines(Path.of(chart, "Chart.yaml"))) {
            if (line.startsWith("name:")) {
                return line.substring(5).strip();
            }
        }
        return Path.of(chart).getFileName().toString();
    }
}
