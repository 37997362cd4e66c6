package io.helm4j.cli;

import io.helm4j.action.ReleaseTest;
import io.helm4j.action.ReleaseTestOptions;
import io.helm4j.action.ReleaseTestResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * {@code helm4j test RELEASE}: runs the release's test hooks and prints the release with its test suite
 * as Helm 4 does (no notes), then, with {@code --logs}, each test pod's logs; a failing test is reported
 * after that output.
 */
public final class TestCommand extends HelmCommand<Void> {
    private final Flag<String> timeout;
    private final Flag<Boolean> logs;
    private final Flag<List<String>> filter;

    TestCommand() {
        super("test [RELEASE]", "run tests for a release");
        filter = flags.strings("--filter", "specify tests by attribute (currently \"name\") using attribute=value syntax "
                + "or '!attribute=value' to exclude a test (can specify multiple or separate values with commas: "
                + "name=test1,name=test2)", null);
        logs = flags.bool("--logs", "dump the logs from test pods (this runs after all tests are complete, but before "
                + "any cleanup)", null);
        timeout = flags.duration("--timeout", "5m0s", "time to wait for any individual Kubernetes operation (like Jobs "
                + "for hooks)", null);
    }

    @Override
    int execute() {
        flags.check();
        HelmArgs.exactly(this, 1);
        Duration t = timeout.value() == null ? null : Duration.ofNanos(io.helm4j.gostd.Durations.parse(timeout.value()));
        ReleaseTestOptions options = ReleaseTestOptions.withFilters(args.get(0), settings().namespace(), t,
                filter.value(), Boolean.TRUE.equals(logs.value()));
        ReleaseTestResult result = new ReleaseTest(SdkContext.withCluster(spec).build()).run(options);
        PrintWriter out = out();
        ReleasePrinter.print(out, result.release(), "table", false, true);
        if (options.logs()) {
            out.println();
            for (ReleaseTestResult.PodLog l : result.logs()) {
                out.print("POD LOGS: " + l.pod() + " (" + l.container() + ")\n" + l.log() + "\n");
            }
        }
        out.flush();
        if (result.failure() != null) {
            throw result.failure();
        }
        return 0;
    }
}
