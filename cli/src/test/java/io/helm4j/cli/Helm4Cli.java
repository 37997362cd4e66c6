package io.helm4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real Helm 4 ({@link HelpGoldensTest#HELM4}) run as a process for the differential tests, with a clean
 * environment: {@code HOME} under the test's scratch directory and the variables given, nothing else.
 */
final class Helm4Cli {
    private Helm4Cli() {
    }

    /** A command line, its exit code and output, printed as a transcript so two runs compare in one assertion. */
    record Cmd(List<String> line, int code, String out, String err) {
        @Override
        public String toString() {
            return "$ helm " + String.join(" ", line) + "\nexit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs Helm 4 with {@code args}, {@code HOME=tmp/home} and {@code env}; its output goes through files in tmp. */
    static Cmd run(Path tmp, Map<String, String> env, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(HelpGoldensTest.HELM4.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("HOME", tmp.resolve("home").toString());
        pb.environment().putAll(env);
        Path out = tmp.resolve("helm.out");
        Path err = tmp.resolve("helm.err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Cmd(args, code, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Each command of {@code commands} ({@code CHART} in it replaced by {@code chart}) run by helm4j in this JVM with
     * {@code env} and {@code HOME=tmp/home}, and by Helm 4 with {@code env}: the transcripts must be equal and Helm's
     * exit code {@code code}.
     */
    static void assertSameTranscripts(Path tmp, Map<String, String> env, Path chart, List<String> commands, int code)
            throws IOException, InterruptedException {
        Map<String, String> ours = new java.util.HashMap<>(env);
        ours.put("HOME", tmp.resolve("home").toString());
        for (String command : commands) {
            List<String> args = List.of(command.replace("CHART", chart.toString()).split(" "));
            CliBasicsTest.Result mine = CliBasicsTest.run(ours, args.toArray(String[]::new));
            Cmd theirs = run(tmp, env, args);
            org.assertj.core.api.Assertions.assertThat(new Cmd(args, mine.code(), mine.out(), mine.err()))
                    .as(command).hasToString(theirs.toString());
            org.assertj.core.api.Assertions.assertThat(theirs.code()).as(command).isEqualTo(code);
        }
    }
}
