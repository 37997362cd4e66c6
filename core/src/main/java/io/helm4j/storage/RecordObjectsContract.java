package io.helm4j.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a {@link RecordObjects} keeps the contract the Secret and ConfigMap drivers rely on,
 * for implementers' tests (the in-memory one here; the Kubernetes one against a real API server).
 * It creates, reads, lists, updates and deletes a few objects whose names start with {@code prefix}
 * (lower case, a valid object name start) and removes them again.
 */
public final class RecordObjectsContract {
    private RecordObjectsContract() {
    }

    /** Runs the checks; throws {@link IllegalStateException} naming every broken rule. */
    public static void verify(RecordObjects objects, String prefix) {
        List<String> broken = new ArrayList<>();
        String a = prefix + ".a.v1";
        String b = prefix + ".b.v1";
        String type = objects.kind().equals("Secret") ? SecretDriver.TYPE : null;
        StoredObject first = new StoredObject(a, "", Map.of("owner", "helm", "name", prefix + "-a"), type, "H4sIpayload");
        try {
            expect(broken, "get of a missing name throws NotFoundException", RecordObjects.NotFoundException.class,
                    () -> objects.get(a));
            objects.create(first);
            expect(broken, "create of a taken name throws AlreadyExistsException",
                    RecordObjects.AlreadyExistsException.class, () -> objects.create(first));
            StoredObject got = objects.get(a);
            check(broken, "get returns the labels, type and data created", got.labels().equals(first.labels())
                    && java.util.Objects.equals(got.type(), type) && "H4sIpayload".equals(got.release()));
            objects.create(new StoredObject(b, "", Map.of("owner", "helm", "name", prefix + "-b"), type, "x"));
            check(broken, "list selects by every label of the selector",
                    names(objects.list(Map.of("owner", "helm", "name", prefix + "-b"))).equals(List.of(b)));
            check(broken, "list of an unmatched selector is empty",
                    objects.list(Map.of("name", prefix + "-none")).isEmpty());
            objects.update(new StoredObject(a, "", Map.of("owner", "helm", "name", prefix + "-a", "status", "x"), type,
                    "updated"));
            StoredObject updated = objects.get(a);
            check(broken, "update replaces labels and data", "x".equals(updated.labels().get("status"))
                    && "updated".equals(updated.release()));
            expect(broken, "update of a missing name throws NotFoundException", RecordObjects.NotFoundException.class,
                    () -> objects.update(new StoredObject(prefix + ".c.v1", "", Map.of(), type, "")));
            objects.delete(b);
            expect(broken, "delete of a missing name throws NotFoundException", RecordObjects.NotFoundException.class,
                    () -> objects.delete(b));
        } catch (StorageException e) {
            broken.add("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            cleanUp(objects, a, b);
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException("RecordObjects contract broken: " + String.join("; ", broken));
        }
    }

    private static List<String> names(List<StoredObject> list) {
        return list.stream().map(StoredObject::name).toList();
    }

    private static void check(List<String> broken, String rule, boolean ok) {
        if (!ok) {
            broken.add(rule);
        }
    }

    private static void expect(List<String> broken, String rule, Class<? extends StorageException> type, Runnable r) {
        try {
            r.run();
            broken.add(rule + " (nothing thrown)");
        } catch (StorageException e) {
            if (!type.isInstance(e)) {
                broken.add(rule + " (threw " + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
    }

    private static void cleanUp(RecordObjects objects, String... names) {
        for (String n : names) {
            try {
                objects.delete(n);
            } catch (StorageException e) {
                // already gone
            }
        }
    }
}
