package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.kube.KubeException;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Driver;
import io.helm4j.storage.Storage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The last writes of an operation (failed, superseded, deployed) when the API server does not answer for a moment, or
 * at all, or refuses.
 */
class RecordWritesTest {
    private static Release release(ReleaseStatus status) {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T03:00:00Z");
        return new Release("web", new ReleaseInfo(t, t, null, "d", status, 0, "", null), null, null, "", List.of(), 2,
                "ns", Map.of(), "", null);
    }

    /** A driver whose updates fail with {@code error} the first {@code failures} times. */
    private static final class Flaky implements Driver {
        final List<Release> written = new ArrayList<>();
        int failures;
        final KubeException error;

        Flaky(int failures, KubeException error) {
            this.failures = failures;
            this.error = error;
        }

        @Override public String name() { return "Secret"; }
        @Override public Release get(String key) { throw new UnsupportedOperationException(); }
        @Override public List<Release> list(Predicate<Release> filter) { return List.of(); }
        @Override public List<Release> query(Map<String, String> labels) { return List.of(); }
        @Override public void create(String key, Release release) { throw new UnsupportedOperationException(); }
        @Override public Release delete(String key) { throw new UnsupportedOperationException(); }

        @Override
        public void update(String key, Release release) {
            if (failures-- > 0) {
                throw error;
            }
            written.add(release);
        }
    }

    private static final KubeException REFUSED = new KubeException(0, "",
            "Get \"https://127.0.0.1:1/x\": dial tcp 127.0.0.1:1: connect: connection refused");

    @Test
    void aShortOutageIsWaitedOutAndTheReleaseEndsFailed() {
        Flaky driver = new Flaky(2, REFUSED);
        List<Event> events = new ArrayList<>();
        RecordWrites.failed(new Storage(driver), release(ReleaseStatus.FAILED), new Helm4jException("boom"),
                events::add);
        assertThat(driver.written).extracting(r -> r.status()).containsExactly(ReleaseStatus.FAILED);
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(((Event.Warning) e).message())
                .startsWith("cannot mark release \"web\" failed, the API server did not answer (")
                .endsWith("connection refused); trying again"));
    }

    @Test
    void anAnsweredErrorIsNotRetriedAndTheMessageSaysHowToRecover() {
        Flaky driver = new Flaky(1, new KubeException(403, "Forbidden", "secrets \"x\" is forbidden"));
        List<Event> events = new ArrayList<>();
        assertThatThrownBy(() -> RecordWrites.failed(new Storage(driver), release(ReleaseStatus.FAILED),
                new Helm4jException("boom"), events::add))
                .hasMessage("boom; and the release could not be marked failed: secrets \"x\" is forbidden: revision 2 "
                        + "of \"web\" is left pending; when the cluster answers again, roll back with "
                        + "\"helm rollback web 1\"");
        assertThat(events).isEmpty();
        assertThat(driver.written).isEmpty();
    }

    @Test
    void theFinalWritesWaitOutAShortOutageSoTheReleaseEndsDeployed() {
        Flaky driver = new Flaky(1, REFUSED);
        List<Event> events = new ArrayList<>();
        Storage storage = new Storage(driver);
        RecordWrites.superseded(storage, release(ReleaseStatus.SUPERSEDED), events::add);
        driver.failures = 2;
        RecordWrites.deployed(storage, release(ReleaseStatus.DEPLOYED), events::add);
        assertThat(driver.written).extracting(Release::status)
                .containsExactly(ReleaseStatus.SUPERSEDED, ReleaseStatus.DEPLOYED);
        assertThat(events).extracting(Event::message).hasSize(3)
                .allSatisfy(m -> assertThat(m).endsWith("connection refused); trying again"))
                .first().asString().startsWith("cannot mark release \"web\" superseded, the API server did not answer");
    }

    @Test
    void aSupersededWriteThatStillFailsIsLoggedAsHelmDoesAndADeployedOneSaysHowToRecover() {
        Flaky driver = new Flaky(1, new KubeException(403, "Forbidden", "secrets \"x\" is forbidden"));
        List<Event> events = new ArrayList<>();
        Storage storage = new Storage(driver);
        RecordWrites.superseded(storage, release(ReleaseStatus.SUPERSEDED), events::add);
        assertThat(events).singleElement().isEqualTo(new Event.Log("WARN", "failed to update release",
                List.of("name", "web", "revision", "2", "error", "secrets \"x\" is forbidden")));
        driver.failures = 1;
        assertThatThrownBy(() -> RecordWrites.deployed(storage, release(ReleaseStatus.DEPLOYED), events::add))
                .hasMessage("secrets \"x\" is forbidden: the release was applied but could not be marked deployed: "
                        + "revision 2 of \"web\" is left pending; when the cluster answers again, roll back with "
                        + "\"helm rollback web 1\"");
        assertThat(driver.written).isEmpty();
    }
}
