package io.helm4j.diff;

import io.helm4j.kube.KubeClient;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Whether the objects a plan was computed against are still as they were (the same {@code resourceVersion}). */
public final class ResourceVersions {
    private ResourceVersions() {
    }

    /** One object that changed since the plan: its reference, its version then and now ("" for absent). */
    public record Changed(ResourceRef ref, String planned, String now) {
        /** For a message: {@code Deployment "web" in namespace "ns" (edited: resourceVersion 12, now 15)}. */
        public String describe() {
            String where = ref.namespace().isEmpty() ? "" : " in namespace \"" + ref.namespace() + "\"";
            String what = planned.isEmpty() ? "created since the plan"
                    : now.isEmpty() ? "deleted since the plan"
                    : "changed since the plan: resourceVersion " + planned + ", now " + now;
            return ref.gvk().kind() + " \"" + ref.name() + "\"" + where + " (" + what + ")";
        }
    }

    /** The objects of {@code versions} whose {@code resourceVersion} on the cluster is not the planned one, in a stable order. */
    public static List<Changed> changed(KubeClient kube, Map<ResourceRef, String> versions) {
        List<ResourceRef> refs = new ArrayList<>(versions.keySet());
        refs.sort(Comparator.comparing(ChangeSetEngine::key));
        LiveObjects live = LiveObjects.readRefs(kube, refs);
        List<Changed> out = new ArrayList<>();
        for (ResourceRef r : refs) {
            String now = live.get(r).map(Resource::resourceVersion).orElse("");
            if (!now.equals(versions.get(r))) {
                out.add(new Changed(r, versions.get(r), now));
            }
        }
        return out;
    }
}
