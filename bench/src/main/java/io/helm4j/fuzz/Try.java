package io.helm4j.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Try JUDGE [VALUES] BODY...}: renders each template body (e.g. {@code {{ fromToml "$1" }}}) as a fuzz case
 * (values variant VALUES when the first argument after JUDGE is a number, else 0) in helm4j and with
 * helm4-judge, and prints both, marking those that differ (SAME-BUT-ADDRESSES: only in pointer addresses, which
 * differ from run to run in Go too; DIFF-IN-ERROR-TEXT: both fail, with other texts). For reviewing and minimising by
 * hand.
 */
public final class Try {
    private Try() { }

    public static void main(String[] args) throws IOException {
        Path judge = Path.of(args[0]);
        int from = 1;
        int values = 0;
        if (args.length > 1 && args[1].matches("\\d")) {
            values = Integer.parseInt(args[1]);
            from = 2;
        }
        Path root = Files.createTempDirectory("helm4j-try");
        List<String> names = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            String n = String.format("c%03d", i);
            ChartWriter.write(new FuzzCase(0, i, "E", new Expr.Atom(args[i]), values), root.resolve(n));
            names.add(n);
        }
        Renderers mine = new Renderers();
        Map<String, Outcome> ref = Renderers.judge(judge, true, root, names, () -> { });
        for (int i = 0; i < names.size(); i++) {
            Outcome h = mine.helm4j(root.resolve(names.get(i)));
            Outcome r = ref.get(names.get(i));
            String verdict = h.agrees(r) ? (!h.failed() || h.sameError(r) ? "SAME" : "DIFF-IN-ERROR-TEXT")
                : Outcome.agreesBarAddresses(h, r) ? "SAME-BUT-ADDRESSES" : "DIFF";
            System.out.printf("%s %s%n  helm4j: %s%n  helm 4: %s%n", verdict, args[from + i], h.show(), r.show());
        }
        Fuzzer.delete(root);
        System.exit(0);
    }
}
