package io.helm4j.kube;

import io.helm4j.internal.patch.PatchSchema;
import io.helm4j.internal.patch.StrategicMergePatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory {@link KubeClient} for unit tests of storage and actions: objects keyed by group,
 * kind, namespace and name; label selectors; the built-in kinds' mappings, and those of every
 * CustomResourceDefinition applied or created through it. Apply replaces what the object had
 * (keeping its uid, creation time and status) and records the manager with operation
 * {@code Apply}; field ownership and conflicts are not modelled (use a real API server for those).
 * Dry runs answer without storing. Every write is logged in {@link #operations()}.
 */
public final class FakeKubeClient implements KubeClient {
    private final String namespace;
    private final Clock clock;
    private final Map<String, ResourceMapping> mappings = new ConcurrentHashMap<>();
    private final Map<String, Resource> objects = new LinkedHashMap<>();
    private final Map<String, String> logs = new ConcurrentHashMap<>();
    private final List<String> operations = new ArrayList<>();
    private final AtomicLong resourceVersion = new AtomicLong(1000);

    public FakeKubeClient(String namespace, Clock clock) {
        this.namespace = namespace;
        this.clock = clock;
        BuiltinKinds.all().forEach(this::addMapping);
    }

    /** Namespace {@code default}, the system clock. */
    public FakeKubeClient() {
        this("default", Clock.systemUTC());
    }

    /** Makes a kind known, as a CRD would. */
    public void addMapping(ResourceMapping m) {
        mappings.put(groupKind(m.gvk()), m);
    }

    /** Every write so far, in order: {@code apply ns/name apps/v1, Kind=Deployment}, with {@code (dry run)} when so. */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    /** Every stored object, in creation order. */
    public synchronized List<Resource> objects() {
        return List.copyOf(objects.values());
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public ResourceMapping mapping(GroupVersionKind gvk) {
        ResourceMapping m = mappings.get(groupKind(gvk));
        if (m == null) {
            throw new NoKindMatchException(gvk);
        }
        return new ResourceMapping(gvk, m.resource(), m.namespaced());
    }

    @Override
    public List<String> apiVersions() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        mappings.values().forEach(m -> {
            out.add(m.gvk().apiVersion());
            out.add(m.gvk().apiVersion() + "/" + m.gvk().kind());
        });
        return List.copyOf(out);
    }

    @Override
    public KubeVersion serverVersion() {
        return new KubeVersion("1", "32", "v1.32.0");
    }

    @Override
    public synchronized Optional<Resource> get(ResourceRef ref) {
        return Optional.ofNullable(objects.get(key(ref)));
    }

    @Override
    public synchronized List<Resource> list(GroupVersionKind gvk, String ns, String labelSelector) {
        ResourceMapping m = mapping(gvk);
        LabelSelector selector = LabelSelector.parse(labelSelector);
        return objects.values().stream()
                .filter(r -> groupKind(r.gvk()).equals(groupKind(gvk)))
                .filter(r -> !m.namespaced() || ns == null || ns.isEmpty() || ns.equals(r.namespace()))
                .filter(r -> selector.matches(r.labels()))
                .toList();
    }

    @Override
    public synchronized Resource apply(Resource resource, ApplyOptions options) {
        Resource r = placed(resource);
        Resource existing = objects.get(key(r.ref()));
        Resource stored = stamp(r, existing, options.fieldManager(), "Apply");
        log("apply", r.ref(), options.dryRun());
        return options.dryRun() ? stored : store(stored);
    }

    @Override
    public synchronized Resource create(Resource resource, WriteOptions options) {
        Resource r = placed(resource);
        if (objects.containsKey(key(r.ref()))) {
            throw new KubeAlreadyExistsException(mapping(r.gvk()).resource() + " \"" + r.name() + "\" already exists");
        }
        Resource stored = stamp(r, null, options.fieldManager(), "Update");
        log("create", r.ref(), options.dryRun());
        return options.dryRun() ? stored : store(stored);
    }

    /** Merge patches, strategic merge patches of built-in kinds, and JSON patches ({@code add}, {@code replace}, {@code remove}, {@code test} at object paths). */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized Resource patch(ResourceRef ref, PatchType type, String patch, WriteOptions options) {
        Resource existing = objects.get(key(ref));
        if (existing == null) {
            throw new KubeNotFoundException(mapping(ref.gvk()).resource() + " \"" + ref.name() + "\" not found");
        }
        Map<String, Object> patched = switch (type) {
            case MERGE -> (Map<String, Object>) JsonMergePatch.apply(existing.object(), KubeJson.parse(patch));
            case JSON -> jsonPatch(existing.mutableCopy(), (List<Object>) KubeJson.parse(patch));
            case STRATEGIC -> StrategicMergePatch.apply(existing.object(), KubeJson.parseObject(patch),
                    PatchSchema.forKind(ref.gvk().group(), ref.gvk().version(), ref.gvk().kind())
                            .orElseThrow(() -> new KubeException(415, "UnsupportedMediaType",
                            "the body of the request was in an unknown format - accepted media types include: "
                                    + "application/json-patch+json, application/merge-patch+json, "
                                    + "application/apply-patch+yaml")));
        };
        Resource stored = type == PatchType.JSON ? new Resource(patched)
                : stamp(new Resource(patched), existing, options.fieldManager(), "Update");
        log("patch", placed(ref), options.dryRun());
        return options.dryRun() ? stored : store(stored);
    }

    @Override
    public synchronized Resource replace(Resource resource, WriteOptions options) {
        Resource r = placed(resource);
        Resource existing = objects.get(key(r.ref()));
        if (existing == null) {
            throw new KubeNotFoundException(mapping(r.gvk()).resource() + " \"" + r.name() + "\" not found");
        }
        Resource stored = stamp(r, existing, options.fieldManager(), "Update");
        log("replace", r.ref(), options.dryRun());
        return options.dryRun() ? stored : store(stored);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonPatch(Map<String, Object> object, List<Object> ops) {
        for (Object o : ops) {
            Map<String, Object> op = (Map<String, Object>) o;
            String[] path = ((String) op.get("path")).substring(1).split("/");
            Map<String, Object> parent = object;
            for (int i = 0; i < path.length - 1; i++) {
                parent = (Map<String, Object>) parent.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
            }
            String last = path[path.length - 1];
            switch ((String) op.get("op")) {
                case "add", "replace" -> parent.put(last, op.get("value"));
                case "remove" -> parent.remove(last);
                case "test" -> {
                    if (!java.util.Objects.equals(parent.get(last), op.get("value"))) {
                        throw new KubeConflictException("the object has been modified", List.of());
                    }
                }
                default -> throw new KubeException(422, "Invalid", "unsupported JSON patch op " + op.get("op"));
            }
        }
        return object;
    }

    @Override
    public synchronized boolean delete(ResourceRef ref, DeleteOptions options) {
        String k = key(ref);
        if (!objects.containsKey(k)) {
            return false;
        }
        log("delete", placed(ref), options.dryRun());
        if (!options.dryRun()) {
            objects.remove(k);
        }
        return true;
    }

    @Override
    public void close() {
    }

    private Resource store(Resource r) {
        objects.put(key(r.ref()), r);
        if (r.kind().equals("CustomResourceDefinition")) {
            FakeCrds.mappings(r).forEach(this::addMapping);
        }
        return r;
    }

    /** Sets the server-owned metadata: uid, creation time and status kept from the existing object. */
    private Resource stamp(Resource r, Resource existing, String manager, String operation) {
        Map<String, Object> o = r.mutableCopy();
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) o.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        meta.put("uid", existing == null ? java.util.UUID.randomUUID().toString() : existing.uid());
        meta.put("resourceVersion", Long.toString(resourceVersion.incrementAndGet()));
        meta.put("creationTimestamp", existing == null
                ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                : existing.metadata().get("creationTimestamp"));
        meta.put("managedFields", List.of(Map.of("manager", manager, "operation", operation,
                "apiVersion", r.apiVersion(), "fieldsType", "FieldsV1")));
        if (existing != null && existing.object().containsKey("status")) {
            o.put("status", existing.object().get("status"));
        }
        return new Resource(o);
    }

    /** The object with its namespace as the server would have it. */
    private Resource placed(Resource r) {
        boolean namespaced = mapping(r.gvk()).namespaced();
        return r.withNamespace(namespaced ? (r.namespace().isEmpty() ? namespace : r.namespace()) : "");
    }

    private ResourceRef placed(ResourceRef ref) {
        boolean namespaced = mapping(ref.gvk()).namespaced();
        return new ResourceRef(ref.gvk(), namespaced ? (ref.namespace().isEmpty() ? namespace : ref.namespace()) : "",
                ref.name());
    }

    private String key(ResourceRef ref) {
        ResourceRef p = placed(ref);
        return groupKind(p.gvk()) + "/" + p.namespace() + "/" + p.name();
    }

    private void log(String verb, ResourceRef ref, boolean dryRun) {
        operations.add(verb + " " + ref + (dryRun ? " (dry run)" : ""));
    }

    private static String groupKind(GroupVersionKind gvk) {
        return gvk.group() + "/" + gvk.kind();
    }

    /** Sets what {@link #podLogs} answers for one container of a pod. */
    public void putPodLog(String namespace, String pod, String container, String log) {
        logs.put(namespace + "/" + pod + "/" + container, log);
    }

    @Override
    public String podLogs(String namespace, String pod, String container) {
        String log = logs.get(namespace + "/" + pod + "/" + container);
        if (log == null) {
            throw new KubeNotFoundException("pods \"" + pod + "\" not found");
        }
        return log;
    }
}
