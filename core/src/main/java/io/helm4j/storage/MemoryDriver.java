package io.helm4j.storage;

import io.helm4j.release.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Helm's memory driver: records kept in this object, per namespace and release name, sorted by
 * revision. As Helm's, it works in one namespace at a time ({@link #setNamespace}; "" for all), a
 * create or update switches to the record's namespace ({@code default} when it has none), and a
 * query matches only the labels Helm gives a memory record: {@code name}, {@code owner=helm},
 * {@code status} and {@code version}. Thread-safe.
 */
public final class MemoryDriver implements Driver {
    private static final String DEFAULT_NAMESPACE = "default";

    private final Map<String, Map<String, List<Entry>>> cache = new HashMap<>();
    private String namespace = DEFAULT_NAMESPACE;

    private record Entry(String key, Map<String, String> labels, Release release) {
        static Entry of(String key, Release r) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("name", r.name());
            labels.put("owner", "helm");
            labels.put("status", r.status() == null ? "" : r.status().label());
            labels.put("version", Integer.toString(r.version()));
            return new Entry(key, Map.copyOf(labels), r);
        }
    }

    @Override
    public String name() {
        return "Memory";
    }

    /** The namespace later calls work in; "" lists and queries every namespace. */
    public synchronized void setNamespace(String ns) {
        this.namespace = ns == null ? "" : ns;
    }

    public synchronized String namespace() {
        return namespace;
    }

    @Override
    public synchronized Release get(String key) {
        String name = nameOf(key);
        for (Entry e : cache.getOrDefault(namespace, Map.of()).getOrDefault(name, List.of())) {
            if (e.key.equals(key)) {
                return e.release;
            }
        }
        throw new ReleaseNotFoundException();
    }

    @Override
    public synchronized List<Release> list(Predicate<Release> filter) {
        List<Release> out = new ArrayList<>();
        for (Entry e : entries()) {
            if (filter.test(e.release)) {
                out.add(e.release);
            }
        }
        return out;
    }

    @Override
    public synchronized List<Release> query(Map<String, String> labels) {
        List<Release> out = new ArrayList<>();
        for (Entry e : entries()) {
            if (labels.entrySet().stream().allMatch(l -> l.getValue().equals(e.labels.getOrDefault(l.getKey(), "")))) {
                out.add(e.release);
            }
        }
        if (out.isEmpty()) {
            throw new ReleaseNotFoundException();
        }
        return out;
    }

    @Override
    public synchronized void create(String key, Release release) {
        String ns = release.namespace().isEmpty() ? DEFAULT_NAMESPACE : release.namespace();
        namespace = ns;
        List<Entry> recs = cache.computeIfAbsent(ns, k -> new HashMap<>())
                .computeIfAbsent(release.name(), k -> new ArrayList<>());
        if (recs.stream().anyMatch(e -> e.key.equals(key))) {
            throw new ReleaseExistsException();
        }
        recs.add(Entry.of(key, release));
        recs.sort(Comparator.comparingInt(e -> e.release.version()));
    }

    @Override
    public synchronized void update(String key, Release release) {
        String ns = release.namespace().isEmpty() ? DEFAULT_NAMESPACE : release.namespace();
        namespace = ns;
        List<Entry> recs = cache.getOrDefault(ns, Map.of()).get(release.name());
        if (recs != null) {
            for (int i = 0; i < recs.size(); i++) {
                if (recs.get(i).key.equals(key)) {
                    recs.set(i, Entry.of(key, release));
                    return;
                }
            }
        }
        throw new ReleaseNotFoundException();
    }

    @Override
    public synchronized Release delete(String key) {
        String name = nameOf(key);
        List<Entry> recs = cache.getOrDefault(namespace, Map.of()).get(name);
        if (recs != null) {
            for (int i = 0; i < recs.size(); i++) {
                if (recs.get(i).key.equals(key)) {
                    return recs.remove(i).release;
                }
            }
        }
        throw new ReleaseNotFoundException();
    }

    /** Entries of the current namespace, or of all when it is "". */
    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Entry>>> ns : cache.entrySet()) {
            if (namespace.isEmpty() || ns.getKey().equals(namespace)) {
                ns.getValue().values().forEach(out::addAll);
            }
        }
        return out;
    }

    /** Helm's key check: {@code sh.helm.release.v1.} optional, then exactly one {@code .v} before a number. */
    private static String nameOf(String key) {
        String rest = key.startsWith(Storage.STORAGE_TYPE + ".") ? key.substring(Storage.STORAGE_TYPE.length() + 1)
                : key;
        String[] parts = rest.split("\\.v", -1);
        if (parts.length != 2 || !parts[1].matches("[+-]?[0-9]+")) {
            throw new InvalidKeyException();
        }
        return parts[0];
    }
}
