package io.helm4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training runs for the JDK AOT caches built at packaging time: each runs typical commands so
 * their classes are loaded and linked into a cache. Output is discarded.
 * <ul>
 * <li>{@code --cluster CHART}: the cluster commands (install, upgrade, list, status...) rendering CHART and talking
 * to a stand-in API server on loopback ({@link ClusterAotTraining}), and a WebAssembly post-renderer
 * ({@link WasmAotTraining}), for the cache bin/helm4j starts them with.</li>
 * <li>{@code --dist CHART}: the distribution commands (repo, search, dependency, pull, push, registry, verify)
 * against a chart repository on loopback holding CHART ({@link DistAotTraining}).</li>
 * <li>{@code --light}: the commands that read no chart ({@code version --template}, {@code env},
 * {@code completion}, help), for the small cache bin/helm4j starts them with: every class in a cache is
 * loaded when the JVM starts, so a command that needs few classes starts faster from a cache that holds
 * few. (Plain {@code version} has a cache of its own, trained by running it: see bin/build-aot.)</li>
 * <li>otherwise, given charts: {@code template} of each chart; it packages the first one and templates an
 * umbrella chart holding that archive as a subchart and a values.schema.json, so archive reading and schema
 * validation are in the cache whatever the given charts hold; then a WebAssembly post-renderer
 * ({@link WasmAotTraining}; left out with {@code HELM4J_AOT_WASM=false}, as bin/build-aot trains the full and the
 * cluster caches: Chicory and the class-file API are about 900 classes a start would load for nothing; the caches
 * for commands given --post-renderer keep them). Key and
 * certificate making is left out: its
 * 460 classes (BouncyCastle's ASN.1 and provider, the JDK's EC and RSA) cost every cold start more than
 * they save the charts that make keys (bench/README.md).</li>
 * </ul>
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] args) {
        java.io.PrintStream realOut = System.out;
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        System.setOut(sink);
        System.setErr(sink);
        CliContext ctx = CliContext.fromProcess();
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"version", "--template", "{{.Version}}"});
        runs.add(new String[] {"env"});
        runs.add(new String[] {"--help"});
        if (args.length > 1 && args[0].equals("--cluster")) {
            // the cluster commands' cache: a release's life against a stand-in API server (ClusterAotTraining)
            runs.add(new String[] {"template", "training", args[1]});
            run(ctx, runs);
            ClusterAotTraining.run(ctx, args[1], AotTraining::run);
            if (!"false".equals(System.getenv("HELM4J_AOT_WASM"))) {
                WasmAotTraining.run(ctx, args[1], AotTraining::run); // install/upgrade --post-renderer with a module
            }
            System.setOut(realOut);
            return;
        }
        if (args.length > 1 && args[0].equals("--dist")) {
            // the distribution commands' cache: a loopback chart repository (DistAotTraining)
            run(ctx, runs);
            DistAotTraining.run(ctx, args[1], AotTraining::run);
            System.setOut(realOut);
            return;
        }
        if (args.length > 0 && args[0].equals("--light")) {
            runs.add(new String[] {"completion", "bash"});
            run(ctx, runs);
            System.setOut(realOut);
            return;
        }
        runs.add(new String[] {"template", "--help"});
        for (String chart : args) {
            if (Files.isDirectory(Path.of(chart))) {
                runs.add(new String[] {"template", "training", chart});
            }
        }
        Path umbrella = null;
        try {
            if (args.length > 0 && Files.isDirectory(Path.of(args[0]))) {
                umbrella = Files.createTempDirectory("helm4j-aot-training");
                Path charts = Files.createDirectories(umbrella.resolve("charts"));
                Files.writeString(umbrella.resolve("Chart.yaml"), "apiVersion: v2\nname: training\nversion: 0.1.0\n");
                Files.writeString(umbrella.resolve("values.yaml"), "replicas: 1\nname: training\n");
                Files.writeString(umbrella.resolve("values.schema.json"), """
                        {"$schema": "http://json-schema.org/schema#", "type": "object",
                         "properties": {"replicas": {"type": "integer", "minimum": 0},
                                        "name": {"type": "string", "pattern": "^[a-z]+$"}}}
                        """);
                runs.add(new String[] {"package", args[0], "-d", charts.toString()});
                runs.add(new String[] {"template", "training", umbrella.toString()});
                // a draft-07 schema whose anyOf/oneOf branches fail on the way (networknt then formats
                // nodes through Jackson's databind), and a values error report
                Path draft7 = Files.createDirectories(umbrella.resolve("draft7"));
                Files.writeString(draft7.resolve("Chart.yaml"), "apiVersion: v2\nname: draft7\nversion: 0.1.0\n");
                Files.writeString(draft7.resolve("values.yaml"), "port: 80\nmode: a\nlist: [1]\n");
                Files.writeString(draft7.resolve("values.schema.json"), """
                        {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                         "required": ["port"],
                         "properties": {"port": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                                        "mode": {"oneOf": [{"const": "b"}, {"enum": ["a", "c"]}]},
                                        "list": {"type": "array", "items": {"type": ["integer", "null"]}}},
                         "additionalProperties": false}
                        """);
                runs.add(new String[] {"template", "training", draft7.toString()});
                runs.add(new String[] {"template", "training", draft7.toString(), "--set", "port=[1]"});
            }
        } catch (IOException e) {
            // no umbrella run then
        }
        run(ctx, runs);
        if (args.length > 0 && Files.isDirectory(Path.of(args[0])) && !"false".equals(System.getenv("HELM4J_AOT_WASM"))) {
            WasmAotTraining.run(ctx, args[0], AotTraining::run);
        }
        if (umbrella != null) {
            delete(umbrella);
        }
        System.setOut(realOut);
    }

    private static void run(CliContext ctx, List<String[]> runs) {
        for (String[] run : runs) {
            try {
                Main.run(ctx, run);
            } catch (RuntimeException e) {
                // training only: a failing command still loads classes worth caching
            }
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
