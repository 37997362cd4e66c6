package io.helm4j.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders generated cases in helm4j and in the reference, minimises each kind of difference, and reports
 * them. The reference is either helm-oracle batch (Helm 3.21; the real Helm 4, when given, is then asked about
 * each minimised case: does it side with helm4j, a Helm 3 vs 4 difference, or with the reference, a helm4j
 * bug), or, as judge, Helm 4.3.2 itself: helm4-judge, its own {@code helm template} command for many cases in
 * one Go process ({@link #judgedByHelm4Batch}), or its command line, one process per case, a few at once
 * ({@link #judgedByHelm4}).
 */
final class Fuzzer {
    /** One case where helm4j and the reference disagree; {@code minimal} once minimised. */
    record Diff(FuzzCase original, Outcome helm4j, Outcome reference, FuzzCase minimal, Outcome minHelm4j,
                Outcome minReference, Outcome helm4) {
        String family() {
            return minimal == null ? "unminimised " + Minimiser.family(original, helm4j, reference)
                : Minimiser.family(minimal, minHelm4j, minReference);
        }

        /** helm4j agrees with the real Helm 4: explained by the reference being Helm 3.21. */
        boolean helm4SidesWithHelm4j() {
            return helm4 != null && helm4.agrees(minHelm4j);
        }
    }

    /** A case where both failed with different error texts ({@link Outcome#sameError}). */
    record ErrorDiff(FuzzCase c, Outcome helm4j, Outcome reference) {
        String family() {
            return Outcome.errorFamily(helm4j, reference);
        }
    }

    /**
     * A run's counts and differences: {@code diffs} differ in output (one side failed, or the values differ),
     * {@code errorDiffs} failed on both sides with different error texts (the first {@link #ERROR_SAMPLES} of
     * each family kept, {@code errorFamilies} counts them all, {@code errorDiffIds} names every case).
     */
    record Result(int cases, int bothFailed, int errorMessagesDiffer, List<Diff> diffs, long millis,
                  List<String> sampleErrors, List<ErrorDiff> errorDiffs, Map<String, Integer> errorFamilies,
                  List<String> errorDiffIds) { }

    /** Error-text differences kept per family for the report. */
    static final int ERROR_SAMPLES = 3;

    private final Path oracle;
    private final Path helm4;
    private final Path work;
    private final Renderers renderers = new Renderers();
    private int dirs;
    /** Parallel Helm 4 processes when Helm 4 is the judge; 0: the reference is helm-oracle batch. */
    private int helm4Judges;
    /** helm4-judge, when it is the judge. */
    private Path helm4Batch;

    Fuzzer(Path oracle, Path helm4, Path work) {
        this.oracle = oracle;
        this.helm4 = helm4 != null && Files.isExecutable(helm4) ? helm4 : null;
        this.work = work;
    }

    /**
     * Makes the real Helm 4 ({@code helm4}, which must exist) the reference for every case, with {@code parallel}
     * processes at once: the differences are then helm4j's against Helm 4.3.2 itself.
     */
    Fuzzer judgedByHelm4(int parallel) {
        if (helm4 == null) {
            throw new IllegalStateException("no Helm 4 binary to judge with");
        }
        helm4Judges = Math.max(1, parallel);
        return this;
    }

    /** Makes helm4-judge (bench/helm4-judge, Helm 4.3.2's {@code helm template} in one Go process) the reference. */
    Fuzzer judgedByHelm4Batch(Path judge) {
        if (!Files.isExecutable(judge)) {
            throw new IllegalStateException("no helm4-judge at " + judge + " (bench/fuzz.sh builds it)");
        }
        helm4Batch = judge;
        return this;
    }

    boolean helm4IsJudge() {
        return helm4Judges > 0 || helm4Batch != null;
    }

    Result run(long seed, int count, int chunk, int minimiseCap, Consumer<String> log) {
        return run(seed, count, chunk, minimiseCap, Long.MAX_VALUE / 1000, log);
    }

    /** The same, starting no new chunk after {@code budgetSeconds}; the result counts the cases really run. */
    Result run(long seed, int count, int chunk, int minimiseCap, long budgetSeconds, Consumer<String> log) {
        return run(seed, 0, count, chunk, minimiseCap, budgetSeconds, log);
    }

    /**
     * Cases {@code first} to {@code first + count - 1} of {@code seed} (so that several processes share a long run),
     * logging each difference when it is found.
     */
    Result run(long seed, int first, int count, int chunk, int minimiseCap, long budgetSeconds, Consumer<String> log) {
        long t0 = System.currentTimeMillis();
        Generator g = new Generator(seed);
        List<Diff> diffs = new ArrayList<>();
        int bothFailed = 0;
        int messages = 0;
        int done = 0;
        List<String> samples = new ArrayList<>();
        List<ErrorDiff> errorDiffs = new ArrayList<>();
        Map<String, Integer> errorFamilies = new LinkedHashMap<>();
        List<String> errorDiffIds = new ArrayList<>();
        for (int from = 0; from < count && System.currentTimeMillis() - t0 < budgetSeconds * 1000; from += chunk) {
            List<FuzzCase> cases = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                cases.add(g.generate(first + i));
            }
            List<Outcome[]> res = render(cases);
            done += cases.size();
            for (int i = 0; i < cases.size(); i++) {
                Outcome h = res.get(i)[0];
                Outcome r = res.get(i)[1];
                if (!h.agrees(r)) {
                    diffs.add(new Diff(cases.get(i), h, r, null, null, null, null));
                    log.accept(String.format("difference %s values %d: %s%n  helm4j:    %s%n  reference: %s", cases.get(i).id(),
                        cases.get(i).values(), cases.get(i).body(), clip(h.show()), clip(r.show())));
                } else if (h.failed()) {
                    bothFailed++;
                    if (samples.size() < 3) {
                        samples.add(cases.get(i).body() + "\n  helm4j: " + h.error() + "\n  reference: " + r.error());
                    }
                    if (!h.sameError(r)) {
                        messages++;
                        ErrorDiff e = new ErrorDiff(cases.get(i), h, r);
                        errorDiffIds.add(cases.get(i).id());
                        int seen = errorFamilies.merge(e.family(), 1, Integer::sum);
                        if (seen <= ERROR_SAMPLES) {
                            errorDiffs.add(e);
                        }
                        logErrorDiff(e);
                    }
                }
            }
            log.accept(String.format("cases %d/%d differences %d both-failed %d error-texts-differ %d (%d s)",
                from + cases.size(), count, diffs.size(), bothFailed, messages, (System.currentTimeMillis() - t0) / 1000));
        }
        List<Diff> minimised = minimise(diffs, minimiseCap, log);
        return new Result(done, bothFailed, messages, minimised, System.currentTimeMillis() - t0, samples, errorDiffs,
            errorFamilies, errorDiffIds);
    }

    /**
     * Appends an error-text difference to {@code WORK/error-diffs.tsv} (case id, values variant, then the body and
     * both error texts base64-encoded), for classifying them after a run.
     */
    private void logErrorDiff(ErrorDiff e) {
        Base64.Encoder b64 = Base64.getEncoder();
        String line = e.c().id() + "\t" + e.c().values() + "\t"
            + b64.encodeToString(e.c().body().getBytes(StandardCharsets.UTF_8)) + "\t"
            + b64.encodeToString(e.helm4j().error().getBytes(StandardCharsets.UTF_8)) + "\t"
            + b64.encodeToString(e.reference().error().getBytes(StandardCharsets.UTF_8)) + "\n";
        try {
            Files.write(work.resolve("error-diffs.tsv"), line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Renders cases in both; returns {helm4j, reference} per case. */
    List<Outcome[]> render(List<FuzzCase> cases) {
        Path root = newDir();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String n = String.format("c%06d", i);
            ChartWriter.write(cases.get(i), root.resolve(n));
            names.add(n);
        }
        List<Outcome> mine = new ArrayList<>();
        Runnable helm4j = () -> names.forEach(n -> mine.add(renderers.helm4j(root.resolve(n))));
        Map<String, Outcome> ref = helm4Batch != null ? Renderers.judge(helm4Batch, true, root, names, helm4j)
            : helm4IsJudge() ? Renderers.helm4All(helm4, root, names, helm4Judges, helm4j)
            : Renderers.oracle(oracle, root, names, helm4j);
        List<Outcome[]> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(new Outcome[] {mine.get(i), ref.get(names.get(i))});
        }
        delete(root);
        return out;
    }

    /** Minimises one representative of each coarse family (at most {@code cap}), in rounds batched across them. */
    private List<Diff> minimise(List<Diff> diffs, int cap, Consumer<String> log) {
        Map<String, Integer> reps = new LinkedHashMap<>();
        for (int i = 0; i < diffs.size() && reps.size() < cap; i++) {
            reps.putIfAbsent(Minimiser.family(diffs.get(i).original(), diffs.get(i).helm4j(), diffs.get(i).reference()), i);
        }
        Map<Integer, FuzzCase> cur = new LinkedHashMap<>();
        Map<Integer, Outcome[]> outs = new LinkedHashMap<>();
        reps.values().forEach(i -> {
            cur.put(i, diffs.get(i).original());
            outs.put(i, new Outcome[] {diffs.get(i).helm4j(), diffs.get(i).reference()});
        });
        List<Integer> active = new ArrayList<>(reps.values());
        for (int round = 1; !active.isEmpty(); round++) {
            List<FuzzCase> cands = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            for (int i : active) {
                for (FuzzCase c : Minimiser.reductions(cur.get(i))) {
                    cands.add(c);
                    owner.add(i);
                }
            }
            List<Outcome[]> res = cands.isEmpty() ? List.of() : render(cands);
            Map<Integer, Integer> best = new LinkedHashMap<>();
            for (int k = 0; k < cands.size(); k++) {
                int i = owner.get(k);
                Outcome[] was = outs.get(i);
                Outcome[] now = res.get(k);
                Integer b = best.get(i);
                if (Outcome.sameKind(now[0], now[1], was[0], was[1])
                        && (b == null || cands.get(k).body().length() < cands.get(b).body().length())) {
                    best.put(i, k);
                }
            }
            best.forEach((i, k) -> {
                cur.put(i, cands.get(k));
                outs.put(i, res.get(k));
            });
            List<Integer> next = new ArrayList<>(best.keySet());
            log.accept("minimise round " + round + ": " + cands.size() + " candidates, " + next.size() + " reduced");
            active = next;
        }
        List<Diff> out = new ArrayList<>();
        for (int i = 0; i < diffs.size(); i++) {
            Diff d = diffs.get(i);
            if (cur.containsKey(i)) {
                FuzzCase m = cur.get(i);
                Outcome h4 = helm4 == null || helm4IsJudge() ? null : helm4Of(m);
                out.add(new Diff(d.original(), d.helm4j(), d.reference(), m, outs.get(i)[0], outs.get(i)[1], h4));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private Outcome helm4Of(FuzzCase c) {
        Path root = newDir();
        ChartWriter.write(c, root.resolve("c"));
        Outcome o = Renderers.helm4(helm4, root.resolve("c"));
        delete(root);
        return o;
    }

    private Path newDir() {
        try {
            return Files.createDirectories(work.resolve("r" + (dirs++)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
