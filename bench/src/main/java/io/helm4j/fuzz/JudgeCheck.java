package io.helm4j.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code JudgeCheck N SEED JUDGE HELM [WORK_DIR]}: is helm4-judge trustworthy? Renders the first N cases of
 * SEED with helm4-judge (many cases in one process) and with the real Helm 4 command line (one process per
 * case, two at once) and prints every case whose whole output (every byte of standard output, or the error
 * text) differs, apart from pointer addresses (fmt prints a pointer inside a map, such as the context's
 * {@code Capabilities:0xc000123456}, as its address, which differs from process to process): those cases are
 * counted and listed separately. Exit code 1 when a case differs otherwise. {@code bench/fuzz.sh} runs it with
 * FUZZ_CHECK_JUDGE=N.
 */
public final class JudgeCheck {
    private JudgeCheck() { }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path work = Files.createDirectories(Path.of(args.length > 4 ? args[4] : "/tmp/helm4j-judge-check"));
        long t0 = System.currentTimeMillis();
        List<String> bad = mismatches(Path.of(args[2]), Path.of(args[3]), work, seed, n);
        List<String> addresses = bad.stream().filter(b -> b.startsWith(ADDRESSES_ONLY)).toList();
        System.out.printf("helm4-judge against helm template: %d cases of seed %d, %d differ, %d more only in pointer"
            + " addresses (%d s)%n", n, seed, bad.size() - addresses.size(), addresses.size(), (System.currentTimeMillis() - t0) / 1000);
        bad.forEach(System.out::println);
        System.exit(bad.size() == addresses.size() ? 0 : 1);
    }

    static final String ADDRESSES_ONLY = "(pointer addresses only) ";
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("0x[0-9a-f]{6,}");

    /**
     * The cases (with both outputs) where the judge and the command line differ in any byte; those that agree once
     * pointer addresses are blanked start with {@value #ADDRESSES_ONLY}.
     */
    static List<String> mismatches(Path judge, Path helm, Path work, long seed, int n) {
        Generator g = new Generator(seed);
        Path root = work.resolve("check-" + seed + "-" + n);
        List<String> names = new ArrayList<>();
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FuzzCase c = g.generate(i);
            String name = String.format("c%06d", i);
            ChartWriter.write(c, root.resolve(name));
            names.add(name);
            cases.add(c);
        }
        Map<String, Outcome> cli = Renderers.helm4All(helm, root, names, 2, () -> { });
        Map<String, Outcome> batch = Renderers.judge(judge, false, root, names, () -> { });
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Outcome a = batch.get(names.get(i));
            Outcome b = cli.get(names.get(i));
            if (!a.identical(b)) {
                bad.add(String.format("%s%s %s%n  helm4-judge: %s%n  helm:        %s", blank(a).identical(blank(b)) ? ADDRESSES_ONLY : "", cases.get(i).id(), cases.get(i).body(),
                    a.failed() ? a.show() : "OUTPUT " + a.raw(), b.failed() ? b.show() : "OUTPUT " + b.raw()));
            }
        }
        Fuzzer.delete(root);
        return bad;
    }

    private static Outcome blank(Outcome o) {
        return new Outcome(o.value(), o.raw() == null ? null : ADDRESS.matcher(o.raw()).replaceAll("0x…"),
            o.error() == null ? null : ADDRESS.matcher(o.error()).replaceAll("0x…"));
    }
}
