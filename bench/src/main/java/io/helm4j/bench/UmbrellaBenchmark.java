package io.helm4j.bench;

import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueSource;
import java.io.IOException;
import java.nio.file.Files;
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

/** Rendering time of a generated umbrella chart as the subchart count grows: should be linear. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UmbrellaBenchmark {
    @Param({"25", "50", "100"})
    public int subcharts;

    private Template action;
    private TemplateOptions options;

    @Setup
    public void setUp() throws IOException {
        Path chart = UmbrellaChart.write(Files.createTempDirectory("umbrella"), subcharts);
        action = new Template(ActionContext.builder().values(ValueSource.local(Path.of("."), System.in)).build());
        options = TemplateOptions.builder().releaseName("bench").chart(chart.toString()).namespace("default").build();
    }

    @Benchmark
    public String template() {
        return action.run(options).output();
    }
}
