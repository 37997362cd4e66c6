package io.helm4j.fuzz;

import io.helm4j.BuildInfo;
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

/**
 * The renderers: helm4j in process, the reference's batch mode (Helm 3.21), helm4-judge (Helm 4.3.2's own
 * {@code helm template} in one Go process for many cases) and the real Helm 4 command line.
 */
final class Renderers {
    static final String RELEASE = "rel";
    static final String NAMESPACE = "ns";
    static final String KUBE_VERSION = "1.30.0";
    /** helm4-judge's exit code after a case ran past its time limit (it wrote that case's error file). */
    private static final int TIMED_OUT = 3;

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
                return Outcome.error(printed(e.getMessage()));
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

    /**
     * An error text as helm4j's command line prints it (its writers use {@link io.helm4j.gostd.GoCharset}: a Go
     * string's bytes, valid UTF-8 or not), read back as {@link #read} reads the reference's: bytes that are not UTF-8
     * become U+FFFD on both sides.
     */
    static String printed(String message) {
        return message == null ? null
            : new String(message.getBytes(io.helm4j.gostd.GoCharset.INSTANCE), StandardCharsets.UTF_8);
    }

    /** Renders every chart under {@code root} named in {@code charts} in one helm-oracle batch process. */
    static Map<String, Outcome> oracle(Path oracle, Path root, List<String> charts) {
        return oracle(oracle, root, charts, () -> { });
    }

    /** The same, running {@code meanwhile} while the reference renders. */
    static Map<String, Outcome> oracle(Path oracle, Path root, List<String> charts, Runnable meanwhile) {
        try {
            Path cases = writeCases(root, charts);
            Path out = Files.createTempDirectory(root, "out");
            Process p = new ProcessBuilder(oracle.toString(), "batch", cases.toString(), root.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("oracle.log").toFile()).start();
            meanwhile.run();
            if (!p.waitFor(30 + charts.size(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Map<String, Outcome> res = new LinkedHashMap<>();
            for (String c : charts) {
                Outcome o = result(out, c);
                if (o == null) {
                    throw new IllegalStateException("the reference rendered no " + c + "; its log:\n"
                        + Files.readString(root.resolve("oracle.log")));
                }
                res.put(c, o);
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
     * Renders every chart under {@code root} named in {@code charts} with helm4-judge (bench/helm4-judge: Helm
     * 4.3.2's own {@code helm template} command, a fresh one per case, many cases in one Go process), running
     * {@code meanwhile} while it works. A judge process that dies or times out on a case is restarted after it
     * (it skips the cases it already answered); that case counts as a Helm failure, as the CLI's crash would.
     * With {@code helm4jBuildInfo}, Helm's {@code .Capabilities.HelmVersion} reports helm4j's version and runtime
     * (build information, the one field where the two are meant to differ).
     */
    static Map<String, Outcome> judge(Path judge, boolean helm4jBuildInfo, Path root, List<String> charts,
            Runnable meanwhile) {
        try {
            Path cases = writeCases(root, charts);
            Path out = Files.createTempDirectory(root, "out");
            Process p = startJudge(judge, helm4jBuildInfo, cases, root, out);
            meanwhile.run();
            for (int restarts = 0; ; restarts++) {
                boolean finished = p.waitFor(120 + 2L * charts.size(), TimeUnit.SECONDS);
                if (!finished) {
                    p.destroyForcibly().waitFor();
                }
                String missing = charts.stream().filter(c -> result(out, c) == null).findFirst().orElse(null);
                if (missing == null) {
                    break;
                }
                String log = Files.readString(root.resolve("judge.log"));
                if (restarts >= charts.size()) {
                    throw new IllegalStateException("helm4-judge keeps failing; its log:\n" + log);
                }
                if (!finished || p.exitValue() != TIMED_OUT) {
                    // it died on this case (exit code 3: it wrote the case's timeout itself and stopped)
                    Files.writeString(out.resolve(missing + ".error.txt"), "helm4-judge crashed (exit " + p.exitValue()
                        + "): " + log.substring(Math.max(0, log.length() - 300)));
                }
                p = startJudge(judge, helm4jBuildInfo, cases, root, out);
            }
            Map<String, Outcome> res = new LinkedHashMap<>();
            for (String c : charts) {
                res.put(c, result(out, c));
            }
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process startJudge(Path judge, boolean helm4jBuildInfo, Path cases, Path root, Path out)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(judge.toString(), "batch", cases.toString(), root.toString(), out.toString());
        if (helm4jBuildInfo) {
            pb.environment().put("HELM4_JUDGE_HELM_VERSION", BuildInfo.current().version());
            pb.environment().put("HELM4_JUDGE_GO_VERSION", BuildInfo.current().runtimeVersion());
        }
        return pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("judge.log").toFile()))
            .start();
    }

    /** The outcome a batch renderer wrote for {@code chart} into {@code out}, or null. */
    private static Outcome result(Path out, String chart) {
        try {
            Path y = out.resolve(chart + ".yaml");
            Path e = out.resolve(chart + ".error.txt");
            return Files.exists(y) ? Outcome.rendered(read(y)) : Files.exists(e) ? Outcome.error(read(e).strip()) : null;
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** A renderer's output as text; bytes that are not UTF-8 become U+FFFD (the rendered value itself is base64). */
    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /** One batch case file per chart, in the format of helm-oracle batch and helm4-judge. */
    private static Path writeCases(Path root, List<String> charts) throws IOException {
        Path cases = Files.createTempDirectory(root, "cases");
        for (String c : charts) {
            Files.writeString(cases.resolve(c + ".json"), "{\"chart\": \"" + c + "\", \"releaseName\": \"" + RELEASE
                + "\", \"namespace\": \"" + NAMESPACE + "\", \"kubeVersion\": \"" + KUBE_VERSION + "\"}");
        }
        return cases;
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
            String out = read(log);
            String msg = read(err);
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
