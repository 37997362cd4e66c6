package io.helm4j.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code FuzzMain N SEED [WORK_DIR]}: the long differential run (bench/fuzz.sh). Prints progress, then a
 * report of the differences by family with their minimised templates; writes it to WORK_DIR/report.md.
 * Environment: HELM4J_SHARED (default ../shared), HELM4_BIN (default ~/.cache/helm4/v4.3.2/helm),
 * FUZZ_CHUNK (cases per oracle process, default 1000), FUZZ_MINIMISE (families minimised, default 60),
 * FUZZ_MAX_SECONDS (start no new chunk after this; the report counts the cases really run), FUZZ_FROM (the first
 * case's index, default 0: N cases from there, so that several processes share a long run), FUZZ_JUDGE
 * ({@code helm4batch}, the default when HELM4_JUDGE names an executable (bench/fuzz.sh builds it): helm4-judge,
 * Helm 4.3.2's own {@code helm template} for many cases in one Go process; {@code oracle}, the default
 * otherwise: helm-oracle batch, Helm 3.21, with Helm 4 asked about each minimised case; {@code helm4}: the real
 * Helm 4 command line renders every case, FUZZ_HELM4_PARALLEL processes at once, default 2).
 */
public final class FuzzMain {
    private FuzzMain() { }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path work = Path.of(args.length > 2 ? args[2] : "/tmp/helm4j-fuzz").toAbsolutePath();
        Files.createDirectories(work);
        Path shared = Path.of(System.getenv().getOrDefault("HELM4J_SHARED", "../shared"));
        Path helm4 = Path.of(System.getenv().getOrDefault("HELM4_BIN",
            System.getProperty("user.home") + "/.cache/helm4/v4.3.2/helm"));
        int chunk = Integer.parseInt(System.getenv().getOrDefault("FUZZ_CHUNK", "1000"));
        int cap = Integer.parseInt(System.getenv().getOrDefault("FUZZ_MINIMISE", "60"));
        Fuzzer f = new Fuzzer(shared.resolve("oracle/helm-oracle").toAbsolutePath(), helm4, work);
        String judgeBin = System.getenv("HELM4_JUDGE");
        boolean judgeBuilt = judgeBin != null && Files.isExecutable(Path.of(judgeBin));
        String judge = System.getenv().getOrDefault("FUZZ_JUDGE", judgeBuilt ? "helm4batch" : "oracle");
        String judgeName = switch (judge) {
            case "helm4batch" -> {
                f.judgedByHelm4Batch(Path.of(judgeBin == null ? "helm4-judge" : judgeBin));
                yield "judge: helm4-judge (Helm 4.3.2's helm template in one process, " + judgeBin + "), every case\n";
            }
            case "helm4" -> {
                f.judgedByHelm4(Integer.parseInt(System.getenv().getOrDefault("FUZZ_HELM4_PARALLEL", "2")));
                yield "judge: the real Helm 4 (" + helm4 + "), every case\n";
            }
            case "oracle" -> "judge: helm-oracle batch (Helm 3.21); Helm 4 asked about minimised cases\n";
            default -> throw new IllegalArgumentException("FUZZ_JUDGE: helm4batch, helm4 or oracle, not " + judge);
        };
        long budget = Long.parseLong(System.getenv().getOrDefault("FUZZ_MAX_SECONDS", String.valueOf(Long.MAX_VALUE / 1000)));
        int first = Integer.parseInt(System.getenv().getOrDefault("FUZZ_FROM", "0"));
        Fuzzer.Result r = f.run(seed, first, n, chunk, cap, budget, System.out::println);
        String report = judgeName + "cases " + first + " to " + (first + r.cases() - 1) + " of seed " + seed + "\n"
            + report(seed, r);
        Files.write(work.resolve("report.md"), report.getBytes(StandardCharsets.UTF_8));
        System.out.println(report);
        System.exit(0);
    }

    /** The differences grouped by the family of their minimised representative. */
    static String report(long seed, Fuzzer.Result r) {
        Map<String, Fuzzer.Diff> reps = new LinkedHashMap<>();
        for (Fuzzer.Diff d : r.diffs()) {
            if (d.minimal() != null) {
                reps.put(Minimiser.family(d.original(), d.helm4j(), d.reference()), d);
            }
        }
        Map<String, List<Fuzzer.Diff>> families = new LinkedHashMap<>();
        for (Fuzzer.Diff d : r.diffs()) {
            Fuzzer.Diff rep = reps.get(Minimiser.family(d.original(), d.helm4j(), d.reference()));
            String key = rep == null ? d.family() : rep.family();
            families.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("seed %d: %d cases: %d differ in output (in %d families), %d differ in error text "
            + "(in %d families); %d agree in output, %d of them failing in both; %d s%n%n", seed, r.cases(),
            r.diffs().size(), families.size(), r.errorMessagesDiffer(), r.errorFamilies().size(),
            r.cases() - r.diffs().size(), r.bothFailed(), r.millis() / 1000));
        b.append("## Differences in output\n\n");
        families.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).forEach(e -> {
            Fuzzer.Diff first = e.getValue().get(0);
            Fuzzer.Diff rep = reps.get(Minimiser.family(first.original(), first.helm4j(), first.reference()));
            Fuzzer.Diff d = rep == null ? first : rep;
            FuzzCase c = d.minimal() == null ? d.original() : d.minimal();
            Outcome h = d.minimal() == null ? d.helm4j() : d.minHelm4j();
            Outcome ref = d.minimal() == null ? d.reference() : d.minReference();
            String verdict = d.helm4() == null ? "Helm 4 not asked (or Helm 4 is the reference)"
                : d.helm4SidesWithHelm4j() ? "Helm 4 agrees with helm4j (Helm 3.21 vs 4)"
                : d.helm4().agrees(ref) ? "helm4j differs from Helm 4 (which agrees with the reference)"
                : "helm4j differs from Helm 4 (which also differs from the reference)";
            b.append(String.format("- %d× `%s` — %s%n  - case %s, values %d: `%s`%n  - helm4j:    %s%n  - reference: %s%n",
                e.getValue().size(), e.getKey(), verdict, c.id(), c.values(), c.body(), h.show(), ref.show()));
            b.append("  - cases: ").append(String.join(" ", e.getValue().stream().limit(12)
                .map(x -> x.original().id()).toList())).append(e.getValue().size() > 12 ? " …" : "").append('\n');
            if (d.helm4() != null && !d.helm4SidesWithHelm4j()) {
                b.append("  - helm 4.3.2: ").append(d.helm4().show()).append('\n');
            }
        });
        b.append(errorReport(r));
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…(" + s.length() + " characters)" : s;
    }

    /**
     * The error-text differences (both failed, texts differ; {@link Outcome#sameError} says what is normalised) by
     * family, largest first, each with its count and up to {@link Fuzzer#ERROR_SAMPLES} samples.
     */
    static String errorReport(Fuzzer.Result r) {
        StringBuilder b = new StringBuilder(String.format("%n## Differences in error text (both failed): %d, in %d "
            + "families%n%n", r.errorMessagesDiffer(), r.errorFamilies().size()));
        r.errorFamilies().entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> {
            b.append(String.format("- %d× `%s`%n", e.getValue(), e.getKey()));
            r.errorDiffs().stream().filter(d -> d.family().equals(e.getKey())).forEach(d -> b.append(String.format(
                "  - case %s, values %d: `%s`%n    - helm4j:    %s%n    - reference: %s%n", d.c().id(), d.c().values(),
                d.c().body(), clip(d.helm4j().show()), clip(d.reference().show()))));
        });
        return b.toString();
    }
}
