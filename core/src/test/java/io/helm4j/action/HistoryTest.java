package io.helm4j.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helm4j.Helm4jException;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private final Storage storage = new Storage(new MemoryDriver());

    @TempDir
    Path dir;

    private ActionContext context() {
        return ActionContext.builder().clock(clock).workingDir(dir).kube(new FakeKubeClient("ns1", clock))
                .storage(storage).build();
    }

    private void record(int version, ReleaseStatus status, String manifest) {
        OffsetDateTime at = OffsetDateTime.now(clock).plusMinutes(version);
        storage.create(new Release("web", new ReleaseInfo(at, at, null, "rev " + version, status, 0, "", null), null,
                Map.of(), manifest, List.of(), version, "ns1", Map.of(), "", null));
    }

    private List<Integer> versions(int max) {
        return new History(context()).run(new HistoryOptions("web", "", max)).revisions().stream()
                .map(Release::version).toList();
    }

    @Test
    void theNewestMaxRevisionsOldestFirst() {
        record(3, ReleaseStatus.DEPLOYED, "m");
        record(1, ReleaseStatus.SUPERSEDED, "m");
        record(2, ReleaseStatus.SUPERSEDED, "m");
        assertEquals(List.of(1, 2, 3), versions(256));
        assertEquals(List.of(2, 3), versions(2));
        assertEquals(List.of(), versions(0));
    }

    @Test
    void revisionsWithoutAManifestAreLeftOutButStillCountTowardsMax() {
        record(1, ReleaseStatus.SUPERSEDED, "m");
        record(2, ReleaseStatus.SUPERSEDED, "");
        record(3, ReleaseStatus.DEPLOYED, "m");
        assertEquals(List.of(1, 3), versions(256));
        assertEquals(List.of(3), versions(2));
    }

    @Test
    void anUnknownReleaseIsNotFound() {
        Helm4jException e = assertThrows(Helm4jException.class, () -> versions(256));
        assertEquals("release: not found", e.getMessage());
    }

    @Test
    void anInvalidNameIsRefusedBeforeTheStorageIsRead() {
        Helm4jException e = assertThrows(Helm4jException.class,
                () -> new History(context()).run(new HistoryOptions("Bad_Name", "", 256)));
        assertEquals("release name is invalid: Bad_Name", e.getMessage());
    }
}
