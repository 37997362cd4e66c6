package io.helm4j.bench;

import io.helm4j.events.EventSink;
import io.helm4j.repo.ChartSearch;
import io.helm4j.repo.IndexFile;
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
 * Loading a repository index shaped like the public Bitnami one (about 15,000 chart versions, each with
 * annotations, maintainers, dependencies, keywords, sources, a digest and a URL): {@code parse} reads the
 * text as {@code search repo} and {@code repo update} do; {@code parseAndSearch} adds the search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RepoIndexBenchmark {
    @Param({"15000"})
    public int versions;

    private String text;

    @Setup
    public void setUp() {
        text = SyntheticIndex.yaml(versions);
    }

    @Benchmark
    public IndexFile parse() {
        return IndexFile.parse(text, "bench", EventSink.discard());
    }

    @Benchmark
    public int parseAndSearch() {
        IndexFile index = IndexFile.parse(text, "bench", EventSink.discard());
        return new ChartSearch().add("bitnami", index, true).search("postgres", false).size();
    }
}
