package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.common.ApiVersions;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.chart.common.HelmVersion;
import io.helm4j.chart.common.KubeVersion;
import io.helm4j.kube.KubeClient;
import io.helm4j.release.Manifest;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseChart;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseHook;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Storage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The release-record steps install, upgrade and rollback share: the manifest and hooks of a rendering
 * as Helm stores them, the cluster's capabilities, the custom labels, the pending-operation lock and
 * the size check of a record before anything is applied.
 */
final class ReleaseSteps {
    /** The most a Secret or ConfigMap may hold (Kubernetes' {@code MaxSecretSize}, and a ConfigMap's data limit). */
    static final int MAX_RECORD_BYTES = 1024 * 1024;

    /** Helm's system labels of a release's storage object, which {@code --labels} may not set. */
    static final List<String> SYSTEM_LABELS = List.of("name", "owner", "status", "version", "createdAt",
            "modifiedAt");

    private ReleaseSteps() {
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), clock.getZone());
    }

    /** The manifest of a rendering as Helm 4 stores it: each document after {@code ---} and its {@code # Source:}. */
    static String manifest(RenderStep.Rendered r) {
        StringBuilder manifest = new StringBuilder();
        for (Manifest m : r.sorted().manifests()) {
            // Helm 4's split keeps each document's trailing whitespace (Manifests): a final newline makes a blank line
            manifest.append("---\n# Source: ").append(m.name()).append('\n').append(m.content()).append('\n');
        }
        return manifest.toString();
    }

    /** The hooks of a rendering, none run yet. */
    static List<ReleaseHook> hooks(RenderStep.Rendered r) {
        List<ReleaseHook> hooks = new ArrayList<>();
        r.sorted().hooks().forEach(h -> hooks.add(new ReleaseHook(h, null)));
        return hooks;
    }

    /** {@code .Capabilities} from the cluster: its version and every API version it serves. */
    static Capabilities capabilities(KubeClient kube) {
        io.helm4j.kube.KubeVersion v = kube.serverVersion();
        KubeVersion kv = new KubeVersion(v.gitVersion(), v.major(), v.minor());
        return new Capabilities(kv, new ApiVersions(kube.apiVersions()), HelmVersion.CURRENT);
    }

    /** The chart a record keeps, as a chart again (the top chart only, as Helm stores it). */
    static Chart chart(ReleaseChart c) {
        return new Chart(c.metadata(), null, List.of(), c.values(), c.schema(), List.of(), List.of());
    }

    /** Helm's {@code ContainsSystemLabels} check of {@code --labels}. */
    static void checkUserLabels(Map<String, String> labels) {
        for (String k : labels.keySet()) {
            if (SYSTEM_LABELS.contains(k)) {
                throw new Helm4jException("user supplied labels contains system reserved label name. System labels: "
                        + "[" + String.join(" ", SYSTEM_LABELS) + "]");
            }
        }
    }

    /** Helm's {@code mergeCustomLabels}: the release's labels, then the new ones; a value {@code null} unsets. */
    static Map<String, String> mergeLabels(Map<String, String> current, Map<String, String> desired) {
        Map<String, String> out = new LinkedHashMap<>(current);
        out.putAll(desired);
        out.values().removeIf("null"::equals);
        return out;
    }

    /**
     * Helm's {@code errPending}: a revision still pending means another operation runs, or one was cut
     * off; helm4j adds how to get out of it.
     */
    static void checkNotPending(Release last) {
        if (last.status() != null && last.status().isPending()) {
            throw new PendingOperationException(last);
        }
    }

    /**
     * A record the Secret or ConfigMap driver could not store (over 1 MiB once gzipped and base64-encoded)
     * is refused before anything is applied, instead of failing after the objects changed.
     */
    static void checkRecordSize(Storage storage, Release release) {
        String driver = storage.driver().name();
        if (!driver.equals("Secret") && !driver.equals("ConfigMap")) {
            return;
        }
        int size = ReleaseCodec.encode(release).length();
        if (size > MAX_RECORD_BYTES) {
            throw new Helm4jException("release \"" + release.name() + "\" revision " + release.version()
                    + " is too large to store: its record is " + size + " bytes (gzipped, base64-encoded), over the "
                    + MAX_RECORD_BYTES + "-byte limit of a Kubernetes " + driver + "; nothing was applied. Make the "
                    + "chart smaller (large files under files/ or templates/ are stored in every revision), or use "
                    + "HELM_DRIVER=sql");
        }
    }

    /** The highest revision of a history. */
    static Release last(List<Release> history) {
        return history.stream().max(java.util.Comparator.comparingInt(Release::version)).orElseThrow();
    }

    /** Whether a release's last revision was uninstalled (kept with {@code --keep-history}). */
    static boolean uninstalled(List<Release> history) {
        return !history.isEmpty() && last(history).status() == ReleaseStatus.UNINSTALLED;
    }
}
