package io.helm4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryRecordObjectsTest {
    @Test
    void keepsTheContract() {
        RecordObjectsContract.verify(new InMemoryRecordObjects("Secret", "ns"), "sh.helm.release.v1.contract");
        RecordObjectsContract.verify(new InMemoryRecordObjects("ConfigMap", "ns"), "sh.helm.release.v1.contract");
    }

    @Test
    void theContractCheckFindsABrokenImplementation() {
        RecordObjects lenient = new RecordObjects() {
            private final InMemoryRecordObjects inner = new InMemoryRecordObjects("Secret", "ns");

            @Override
            public String kind() {
                return "Secret";
            }

            @Override
            public StoredObject get(String name) {
                return inner.get(name);
            }

            @Override
            public List<StoredObject> list(Map<String, String> selector) {
                return inner.list(Map.of()); // ignores the selector
            }

            @Override
            public void create(StoredObject object) {
                inner.create(object);
            }

            @Override
            public void update(StoredObject object) {
                inner.update(object);
            }

            @Override
            public void delete(String name) {
                try {
                    inner.delete(name);
                } catch (RecordObjects.NotFoundException e) {
                    // swallows not-found
                }
            }
        };
        assertThatThrownBy(() -> RecordObjectsContract.verify(lenient, "x"))
                .hasMessageContaining("list selects by every label of the selector")
                .hasMessageContaining("delete of a missing name throws NotFoundException");
    }

    @Test
    void namespacesAreApartAndAllNamespacesSeesEveryOne() {
        InMemoryRecordObjects a = new InMemoryRecordObjects("Secret", "a");
        InMemoryRecordObjects b = a.inNamespace("b");
        a.create(new StoredObject("x", "", Map.of("owner", "helm"), null, ""));
        b.create(new StoredObject("x", "", Map.of("owner", "helm"), null, ""));
        assertThat(a.list(Map.of())).extracting(StoredObject::namespace).containsExactly("a");
        assertThat(a.inNamespace("").list(Map.of("owner", "helm"))).hasSize(2);
    }
}
