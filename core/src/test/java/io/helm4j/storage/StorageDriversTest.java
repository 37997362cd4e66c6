package io.helm4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageDriversTest {
    private static Driver open(String name) {
        return StorageDrivers.open(name, "ns", Map.of(), Clock.systemUTC(), InMemoryRecordObjects::new);
    }

    @Test
    void choosesTheDriverAsHelmDoes() {
        assertThat(open(null).name()).isEqualTo("Secret");
        assertThat(open("").name()).isEqualTo("Secret");
        assertThat(open("secrets").name()).isEqualTo("Secret");
        assertThat(open("configmap").name()).isEqualTo("ConfigMap");
        assertThat(open("configmaps").name()).isEqualTo("ConfigMap");
        assertThat(((MemoryDriver) open("memory")).namespace()).isEqualTo("ns");
        assertThatThrownBy(() -> open("etcd")).hasMessage("unknown driver \"etcd\"");
    }

    @Test
    void theSqlDriverNeedsItsModule() {
        assertThatThrownBy(() -> open("sql")).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("unable to instantiate SQL driver");
    }
}
