package io.helm4j.storage;

import static io.helm4j.release.ReleaseStatus.DEPLOYED;
import static io.helm4j.release.ReleaseStatus.SUPERSEDED;
import static io.helm4j.storage.Releases.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Secret and ConfigMap drivers over the in-memory objects: Helm's objects, labels and errors. */
class ObjectDriverTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
    private final InMemoryRecordObjects secrets = new InMemoryRecordObjects("Secret", "default");
    private final SecretDriver driver = new SecretDriver(secrets, CLOCK);

    @Test
    void createWritesHelmsSecret() {
        Release r = release("demo", 1, DEPLOYED).withLabels(Map.of("team", "x"));
        driver.create(Storage.key("demo", 1), r);
        StoredObject o = secrets.get("sh.helm.release.v1.demo.v1");
        assertThat(o.type()).isEqualTo("helm.sh/release.v1");
        assertThat(o.namespace()).isEqualTo("default");
        assertThat(o.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "demo", "owner", "helm",
                "status", "deployed", "version", "1", "createdAt", "1800000000", "team", "x"));
        assertThat(o.release()).startsWith("H4sI");
        assertThat(ReleaseCodec.decode(o.release())).isEqualTo(r.withLabels(Map.of()));
        assertThat(driver.get(Storage.key("demo", 1)).labels()).containsExactlyEntriesOf(Map.of("team", "x"));
    }

    @Test
    void updateRebuildsTheLabelsWithModifiedAtAndKeepsACarriedOverOne() {
        driver.create(Storage.key("demo", 1), release("demo", 1, DEPLOYED));
        driver.update(Storage.key("demo", 1), release("demo", 1, SUPERSEDED));
        assertThat(secrets.get("sh.helm.release.v1.demo.v1").labels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "demo", "owner", "helm", "status", "superseded", "version", "1", "modifiedAt", "1800000000"));
        // a revision read by list/query keeps its labels, and Helm 4 re-applies them after modifiedAt
        Release listed = driver.query(Map.of("name", "demo")).getFirst().withLabels(Map.of("modifiedAt", "42"));
        driver.update(Storage.key("demo", 1), listed);
        assertThat(secrets.get("sh.helm.release.v1.demo.v1").labels()).containsEntry("modifiedAt", "42");
    }

    @Test
    void listAndQueryKeepEveryLabelGetDropsTheSystemOnes() {
        driver.create(Storage.key("demo", 1), release("demo", 1, DEPLOYED));
        assertThat(driver.list(r -> true).getFirst().labels()).containsKeys("name", "owner", "createdAt");
        assertThat(driver.query(Map.of("owner", "helm")).getFirst().labels()).containsKeys("status", "version");
        assertThat(driver.get(Storage.key("demo", 1)).labels()).isEmpty();
    }

    @Test
    void errorsReadAsHelmsSecretDriver() {
        driver.create(Storage.key("demo", 1), release("demo", 1, DEPLOYED));
        assertThatThrownBy(() -> driver.create(Storage.key("demo", 1), release("demo", 1, DEPLOYED)))
                .isInstanceOf(ReleaseExistsException.class);
        assertThatThrownBy(() -> driver.get(Storage.key("demo", 2))).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> driver.query(Map.of("name", "other"))).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> driver.update(Storage.key("demo", 2), release("demo", 2, DEPLOYED)))
                .hasMessage("update: failed to update: secrets \"sh.helm.release.v1.demo.v2\" not found");
        assertThatThrownBy(() -> driver.query(Map.of("name", "Not Valid!")))
                .hasMessageStartingWith("invalid label value: \"Not Valid!\": a valid label must be an empty string");
        secrets.create(new StoredObject("sh.helm.release.v1.bad.v1", "", Map.of("owner", "helm"), "x", "%%%"));
        assertThatThrownBy(() -> driver.get("sh.helm.release.v1.bad.v1"))
                .hasMessageStartingWith("get: failed to decode data \"sh.helm.release.v1.bad.v1\": illegal base64");
        assertThat(driver.list(r -> true)).extracting(Release::name).containsExactly("demo");
        assertThat(driver.delete(Storage.key("demo", 1)).version()).isEqualTo(1);
        assertThatThrownBy(() -> driver.delete(Storage.key("demo", 1))).isInstanceOf(ReleaseNotFoundException.class);
    }

    @Test
    void configMapsHaveNoTypeAndPassErrorsOnUnwrapped() {
        InMemoryRecordObjects cms = new InMemoryRecordObjects("ConfigMap", "ns");
        ConfigMapDriver cm = new ConfigMapDriver(cms, CLOCK);
        assertThat(cm.name()).isEqualTo("ConfigMap");
        cm.create(Storage.key("demo", 1), release("demo", 1, DEPLOYED, "ns"));
        assertThat(cms.get("sh.helm.release.v1.demo.v1").type()).isNull();
        assertThatThrownBy(() -> cm.update(Storage.key("demo", 2), release("demo", 2, DEPLOYED, "ns")))
                .hasMessage("configmaps \"sh.helm.release.v1.demo.v2\" not found");
        Storage s = new Storage(cm);
        assertThat(s.deployed("demo").version()).isEqualTo(1);
        assertThat(s.history("demo")).extracting(Release::namespace).containsExactly("ns");
        assertThat(List.of(driver.name(), new MemoryDriver().name())).containsExactly("Secret", "Memory");
    }
}
