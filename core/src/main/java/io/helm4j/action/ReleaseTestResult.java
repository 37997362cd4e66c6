package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.release.Release;
import java.util.List;

/**
 * What {@code helm test} did: the release as recorded after the run (every hook, each test with its
 * last run), the test pods' logs when asked ({@link PodLog}s in Helm's order: by weight, each pod's
 * init containers then containers), and {@code failure}: the failing test (or the logs that could not
 * be read), null when all passed. Helm prints the release and the logs before it reports a failure.
 */
public record ReleaseTestResult(Release release, List<PodLog> logs, Helm4jException failure) {
    public ReleaseTestResult {
        logs = List.copyOf(logs);
    }

    /** One container's log: Helm prints it as {@code POD LOGS: pod (container)}, the log, then an empty line. */
    public record PodLog(String pod, String container, String log) {
    }
}
