package io.helm4j.action;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeVersion;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceMapping;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FakeKubeClient} whose controllers finish at once: a CRD read back is established and a Job
 * complete and a Pod succeeded (or failed, when its name ends in {@code -fail}), as the real cluster's would be after a while.
 */
record ReadyKubeClient(FakeKubeClient fake, java.util.function.Consumer<String> warnings) implements KubeClient {
    ReadyKubeClient(FakeKubeClient fake) {
        this(fake, text -> { });
    }

    /** As an API server's warnings: an object written with an annotation {@code test/warn} is answered with its value. */
    @Override
    public KubeClient withWarnings(java.util.function.Consumer<String> handler) {
        return new ReadyKubeClient(fake, handler);
    }

    private Resource warned(Resource written) {
        String w = written.annotations().get("test/warn");
        if (w != null) {
            warnings.accept(w);
        }
        return written;
    }

    @Override public String namespace() { return fake.namespace(); }
    @Override public ResourceMapping mapping(GroupVersionKind gvk) { return fake.mapping(gvk); }
    @Override public List<String> apiVersions() { return fake.apiVersions(); }
    @Override public KubeVersion serverVersion() { return fake.serverVersion(); }
    @Override public List<Resource> list(GroupVersionKind g, String ns, String sel) { return fake.list(g, ns, sel); }
    @Override public Resource apply(Resource r, ApplyOptions o) { return warned(fake.apply(r, o)); }
    @Override public Resource create(Resource r, WriteOptions o) { return warned(fake.create(r, o)); }
    @Override public boolean delete(ResourceRef ref, DeleteOptions o) { return fake.delete(ref, o); }
    @Override public Resource patch(ResourceRef ref, io.helm4j.kube.PatchType t, String p, WriteOptions o) {
        return warned(fake.patch(ref, t, p, o));
    }
    @Override public Resource replace(Resource r, WriteOptions o) { return warned(fake.replace(r, o)); }
    @Override public void close() { }

    @Override
    public Optional<Resource> get(ResourceRef ref) {
        return fake.get(ref).map(r -> switch (r.kind()) {
            case "CustomResourceDefinition" -> withCondition(r, "Established");
            case "Job" -> withCondition(r, r.name().endsWith("-fail") ? "Failed" : "Complete");
            case "Pod" -> withPhase(r, r.name().endsWith("-fail") ? "Failed" : "Succeeded");
            default -> r;
        });
    }

    @Override
    public String podLogs(String namespace, String pod, String container) {
        return fake.podLogs(namespace, pod, container);
    }

    private static Resource withPhase(Resource r, String phase) {
        Map<String, Object> copy = r.mutableCopy();
        copy.put("status", Map.of("phase", phase));
        return new Resource(copy);
    }

    private static Resource withCondition(Resource r, String type) {
        Map<String, Object> copy = r.mutableCopy();
        copy.put("status", Map.of("conditions", List.of(Map.of("type", type, "status", "True"))));
        return new Resource(copy);
    }
}
