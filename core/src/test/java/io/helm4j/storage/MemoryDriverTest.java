package io.helm4j.storage;

import static io.helm4j.release.ReleaseStatus.DEPLOYED;
import static io.helm4j.release.ReleaseStatus.SUPERSEDED;
import static io.helm4j.storage.Releases.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryDriverTest {
    private final MemoryDriver memory = new MemoryDriver();

    @Test
    void keysMustBeHelmsAsTheMemoryDriverChecksThem() {
        assertThatThrownBy(() -> memory.get("sh.helm.release.v1.demo")).isInstanceOf(InvalidKeyException.class)
                .hasMessage("release: invalid key");
        assertThatThrownBy(() -> memory.get("sh.helm.release.v1.demo.vx")).isInstanceOf(InvalidKeyException.class);
        assertThatThrownBy(() -> memory.delete("a.v1.v2")).isInstanceOf(InvalidKeyException.class);
        assertThatThrownBy(() -> memory.get("sh.helm.release.v1.demo.v1")).isInstanceOf(ReleaseNotFoundException.class);
    }

    @Test
    void worksInTheNamespaceOfTheLastWriteOrTheOneSet() {
        memory.create(Storage.key("a", 1), release("a", 1, DEPLOYED, "one"));
        memory.create(Storage.key("b", 1), release("b", 1, DEPLOYED, "two"));
        assertThat(memory.namespace()).isEqualTo("two");
        assertThat(memory.list(r -> true)).extracting(Release::name).containsExactly("b");
        memory.setNamespace("");
        assertThat(memory.list(r -> true)).extracting(Release::name).containsExactlyInAnyOrder("a", "b");
        memory.setNamespace("one");
        assertThat(memory.get(Storage.key("a", 1)).namespace()).isEqualTo("one");
        assertThatThrownBy(() -> memory.get(Storage.key("b", 1))).isInstanceOf(ReleaseNotFoundException.class);
        memory.create(Storage.key("c", 1), release("c", 1, DEPLOYED, ""));
        assertThat(memory.namespace()).isEqualTo("default");
    }

    @Test
    void queriesMatchOnlyTheSystemLabels() {
        memory.create(Storage.key("a", 1), release("a", 1, SUPERSEDED).withLabels(Map.of("team", "x")));
        memory.create(Storage.key("a", 2), release("a", 2, DEPLOYED));
        assertThat(memory.query(Map.of("name", "a", "owner", "helm", "status", "deployed")))
                .extracting(Release::version).containsExactly(2);
        assertThatThrownBy(() -> memory.query(Map.of("team", "x"))).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> memory.update(Storage.key("a", 9), release("a", 9, DEPLOYED)))
                .isInstanceOf(ReleaseNotFoundException.class);
    }

    @Test
    void loadsHelmMemoryDriverDataFilesAndReturnsToTheCommandsNamespace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.yaml"), """
                - name: demo
                  namespace: apps
                  version: 1
                  info:
                    status: superseded
                    first_deployed: "2026-12-01T10:00:00Z"
                - name: demo
                  namespace: apps
                  version: 2
                  info: {status: deployed, description: "Upgrade complete"}
                  config: {replicaCount: 2}
                """);
        Files.writeString(dir.resolve("two.json"),
                "[" + ReleaseCodec.toJson(release("other", 1, DEPLOYED, "apps")) + "]");
        MemoryDriverData.load(memory, MemoryDriverData.paths("one.yaml:two.json"), dir, "apps");
        Storage s = new Storage(memory);
        assertThat(s.deployed("demo").config()).containsEntry("replicaCount", 2.0);
        assertThat(s.get("demo", 1).info().firstDeployed()).hasToString("2026-12-01T10:00Z");
        assertThat(s.listReleases()).hasSize(3);
        memory.setNamespace("default");
        MemoryDriverData.load(memory, List.of(), dir, "default");
        assertThat(s.listReleases()).isEmpty();
    }

    @Test
    void memoryDriverDataErrorsReadAsHelms(@TempDir Path dir) throws IOException {
        assertThat(MemoryDriverData.paths(null)).containsExactly("");
        assertThatThrownBy(() -> MemoryDriverData.load(memory, MemoryDriverData.paths(""), dir, "default"))
                .hasMessage("Unable to read memory driver dataopen : no such file or directory");
        assertThatThrownBy(() -> MemoryDriverData.load(memory, List.of("nope.yaml"), dir, "default"))
                .hasMessage("Unable to read memory driver dataopen nope.yaml: no such file or directory");
        Files.writeString(dir.resolve("map.yaml"), "name: demo\n");
        assertThatThrownBy(() -> MemoryDriverData.load(memory, List.of("map.yaml"), dir, "default"))
                .hasMessage("Unable to unmarshal memory driver data: error unmarshaling JSON: while decoding JSON: "
                        + "json: cannot unmarshal object into Go value of type []*v1.Release");
        Files.writeString(dir.resolve("twice.yaml"), "- {name: a, version: 1, info: {status: deployed}}\n"
                + "- {name: a, version: 1, info: {status: deployed}}\n");
        assertThatThrownBy(() -> MemoryDriverData.load(memory, List.of("twice.yaml"), dir, "default"))
                .isInstanceOf(ReleaseExistsException.class);
        assertThat(ReleaseStatus.fromLabel("pending-install")).isEqualTo(ReleaseStatus.PENDING_INSTALL);
    }
}
