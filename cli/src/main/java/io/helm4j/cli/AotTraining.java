package io.helm4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run for the JDK AOT cache built at packaging time: runs typical short commands so
 * their classes are loaded and linked into the cache. Output is discarded.
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
        runs.add(new String[] {"version"});
        runs.add(new String[] {"env"});
        runs.add(new String[] {"--help"});
        for (String chart : args) {
            if (Files.isDirectory(Path.of(chart))) {
                runs.add(new String[] {"template", "training", chart});
            }
        }
        for (String[] run : runs) {
            try {
                Main.run(ctx, run);
            } catch (RuntimeException e) {
                // training only: a failing command still loads classes worth caching
            }
        }
        System.setOut(realOut);
    }
}
