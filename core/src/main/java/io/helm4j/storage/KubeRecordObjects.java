package io.helm4j.storage;

import io.helm4j.kube.ApplyOptions;
import io.helm4j.kube.DeleteOptions;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeAlreadyExistsException;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.kube.WriteOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@link RecordObjects} over a {@link KubeClient}: the Secrets or ConfigMaps of one namespace ("" for
 * every namespace on {@link #list}; writes then go to the client's namespace). A Secret's
 * {@code data.release} is base64 once more on the wire; this class adds and removes that layer.
 *
 * <p>{@link #update} is Helm's PUT of the whole object, done as a read (for the 404) and a forced
 * server-side apply of the full object by the field manager {@code helm}: labels, type and data are
 * set as given. A label removed from the record is not removed from the object (the one difference
 * from a PUT; Helm's drivers only change label values).
 */
public final class KubeRecordObjects implements RecordObjects {
    private static final GroupVersionKind SECRET = new GroupVersionKind("", "v1", "Secret");
    private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");

    private final KubeClient client;
    private final GroupVersionKind gvk;
    private final String namespace;

    /** The {@code kind} objects ({@code Secret} or {@code ConfigMap}) of {@code namespace}. */
    public KubeRecordObjects(KubeClient client, String kind, String namespace) {
        this.client = client;
        this.gvk = switch (kind) {
            case "Secret" -> SECRET;
            case "ConfigMap" -> CONFIG_MAP;
            default -> throw new IllegalArgumentException("records are Secrets or ConfigMaps, not " + kind);
        };
        this.namespace = namespace == null ? "" : namespace;
    }

    @Override
    public String kind() {
        return gvk.kind();
    }

    private String writeNamespace() {
        return namespace.isEmpty() ? client.namespace() : namespace;
    }

    private ResourceRef ref(String name) {
        return new ResourceRef(gvk, writeNamespace(), name);
    }

    private String resource() {
        return gvk == SECRET ? "secrets" : "configmaps";
    }

    @Override
    public StoredObject get(String name) {
        Resource r = call(() -> client.get(ref(name))).orElseThrow(() -> notFound(name));
        return toStored(r);
    }

    private NotFoundException notFound(String name) {
        return new NotFoundException(resource() + " \"" + name + "\" not found");
    }

    @Override
    public List<StoredObject> list(Map<String, String> labelSelector) {
        StringJoiner sel = new StringJoiner(",");
        labelSelector.forEach((k, v) -> sel.add(k + "=" + v));
        List<StoredObject> out = new ArrayList<>();
        for (Resource r : call(() -> client.list(gvk, namespace, sel.toString()))) {
            out.add(toStored(r));
        }
        return out;
    }

    @Override
    public void create(StoredObject object) {
        try {
            call(() -> client.create(toResource(object), WriteOptions.helm()));
        } catch (KubeAlreadyExistsException e) {
            throw new AlreadyExistsException(e.getMessage());
        }
    }

    @Override
    public void update(StoredObject object) {
        get(object.name());
        call(() -> client.apply(toResource(object), ApplyOptions.helm().withForce(true)));
    }

    @Override
    public void delete(String name) {
        if (!call(() -> client.delete(ref(name), DeleteOptions.background()))) {
            throw notFound(name);
        }
    }

    private Resource toResource(StoredObject o) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", o.name());
        meta.put("namespace", o.namespace().isEmpty() ? writeNamespace() : o.namespace());
        meta.put("labels", new LinkedHashMap<>(o.labels()));
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", gvk.kind());
        obj.put("metadata", meta);
        String release = o.release() == null ? "" : o.release();
        if (gvk == SECRET) {
            obj.put("type", o.type());
            obj.put("data", Map.of("release",
                    Base64.getEncoder().encodeToString(release.getBytes(StandardCharsets.UTF_8))));
        } else {
            obj.put("data", Map.of("release", release));
        }
        return new Resource(obj);
    }

    private StoredObject toStored(Resource r) {
        Object data = r.at("data", "release");
        String release = data == null ? "" : data.toString();
        if (gvk == SECRET && !release.isEmpty()) {
            release = new String(Base64.getDecoder().decode(release), StandardCharsets.UTF_8);
        }
        Object type = r.at("type");
        return new StoredObject(r.name(), r.namespace(), r.labels(), type == null ? null : type.toString(), release);
    }

    private static <T> T call(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (KubeAlreadyExistsException e) {
            throw e;
        } catch (KubeException e) {
            if (e.isNotFound()) {
                throw new NotFoundException(e.getMessage());
            }
            throw new StorageException(e.getMessage(), e);
        }
    }
}
