package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.HookPhase;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseHook;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTestTest {
    private final FakeKubeClient kube = new FakeKubeClient("ns1", Clock.systemUTC());
    private final Storage storage = new Storage(new MemoryDriver());

    @TempDir
    Path dir;

    private ActionContext context() {
        return ActionContext.builder().workingDir(dir).kube(new ReadyKubeClient(kube)).storage(storage).build();
    }

    private static String pod(String name, int weight, String policy) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  annotations:\n    helm.sh/hook: test\n"
                + "    helm.sh/hook-weight: \"" + weight + "\"\n"
                + (policy == null ? "" : "    helm.sh/hook-delete-policy: " + policy + "\n")
                + "spec:\n  initContainers: [{name: init, image: x}]\n  containers: [{name: main, image: x}]\n";
    }

    @BeforeEach
    void install() throws IOException {
        Path c = dir.resolve("tested");
        Files.createDirectories(c.resolve("templates/tests"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: tested\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/tests/a.yaml"), pod("t-ok", 0, "hook-succeeded"));
        Files.writeString(c.resolve("templates/tests/b.yaml"), pod("t-later", 5, null));
        Files.writeString(c.resolve("templates/tests/c.yaml"), pod("t-fail", 9, null));
        new Install(context()).run(InstallOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1").build());
    }

    private ReleaseTestResult test(List<String> filters, boolean logs) {
        return new ReleaseTest(context()).run(ReleaseTestOptions.withFilters("web", "ns1", Duration.ofSeconds(5), filters, logs));
    }

    private static HookPhase phase(Release r, String name) {
        ReleaseHook h = r.hooks().stream().filter(x -> x.hook().name().equals(name)).findFirst().orElseThrow();
        return h.lastRun() == null ? null : h.lastRun().phase();
    }

    @Test
    void aFailingTestIsRecordedAndReportedAfterTheOthersRan() {
        ReleaseTestResult r = test(List.of(), false);
        assertThat(r.failure()).hasMessage("resource Pod/ns1/t-fail not ready. status: Failed, message: pod t-fail failed");
        assertThat(phase(r.release(), "t-ok")).isEqualTo(HookPhase.SUCCEEDED);
        assertThat(phase(r.release(), "t-later")).isEqualTo(HookPhase.SUCCEEDED);
        assertThat(phase(r.release(), "t-fail")).isEqualTo(HookPhase.FAILED);
        assertThat(storage.last("web").hooks()).isEqualTo(r.release().hooks());
        // a failure deletes the tests that succeeded before it when their policy says hook-succeeded
        assertThat(kube.get(new ResourceRef(GroupVersionKind.of("v1", "Pod"), "ns1", "t-ok"))).isEmpty();
    }

    @Test
    void filtersChooseTheTestsAndSkippedOnesComeFirstInTheRecord() {
        ReleaseTestResult r = test(List.of("!name=t-fail"), false);
        assertThat(r.failure()).isNull();
        assertThat(r.release().hooks()).extracting(h -> h.hook().name()).first().isEqualTo("t-fail");
        assertThat(phase(r.release(), "t-fail")).isNull();
        ReleaseTestResult only = test(List.of("name=t-later"), false);
        assertThat(phase(only.release(), "t-later")).isEqualTo(HookPhase.SUCCEEDED);
        assertThat(only.release().hooks()).extracting(h -> h.hook().name()).last().isEqualTo("t-later");
    }

    @Test
    void logsAreReadByWeightBeforeTheCleanupAndAMissingLogIsHelmsError() {
        for (String p : List.of("t-ok", "t-later")) {
            kube.putPodLog("ns1", p, "init", p + " init\n");
            kube.putPodLog("ns1", p, "main", p + " main\n");
        }
        ReleaseTestResult r = test(List.of("!name=t-fail"), true);
        assertThat(r.failure()).isNull();
        assertThat(r.logs()).extracting(ReleaseTestResult.PodLog::pod, ReleaseTestResult.PodLog::container)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-ok", "init"), org.assertj.core.groups.Tuple.tuple("t-ok", "main"),
                        org.assertj.core.groups.Tuple.tuple("t-later", "init"), org.assertj.core.groups.Tuple.tuple("t-later", "main"));
        assertThat(kube.get(new ResourceRef(GroupVersionKind.of("v1", "Pod"), "ns1", "t-ok"))).isEmpty();
        ReleaseTestResult missing = test(List.of("name=t-fail"), true);
        assertThat(missing.failure()).hasMessage("resource Pod/ns1/t-fail not ready. status: Failed, message: pod t-fail failed\n"
                + "unable to get logs for pod t-fail, container init: pods \"t-fail\" not found\n"
                + "unable to get logs for pod t-fail, container main: pods \"t-fail\" not found");
    }

    @Test
    void anUnknownReleaseIsHelmsError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReleaseTest(context())
                .run(ReleaseTestOptions.withFilters("nope", "ns1", null, List.of(), false))).hasMessage("release: not found");
    }
}
