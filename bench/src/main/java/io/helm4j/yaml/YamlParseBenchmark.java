package io.helm4j.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a chart's rendered output document by document, as the manifest sorter does: the fast
 * reader (with its snakeyaml fallback, {@link GoYamlReader#loadFirst}) against the snakeyaml path
 * alone. {@code warm} is the steady state; {@code cold} is the first pass in a fresh JVM with the
 * launcher's flags (C1 only), as {@code helm4j template} runs it. Lives in the yaml package to reach
 * the package-private readers. The case is a file of ../shared/corpus/expected.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class YamlParseBenchmark {
    @Param({"argo__argo-cd__default", "bitnami__redis__default"})
    public String expected;

    @Param({"fast", "snakeyaml"})
    public String reader;

    private List<String> docs;

    @Setup
    public void setUp() {
        String shared = System.getProperty("helm4j.shared", System.getenv().getOrDefault("HELM4J_SHARED", "../shared"));
        Path file = Path.of(shared, "corpus", "expected", expected + ".yaml");
        try {
            docs = documents(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Split at lines starting with "---", as Helm's SplitManifests does for rendered output. */
    static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            int next = eol < 0 ? text.length() : eol + 1;
            if (text.startsWith("---", i)) {
                out.add(text.substring(start, i));
                start = next;
            }
            i = next;
        }
        out.add(text.substring(start));
        return out;
    }

    private int readAll() {
        boolean fast = reader.equals("fast");
        int n = 0;
        for (String d : docs) {
            Object o = fast ? GoYamlReader.loadFirst(d) : GoYamlReader.snakeLoadFirst(d);
            n += o == null ? 0 : 1;
        }
        return n;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public int warm() {
        return readAll();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss16m"})
    public int cold() {
        return readAll();
    }
}
