package io.helm4j.fuzz;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The three renderers: helm4j in process, the reference's batch mode, and the real Helm 4 command line. */
final class Renderers {
    static final String RELEASE = "rel";
    static final String NAMESPACE = "ns";
    static final String KUBE_VERSION = "1.30.0";

    private final Template template = new Template(ActionContext.builder()
        .values(ValueSource.local(Path.of("."), new ByteArrayInputStream(new byte[0]))).build());
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-helm4j");
        t.setDaemon(true);
        return t;
    });
    private ExecutorService current = pool;

    /** helm4j's SDK, with a time limit (a hung render is reported, and a fresh thread takes over). */
    Outcome helm4j(Path chart) {
        TemplateOptions o = TemplateOptions.builder().releaseName(RELEASE).chart(chart.toString())
            .namespace(NAMESPACE).kubeVersion(KUBE_VERSION).build();
        Future<Outcome> f = current.submit(() -> {
            try {
                return Outcome.rendered(template.run(o).output());
            } catch (RuntimeException e) {
                return Outcome.error(e.getMessage());
            } catch (StackOverflowError | OutOfMemoryError e) {
                return Outcome.error("helm4j crash: " + e);
            }
        });
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            current = Executors.newSingleThreadExecutor();
            return Outcome.error("helm4j timeout after 20 s");
        } catch (Exception e) {
            return Outcome.error("helm4j crash: " + e);
        }
    }

    /** Renders every chart under {@code root} named in {@code charts} in one helm-oracle batch process. */
    static Map<String, Outcome> oracle(Path oracle, Path root, List<String> charts) {
        return oracle(oracle, root, charts, () -> { });
    }

    /** The same, running {@code meanwhile} while the reference renders. */
    static Map<String, Outcome> oracle(Path oracle, Path root, List<String> charts, Runnable meanwhile) {
        try {
            Path cases = Files.createTempDirectory(root, "cases");
            Path out = Files.createTempDirectory(root, "out");
            for (String c : charts) {
                Files.writeString(cases.resolve(c + ".json"), "{\"chart\": \"" + c + "\", \"releaseName\": \"" + RELEASE
                    + "\", \"namespace\": \"" + NAMESPACE + "\", \"kubeVersion\": \"" + KUBE_VERSION + "\"}");
            }
            Process p = new ProcessBuilder(oracle.toString(), "batch", cases.toString(), root.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("oracle.log").toFile()).start();
            meanwhile.run();
            if (!p.waitFor(30 + charts.size(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Map<String, Outcome> res = new LinkedHashMap<>();
            for (String c : charts) {
                Path y = out.resolve(c + ".yaml");
                Path e = out.resolve(c + ".error.txt");
                if (!Files.exists(y) && !Files.exists(e)) {
                    throw new IllegalStateException("the reference rendered no " + c + "; its log:\n"
                        + Files.readString(root.resolve("oracle.log")));
                }
                res.put(c, Files.exists(y) ? Outcome.rendered(Files.readString(y)) : Outcome.error(Files.readString(e).strip()));
            }
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renders every chart under {@code root} named in {@code charts} with the real Helm 4, {@code parallel}
     * processes at once, running {@code meanwhile} (helm4j's renders) on this thread in the meantime.
     */
    static Map<String, Outcome> helm4All(Path helm, Path root, List<String> charts, int parallel, Runnable meanwhile) {
        ExecutorService procs = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "fuzz-helm4");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
            for (String c : charts) {
                futures.put(c, procs.submit(() -> helm4(helm, root.resolve(c))));
            }
            meanwhile.run();
            Map<String, Outcome> res = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Outcome>> e : futures.entrySet()) {
                res.put(e.getKey(), e.getValue().get());
            }
            return res;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            procs.shutdownNow();
        }
    }

    /** The real Helm 4 command line, one process per chart. */
    static Outcome helm4(Path helm, Path chart) {
        try {
            List<String> cmd = new ArrayList<>(List.of(helm.toString(), "template", RELEASE, chart.toString(),
                "-n", NAMESPACE, "--kube-version", KUBE_VERSION));
            Path log = Files.createTempFile("helm4", ".out");
            Path err = Files.createTempFile("helm4", ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(log.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Outcome.error("helm4 timeout");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            String msg = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(log);
            Files.delete(err);
            return p.exitValue() == 0 ? Outcome.rendered(out) : Outcome.error(msg.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
