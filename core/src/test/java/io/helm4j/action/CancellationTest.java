package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cancelled run's pending revision ends failed, and the run then writes nothing; an ended run is not cancelled. */
class CancellationTest {
    private static Release pending() {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T03:00:00Z");
        return new Release("web", new ReleaseInfo(t, t, null, "Preparing upgrade", ReleaseStatus.PENDING_UPGRADE, 0, "",
                null), null, null, "", List.of(), 2, "ns", Map.of(), "", null);
    }

    @Test
    void aPendingRevisionIsMarkedFailedOnceAndTheRunMayNotFinish() {
        Storage storage = new Storage(new MemoryDriver());
        storage.create(pending());
        Cancellation c = new Cancellation();
        assertThat(c.cancel()).isEmpty();
        c.started(storage, pending(), "Upgrade \"web\" failed: ", e -> { });
        assertThat(c.cancel()).isPresent();
        assertThat(storage.get("web", 2).status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(storage.get("web", 2).info().description()).isEqualTo("Upgrade \"web\" failed: context canceled");
        assertThat(c.cancel()).isEmpty();
        assertThat(c.finish()).isFalse();
    }

    @Test
    void aRunThatIsWritingHowItEndedIsNotCancelled() {
        Storage storage = new Storage(new MemoryDriver());
        storage.create(pending());
        Cancellation c = new Cancellation();
        c.started(storage, pending(), "Upgrade \"web\" failed: ", e -> { });
        assertThat(c.finish()).isTrue();
        assertThat(c.cancel()).isEmpty();
        assertThat(storage.get("web", 2).status()).isEqualTo(ReleaseStatus.PENDING_UPGRADE);
    }
}
