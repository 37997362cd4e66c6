package io.helm4j.storage;

import static io.helm4j.storage.Releases.release;
import static io.helm4j.release.ReleaseStatus.DEPLOYED;
import static io.helm4j.release.ReleaseStatus.FAILED;
import static io.helm4j.release.ReleaseStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.release.Release;
import org.junit.jupiter.api.Test;

/** Storage over the memory driver, as Helm's storage_test.go exercises it. */
class StorageTest {
    private final Storage storage = new Storage(new MemoryDriver());

    @Test
    void keysAreHelmsObjectNames() {
        assertThat(Storage.key("demo", 3)).isEqualTo("sh.helm.release.v1.demo.v3");
    }

    @Test
    void createGetUpdateDelete() {
        storage.create(release("a", 1, DEPLOYED));
        assertThat(storage.get("a", 1).info().description()).isEqualTo("rev 1");
        assertThatThrownBy(() -> storage.create(release("a", 1, DEPLOYED))).isInstanceOf(ReleaseExistsException.class)
                .hasMessage("release: already exists");
        storage.update(release("a", 1, SUPERSEDED));
        assertThat(storage.get("a", 1).status()).isEqualTo(SUPERSEDED);
        assertThat(storage.delete("a", 1).version()).isEqualTo(1);
        assertThatThrownBy(() -> storage.get("a", 1)).isInstanceOf(ReleaseNotFoundException.class)
                .hasMessage("release: not found");
    }

    @Test
    void historyDeployedAndLast() {
        storage.create(release("a", 1, SUPERSEDED));
        storage.create(release("a", 2, DEPLOYED));
        storage.create(release("a", 3, FAILED));
        storage.create(release("b", 1, DEPLOYED));
        assertThat(storage.history("a")).extracting(Release::version).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(storage.deployed("a").version()).isEqualTo(2);
        assertThat(storage.last("a").version()).isEqualTo(3);
        assertThat(storage.listDeployed()).extracting(Release::name).containsExactlyInAnyOrder("a", "b");
        assertThat(storage.listReleases()).hasSize(4);
        assertThatThrownBy(() -> storage.deployed("c")).isInstanceOf(NoDeployedReleasesException.class)
                .hasMessage("\"c\" has no deployed releases");
        assertThatThrownBy(() -> storage.history("c")).isInstanceOf(ReleaseNotFoundException.class);
    }

    @Test
    void maxHistoryPrunesTheOldestButKeepsTheDeployedRevision() {
        Storage s = storage.withMaxHistory(3);
        s.create(release("a", 1, SUPERSEDED));
        s.create(release("a", 2, DEPLOYED));
        s.create(release("a", 3, FAILED));
        s.create(release("a", 4, FAILED));
        s.create(release("a", 5, FAILED));
        // Helm keeps max-1 before creating, never deleting the last deployed one
        assertThat(s.history("a")).extracting(Release::version).containsExactlyInAnyOrder(2, 4, 5);
    }

    @Test
    void maxHistoryWithoutADeployedRevision() {
        Storage s = storage.withMaxHistory(2);
        for (int v = 1; v <= 4; v++) {
            s.create(release("a", v, FAILED));
        }
        assertThat(s.history("a")).extracting(Release::version).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void maxHistoryOneKeepsOnlyTheNewRevision() {
        Storage s = storage.withMaxHistory(1);
        s.create(release("a", 1, SUPERSEDED));
        s.create(release("a", 2, FAILED));
        assertThat(s.history("a")).extracting(Release::version).containsExactly(2);
    }

    @Test
    void releaseNamesAreValidatedAsHelmDoes() {
        ReleaseName.validate("my-release.v1");
        assertThatThrownBy(() -> ReleaseName.validate("")).hasMessage("no name provided");
        assertThatThrownBy(() -> ReleaseName.validate("Upper")).hasMessage("invalid release name, must match regex "
                + "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53");
        assertThatThrownBy(() -> ReleaseName.validate("a".repeat(54))).isInstanceOf(StorageException.class);
        ReleaseName.validate("a".repeat(53));
    }
}
