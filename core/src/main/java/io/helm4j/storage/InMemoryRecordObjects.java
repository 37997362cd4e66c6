package io.helm4j.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link RecordObjects} kept in memory, honouring the interface's contract (names unique per
 * namespace, errors on a missing or taken name, list by label equality in name order): for tests
 * of the Secret and ConfigMap drivers without a cluster. Bound to one namespace, or to all when "".
 * Thread-safe.
 */
public final class InMemoryRecordObjects implements RecordObjects {
    private final String kind;
    private final String namespace;
    private final Map<String, StoredObject> objects;

    private InMemoryRecordObjects(String kind, String namespace, Map<String, StoredObject> objects) {
        this.kind = kind;
        this.namespace = namespace;
        this.objects = objects;
    }

    /** An empty store of {@code kind} objects ({@code Secret} or {@code ConfigMap}) seen from {@code namespace}. */
    public InMemoryRecordObjects(String kind, String namespace) {
        this(kind, namespace == null ? "" : namespace, new TreeMap<>());
    }

    /** The same objects seen from another namespace ("" for all), as a client for that namespace. */
    public InMemoryRecordObjects inNamespace(String ns) {
        return new InMemoryRecordObjects(kind, ns == null ? "" : ns, objects);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public StoredObject get(String name) {
        synchronized (objects) {
            StoredObject o = objects.get(id(namespace, name));
            if (o == null) {
                throw notFound(name);
            }
            return o;
        }
    }

    @Override
    public List<StoredObject> list(Map<String, String> selector) {
        synchronized (objects) {
            List<StoredObject> out = new ArrayList<>();
            for (StoredObject o : objects.values()) {
                boolean inNs = namespace.isEmpty() || o.namespace().equals(namespace);
                if (inNs && selector.entrySet().stream().allMatch(e -> e.getValue().equals(o.labels().get(e.getKey())))) {
                    out.add(o);
                }
            }
            return out;
        }
    }

    @Override
    public void create(StoredObject object) {
        StoredObject o = placed(object);
        synchronized (objects) {
            if (objects.putIfAbsent(id(o.namespace(), o.name()), o) != null) {
                throw new AlreadyExistsException(plural() + " \"" + o.name() + "\" already exists");
            }
        }
    }

    @Override
    public void update(StoredObject object) {
        StoredObject o = placed(object);
        synchronized (objects) {
            if (objects.replace(id(o.namespace(), o.name()), o) == null) {
                throw notFound(o.name());
            }
        }
    }

    @Override
    public void delete(String name) {
        synchronized (objects) {
            if (objects.remove(id(namespace, name)) == null) {
                throw notFound(name);
            }
        }
    }

    /** The object in this client's namespace unless it names its own. */
    private StoredObject placed(StoredObject o) {
        if (!o.namespace().isEmpty() || namespace.isEmpty()) {
            return o;
        }
        return new StoredObject(o.name(), namespace, o.labels(), o.type(), o.release());
    }

    private static String id(String ns, String name) {
        return ns + "/" + name;
    }

    private String plural() {
        return kind.equals("Secret") ? "secrets" : "configmaps";
    }

    private NotFoundException notFound(String name) {
        return new NotFoundException(plural() + " \"" + name + "\" not found");
    }
}
