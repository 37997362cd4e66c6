package io.helm4j.release;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One revision of a release, as Helm 4 stores it ({@code helm.sh/helm/v4/pkg/release/v1.Release}):
 * the name, {@link ReleaseInfo info}, the {@link ReleaseChart chart}, the user-supplied values
 * ({@code config}: JSON-shaped, null or empty when none), the rendered manifest, the hooks, the
 * revision ({@code version}), the namespace, the apply method ({@code "ssa"}, {@code "csa"} or ""
 * for unset, which Helm treats as client-side apply), and the format it is written in.
 *
 * <p>{@code labels} are not part of the JSON: they live on the storage object. A record read by a
 * driver carries the labels that driver returns as Helm's does (Helm's {@code Get} drops the
 * system labels {@code name, owner, status, version, createdAt, modifiedAt}; {@code List} and
 * {@code Query} keep them all).
 */
public record Release(String name, ReleaseInfo info, ReleaseChart chart, Map<String, Object> config, String manifest,
        List<ReleaseHook> hooks, int version, String namespace, Map<String, String> labels, String applyMethod,
        RecordFormat format) {

    /** Helm's {@code ApplyMethodServerSideApply}. */
    public static final String APPLY_METHOD_SSA = "ssa";
    /** Helm's {@code ApplyMethodClientSideApply}. */
    public static final String APPLY_METHOD_CSA = "csa";

    public Release {
        name = name == null ? "" : name;
        config = Frozen.map(config);
        manifest = manifest == null ? "" : manifest;
        hooks = hooks == null ? List.of() : List.copyOf(hooks);
        namespace = namespace == null ? "" : namespace;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        applyMethod = applyMethod == null ? "" : applyMethod;
        format = Objects.requireNonNullElse(format, RecordFormat.HELM4);
    }

    /** The status, or null when the record has no info or no status. */
    public ReleaseStatus status() {
        return info == null ? null : info.status();
    }

    /** This release with another info. */
    public Release withInfo(ReleaseInfo newInfo) {
        return new Release(name, newInfo, chart, config, manifest, hooks, version, namespace, labels, applyMethod,
                format);
    }

    /** This release with another status and description (Helm's {@code SetStatus}). */
    public Release withStatus(ReleaseStatus status, String description) {
        ReleaseInfo base = info == null ? new ReleaseInfo(null, null, null, "", null, 0, "", null) : info;
        return withInfo(base.withStatus(status, description));
    }

    /** This release with other labels (the storage object's custom labels). */
    public Release withLabels(Map<String, String> newLabels) {
        return new Release(name, info, chart, config, manifest, hooks, version, namespace, newLabels, applyMethod,
                format);
    }

    /** This release with other hooks (after a hook ran, say). */
    public Release withHooks(List<ReleaseHook> newHooks) {
        return new Release(name, info, chart, config, manifest, newHooks, version, namespace, labels, applyMethod,
                format);
    }

    /** This release written in another format (Helm 4 writes every record it touches as Helm 4). */
    public Release withFormat(RecordFormat newFormat) {
        return new Release(name, info, chart, config, manifest, hooks, version, namespace, labels, applyMethod,
                newFormat);
    }
}
