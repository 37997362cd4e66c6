package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helm 4's execution errors on the command lines that print them, against what Helm 4.3.2 printed for the charts of
 * {@code core/src/test/oracle/execerrors/cases.txt} ({@code generate.sh} there, {@code execerrors-expected.tsv}):
 * {@code template} (standard error), {@code template --debug} (standard error without its {@code level=} log lines),
 * {@code lint} (both streams) and {@code install --dry-run=client} (standard error), with the exit codes. Helm ran
 * in the chart's parent directory with the chart named {@code c}; helm4j here gets the chart's absolute path, which
 * is written back as {@code c} before comparing. helm4j follows a template error with the failing source line
 * (ARCHITECTURE.md, "Errors"); that excerpt, after Helm's text, is not compared. Known gap: in lint mode Helm logs
 * {@code level=WARN msg="missing required value"} when {@code required} lets a value pass; helm4j does not, so
 * those lines are left out of Helm's lint stderr.
 */
class ExecErrorsCliOracleTest {
    private static final Path TSV = Path.of("../core/src/test/resources/io/helm4j/engine/execerrors-expected.tsv");
    private static final String[][] COMMANDS = {{"template", "r"}, {"template", "r", "--debug"}, {"lint"},
        {"install", "r", "--dry-run=client"}};

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> executionErrorsPrintLikeHelm4OnEachCommand() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String row : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t", -1);
            String id = "c" + n++;
            tests.add(DynamicTest.dynamicTest(f[0], () -> check(id, f)));
        }
        return tests.stream();
    }

    private void check(String id, String[] f) throws IOException {
        Path chart = writeChart(tmp.resolve(id), f[0]);
        for (int k = 0; k < COMMANDS.length; k++) {
            List<String> args = new ArrayList<>(List.of(COMMANDS[k]));
            args.add(args.size() == 1 ? 1 : 2, chart.toString());
            CliBasicsTest.Result r = CliBasicsTest.run(Map.of("HOME", tmp.resolve("home").toString()),
                    args.toArray(String[]::new));
            String what = String.join(" ", COMMANDS[k]);
            int code = Integer.parseInt(f[1 + 3 * k]);
            String out = decode(f[2 + 3 * k]);
            String err = decode(f[3 + 3 * k]);
            String mine = r.err().replace(chart.toString(), "c");
            if (what.contains("--debug")) {
                mine = String.join("", mine.lines().filter(l -> !l.startsWith("level=")).map(l -> l + "\n").toList());
            }
            assertThat(r.code()).as(what + ": exit code; stderr " + r.err()).isEqualTo(code);
            if (what.equals("lint")) {
                assertThat(r.out().replace(chart.toString(), "c")).as(what + ": stdout").isEqualTo(out);
            }
            if (code == 0) {
                continue;
            }
            if (what.equals("lint")) {
                // known gap: Helm's lint logs required's "missing required value" (slog.Warn), helm4j's does not
                err = String.join("", err.lines().filter(l -> !l.startsWith("level=WARN msg=\"missing required"))
                        .map(l -> l + "\n").toList());
            }
            assertThat(withoutExcerpt(mine, err)).as(what + ": stderr").isEqualTo(err);
        }
    }

    /** {@code mine} without helm4j's source excerpt (a blank line, then {@code TEMPLATE:LINE}) after Helm's text. */
    private static String withoutExcerpt(String mine, String helms) {
        if (mine.startsWith(helms) && mine.length() > helms.length()) {
            String rest = mine.substring(helms.length());
            if (rest.matches("(?s)\n[^\n]+:\\d+\n.*")) {
                return helms;
            }
        }
        return mine;
    }

    /** The chart generate.sh writes for a line of cases.txt (the same as the core module's ExecErrorsOracleTest). */
    private static Path writeChart(Path dir, String line) throws IOException {
        Path c = dir.resolve("c");
        Files.createDirectories(c.resolve("templates"));
        Files.createDirectories(c.resolve("charts/sub/templates"));
        Files.writeString(c.resolve("Chart.yaml"),
                "apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n");
        Files.writeString(c.resolve("charts/sub/Chart.yaml"), "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"),
                "s: str\nn: 3\nlist: [1, 2]\nm:\n  k: v\n  inner:\n    z: 1\nempty: \"\"\nsub:\n  a: 1\n");
        Files.writeString(c.resolve("charts/sub/values.yaml"), "a: 0\nb: [x]\n");
        String[] files = {"templates/t.yaml", "templates/_helpers.tpl", "charts/sub/templates/s.yaml"};
        String[] parts = line.replace("\\n", "\n").split(" @@ ", -1);
        for (int i = 0; i < parts.length; i++) {
            Files.writeString(c.resolve(files[i]), parts[i] + "\n");
        }
        return c;
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }
}
