package io.helm4j.action;

import io.helm4j.chart.common.ApiVersions;
import io.helm4j.chart.common.Capabilities;
import io.helm4j.chart.common.HelmVersion;
import io.helm4j.chart.common.KubeVersion;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.release.Manifest;
import io.helm4j.release.SortedManifests;
import java.util.ArrayList;
import java.util.List;

/** A release's manifest as objects to apply, and a rendering as the manifest a release records (shared by diff and drift). */
final class ReleaseObjects {
    private ReleaseObjects() {
    }

    /** The objects of a manifest, namespaced ones placed in the release namespace, marked as the release's. */
    static List<Resource> applied(KubeClient kube, String manifest, String release, String namespace) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : placed(kube, manifest, namespace)) {
            out.add(Ownership.mark(r, release, namespace));
        }
        return out;
    }

    /** The objects of a manifest, namespaced ones placed in the release namespace. */
    static List<Resource> placed(KubeClient kube, String manifest, String namespace) {
        List<Resource> out = new ArrayList<>();
        if (manifest == null || manifest.isBlank()) {
            return out;
        }
        for (Resource r : kube.build(manifest)) {
            boolean namespaced = kube.mapping(r.gvk()).namespaced();
            out.add(namespaced && r.namespace().isEmpty() ? r.withNamespace(namespace) : r);
        }
        return out;
    }

    /** The manifest text a release records for rendered manifests (as install writes it). */
    static String manifest(SortedManifests sorted) {
        StringBuilder manifest = new StringBuilder();
        for (Manifest m : sorted.manifests()) {
            manifest.append("---\n# Source: ").append(m.name()).append('\n').append(m.content()).append("\n\n");
        }
        return manifest.toString();
    }

    static Capabilities capabilities(KubeClient kube) {
        io.helm4j.kube.KubeVersion v = kube.serverVersion();
        KubeVersion kv = new KubeVersion(v.gitVersion(), v.major(), v.minor());
        return new Capabilities(kv, new ApiVersions(kube.apiVersions()), HelmVersion.CURRENT);
    }
}
