package io.helm4j.bench;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.values.ValueSource;
import java.nio.file.Path;
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
 * Warm {@code helm template} of one corpus chart in process: load, values, parse and execute every
 * template, sort, assemble. Compare with the reference's render time for the same chart
 * ({@code helm-oracle batch}, {@code helm-native}); results in bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    @Param({"otel__opentelemetry-kube-stack__default", "bitnami__redis__default",
        "argo__argo-cd__default", "prometheus-community__prometheus-pushgateway__default"})
    public String caseName;

    private CorpusCase corpusCase;
    private Template action;

    @Setup
    public void setUp() {
        corpusCase = CorpusCase.named(caseName);
        action = new Template(ActionContext.builder().values(ValueSource.local(Path.of("."), System.in)).build());
    }

    @Benchmark
    public String template() {
        return action.run(corpusCase.options()).output();
    }
}
