package io.helm4j.storage;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Small releases for storage tests. */
final class Releases {
    private Releases() {
    }

    static Release release(String name, int version, ReleaseStatus status) {
        return release(name, version, status, "default");
    }

    static Release release(String name, int version, ReleaseStatus status, String namespace) {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T03:00:00.5Z").plusSeconds(version);
        return new Release(name, new ReleaseInfo(t, t, null, "rev " + version, status, 0, "", null), null, null,
                "", List.of(), version, namespace, Map.of(), "", null);
    }
}
