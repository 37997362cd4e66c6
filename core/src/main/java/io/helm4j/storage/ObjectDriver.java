package io.helm4j.storage;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What Helm's Secret and ConfigMap drivers share: one object per revision, named by its key, with
 * the labels {@code name}, {@code owner=helm}, {@code status}, {@code version} and
 * {@code createdAt} (on create) or {@code modifiedAt} (on update) in Unix seconds, plus the
 * release's own labels, and the encoded release as its one data entry. The label rules are Helm 4's,
 * quirks included: the release's labels are applied again after the timestamp, so a
 * {@code modifiedAt} carried over from a listed revision wins over the new one; {@code get} drops
 * the system labels from what it returns, {@code list} and {@code query} keep them.
 */
abstract sealed class ObjectDriver implements Driver permits SecretDriver, ConfigMapDriver {
    /** Helm's {@code systemLabels}. */
    static final List<String> SYSTEM_LABELS = List.of("name", "owner", "status", "version", "createdAt", "modifiedAt");

    private final RecordObjects objects;
    private final Clock clock;

    ObjectDriver(RecordObjects objects, Clock clock) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The object type Helm sets: {@code helm.sh/release.v1} for a Secret, null for a ConfigMap. */
    abstract String objectType();

    /** Wraps a failure of {@code op} ("get", "list"...) as this driver's Helm counterpart reports it. */
    abstract StorageException wrap(String message, StorageException cause);

    @Override
    public Release get(String key) {
        StoredObject o;
        try {
            o = objects.get(key);
        } catch (RecordObjects.NotFoundException e) {
            throw new ReleaseNotFoundException();
        } catch (StorageException e) {
            throw wrap("get: failed to get \"" + key + "\"", e);
        }
        Release r;
        try {
            r = ReleaseCodec.decode(o.release() == null ? "" : o.release());
        } catch (RuntimeException e) {
            throw wrap("get: failed to decode data \"" + key + "\"", new StorageException(e.getMessage(), e));
        }
        Map<String, String> custom = new LinkedHashMap<>(o.labels());
        SYSTEM_LABELS.forEach(custom::remove);
        return r.withLabels(custom);
    }

    @Override
    public List<Release> list(Predicate<Release> filter) {
        List<StoredObject> items;
        try {
            items = objects.list(Map.of("owner", "helm"));
        } catch (StorageException e) {
            throw wrap("list: failed to list", e);
        }
        List<Release> out = new ArrayList<>();
        for (Release r : decodeAll(items)) {
            if (filter.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public List<Release> query(Map<String, String> labels) {
        labels.values().forEach(LabelValues::check);
        List<StoredObject> items;
        try {
            items = objects.list(labels);
        } catch (StorageException e) {
            throw wrap("query: failed to query with labels", e);
        }
        if (items.isEmpty()) {
            throw new ReleaseNotFoundException();
        }
        return decodeAll(items);
    }

    /** Decodes each object, skipping those that do not decode (Helm logs them at debug level). */
    private static List<Release> decodeAll(List<StoredObject> items) {
        List<Release> out = new ArrayList<>();
        for (StoredObject o : items) {
            try {
                out.add(ReleaseCodec.decode(o.release() == null ? "" : o.release()).withLabels(o.labels()));
            } catch (RuntimeException e) {
                // Helm: "list failed to decode release" (debug), and goes on
            }
        }
        return out;
    }

    @Override
    public void create(String key, Release release) {
        Map<String, String> labels = new HashMap<>(release.labels());
        labels.put("createdAt", Long.toString(clock.instant().getEpochSecond()));
        StoredObject o = object(key, release, labels, "create");
        try {
            objects.create(o);
        } catch (RecordObjects.AlreadyExistsException e) {
            throw new ReleaseExistsException();
        } catch (StorageException e) {
            throw wrap("create: failed to create", e);
        }
    }

    @Override
    public void update(String key, Release release) {
        Map<String, String> labels = new HashMap<>(release.labels());
        labels.put("modifiedAt", Long.toString(clock.instant().getEpochSecond()));
        StoredObject o = object(key, release, labels, "update");
        try {
            objects.update(o);
        } catch (StorageException e) {
            throw wrap("update: failed to update", e);
        }
    }

    @Override
    public Release delete(String key) {
        Release r = get(key);
        objects.delete(key);
        return r;
    }

    /** Helm's {@code newSecretsObject}/{@code newConfigMapsObject}. */
    private StoredObject object(String key, Release release, Map<String, String> labels, String op) {
        if (release.info() == null || release.status() == null) {
            throw new StorageException(op + ": release \"" + release.name() + "\" has no status");
        }
        String payload;
        try {
            payload = ReleaseCodec.encode(release);
        } catch (RuntimeException e) {
            throw wrap(op + ": failed to encode release \"" + release.name() + "\"",
                    new StorageException(e.getMessage(), e));
        }
        labels.putAll(release.labels());
        labels.put("name", release.name());
        labels.put("owner", "helm");
        labels.put("status", release.status().label());
        labels.put("version", Integer.toString(release.version()));
        return new StoredObject(key, "", labels, objectType(), payload);
    }
}
