package io.helm4j.cli;

import io.helm4j.release.HookEvent;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseHook;
import io.helm4j.gostd.Strings;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Helm 4's release summary ({@code install}, {@code status}): {@code NAME:}, {@code LAST DEPLOYED:}... and NOTES. */
final class ReleasePrinter {
    /** Go's {@code time.ANSIC}: {@code Mon Jan _2 15:04:05 2006}. */
    private static final DateTimeFormatter ANSIC = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ROOT);

    private ReleasePrinter() {
    }

    static String ansic(OffsetDateTime t) {
        return t == null ? "Mon Jan  1 00:00:00 0001" : ANSIC.format(t);
    }

    /** Prints in {@code format} (table, json, yaml); {@code withManifests} for dry runs (HOOKS and MANIFEST). */
    static void print(PrintWriter out, Release r, String format, boolean withManifests, boolean hideNotes) {
        switch (format) {
            case "json" -> out.println(ReleaseCodec.toJson(r));
            case "yaml" -> out.print(io.helm4j.yaml.GoYaml.toYaml(io.helm4j.yaml.GoYaml.load(ReleaseCodec.toJson(r))));
            default -> table(out, r, withManifests, hideNotes);
        }
        out.flush();
    }

    private static void table(PrintWriter out, Release r, boolean withManifests, boolean hideNotes) {
        table(out, r, withManifests, hideNotes, false, null, null);
    }

    /**
     * Helm 4's {@code helm get all}: the summary with the chart's name and versions, the user-supplied and
     * computed values, the hooks and the manifest, then the notes.
     */
    static void printAll(PrintWriter out, Release r, Map<String, Object> computed) {
        table(out, r, true, false, true, computed, null);
        out.flush();
    }

    /** Helm 4's {@code helm status} table: the summary, its RESOURCES section ({@code resources}), the notes. */
    static void printStatus(PrintWriter out, Release r, String resources) {
        table(out, r, false, false, false, null, resources);
        out.flush();
    }

    private static void table(PrintWriter out, Release r, boolean withManifests, boolean hideNotes, boolean metadata,
            Map<String, Object> computed, String resources) {
        out.println("NAME: " + r.name());
        if (r.info() != null && r.info().lastDeployed() != null) {
            out.println("LAST DEPLOYED: " + ansic(r.info().lastDeployed()));
        }
        out.println("NAMESPACE: " + r.namespace());
        out.println("STATUS: " + r.status());
        out.println("REVISION: " + r.version());
        if (metadata) {
            var m = r.chart() == null ? null : r.chart().metadata();
            out.println("CHART: " + (m == null || m.name() == null ? "" : m.name()));
            out.println("VERSION: " + (m == null || m.version() == null ? "" : m.version()));
            out.println("APP_VERSION: " + (m == null || m.appVersion() == null ? "" : m.appVersion()));
        }
        if (r.info() != null && !r.info().description().isEmpty()) {
            out.println("DESCRIPTION: " + r.info().description());
        }
        if (resources != null && !resources.isEmpty()) {
            out.print("RESOURCES:\n" + resources + "\n");
        }
        testSuite(out, r);
        if (computed != null) {
            Object config = r.config() == null || r.config().isEmpty() ? null : r.config();
            out.print("USER-SUPPLIED VALUES:\n" + (config == null ? "null\n" : io.helm4j.yaml.GoYaml.toYaml(config)) + "\n");
            out.print("COMPUTED VALUES:\n" + io.helm4j.yaml.GoYaml.toYaml(computed) + "\n");
        }
        if (withManifests) {
            out.println("HOOKS:");
            for (ReleaseHook h : r.hooks()) {
                out.print("---\n# Source: " + h.hook().path() + "\n" + h.hook().manifest() + "\n");
            }
            out.print("MANIFEST:\n" + r.manifest() + "\n");
        }
        String notes = r.info() == null ? "" : r.info().notes();
        if (!notes.isEmpty() && !hideNotes) {
            out.print("NOTES:\n" + Strings.trimSpace(notes) + "\n");
        }
    }

    private static void testSuite(PrintWriter out, Release r) {
        boolean any = false;
        for (ReleaseHook h : r.hooks()) {
            if (!h.hook().events().contains(HookEvent.TEST)) {
                continue;
            }
            any = true;
            if (h.lastRun().startedAt() == null) {
                continue;
            }
            out.print("TEST SUITE:     " + h.hook().name() + "\nLast Started:   " + ansic(h.lastRun().startedAt())
                    + "\nLast Completed: " + ansic(h.lastRun().completedAt()) + "\nPhase:          "
                    + (h.lastRun().phase() == null ? "" : h.lastRun().phase().label()) + "\n");
        }
        if (!any) {
            out.println("TEST SUITE: None");
        }
    }
}
