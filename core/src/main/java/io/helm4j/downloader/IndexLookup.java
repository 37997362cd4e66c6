package io.helm4j.downloader;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;
import io.helm4j.repo.ChartVersion;
import io.helm4j.repo.IndexFile;
import java.util.List;

/** Helm's {@code IndexFile.Get}: an exact version first, else the newest version the constraint admits. */
final class IndexLookup {
    private IndexLookup() {
    }

    static ChartVersion get(IndexFile index, String name, String version, EventSink events) {
        List<ChartVersion> versions = index.entries().get(name);
        if (versions == null) {
            throw new Helm4jException("no chart name found");
        }
        if (versions.isEmpty()) {
            throw new Helm4jException("no chart version found");
        }
        SemConstraint constraint = SemConstraint.parse(version.isEmpty() ? "*" : version);
        if (!version.isEmpty()) {
            for (ChartVersion v : versions) {
                if (version.equals(v.version())) {
                    return v;
                }
            }
        }
        for (ChartVersion v : versions) {
            SemVersion sv;
            try {
                sv = SemVersion.parse(v.version());
            } catch (RuntimeException e) {
                continue;
            }
            if (constraint.check(sv)) {
                if (!version.isEmpty() && !isVersionRange(version)) {
                    events.emit(new Event.Log("WARN", "unable to find exact version requested; falling back to "
                            + "closest available version"));
                }
                return v;
            }
        }
        throw new Helm4jException("no chart version found for " + name + "-" + version);
    }

    /** Helm's {@code isVersionRange}. */
    static boolean isVersionRange(String v) {
        if (v.chars().anyMatch(c -> "^~<>=!*".indexOf(c) >= 0) || v.contains("||") || v.contains(" - ")) {
            return true;
        }
        String core = v;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '-' || v.charAt(i) == '+') {
                core = v.substring(0, i);
                break;
            }
        }
        return core.indexOf('x') >= 0 || core.indexOf('X') >= 0;
    }
}
