package io.helm4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Secrets and ConfigMaps real Helm left on a cluster ({@code kubectl get ... -l owner=helm -o yaml} in
 * ../shared/fixtures/helm3-releases), loaded into the in-memory objects and read through the drivers and
 * {@link Storage}; and what the drivers write, compared with those objects. Skipped when ../shared is absent.
 */
class HelmFixtureStorageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);

    static Path fixtures() {
        Path p = Path.of(System.getProperty("helm4j.shared", "../shared"), "fixtures/helm3-releases");
        assumeTrue(Files.isDirectory(p), "skipped: ../shared/fixtures/helm3-releases is absent");
        return p;
    }

    /** The list's items as the Kubernetes client would hand them over (a Secret's outer base64 removed). */
    @SuppressWarnings("unchecked")
    static List<StoredObject> load(String namespace, String listFile) throws IOException {
        Map<String, Object> list = GoYaml.loadMap(Files.readString(fixtures().resolve(namespace).resolve(listFile)));
        return ((List<Map<String, Object>>) list.get("items")).stream().map(item -> {
            Map<String, Object> meta = (Map<String, Object>) item.get("metadata");
            String data = (String) ((Map<String, Object>) item.get("data")).get("release");
            boolean secret = "Secret".equals(item.get("kind"));
            String release = secret ? new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8) : data;
            return new StoredObject((String) meta.get("name"), (String) meta.get("namespace"),
                    (Map<String, String>) meta.get("labels"), (String) item.get("type"), release);
        }).toList();
    }

    static InMemoryRecordObjects objects(String kind, String namespace, List<StoredObject> items) {
        InMemoryRecordObjects o = new InMemoryRecordObjects(kind, namespace);
        items.forEach(o::create);
        return o;
    }

    @Test
    void secretsOfThreeRevisions() throws IOException {
        Storage s = new Storage(new SecretDriver(objects("Secret", "fx-secret", load("fx-secret", "secrets.list.yaml")),
                CLOCK));
        assertThat(s.history("demo")).extracting(Release::version).containsExactly(1, 2, 3);
        assertThat(s.history("demo")).extracting(Release::status)
                .containsExactly(ReleaseStatus.SUPERSEDED, ReleaseStatus.SUPERSEDED, ReleaseStatus.DEPLOYED);
        assertThat(s.deployed("demo").version()).isEqualTo(3);
        assertThat(s.last("demo").info().description()).isEqualTo("Upgrade complete");
        assertThat(s.get("demo", 2).labels()).isEmpty();
        assertThat(s.history("demo").getFirst().labels()).containsEntry("modifiedAt", "1795467918");
        assertThat(s.listDeployed()).extracting(Release::name).containsExactly("demo");
        assertThat(s.listUninstalled()).isEmpty();
    }

    @Test
    void configMapsOfTwoRevisions() throws IOException {
        Storage s = new Storage(new ConfigMapDriver(objects("ConfigMap", "fx-cm", load("fx-cm", "configmaps.list.yaml")),
                CLOCK));
        assertThat(s.history("demo")).extracting(Release::version).containsExactly(1, 2);
        assertThat(s.deployed("demo").config()).containsEntry("replicaCount", 2.0);
        assertThat(s.get("demo", 1).status()).isEqualTo(ReleaseStatus.SUPERSEDED);
    }

    @Test
    void failedHooksAndUninstalledReleases() throws IOException {
        Storage failed = new Storage(new SecretDriver(
                objects("Secret", "fx-failed", load("fx-failed", "secrets.list.yaml")), CLOCK));
        assertThatThrownBy(() -> failed.deployed("broken")).isInstanceOf(NoDeployedReleasesException.class)
                .hasMessage("\"broken\" has no deployed releases");
        assertThat(failed.last("broken").info().description())
                .isEqualTo("Release \"broken\" failed: context deadline exceeded");
        assertThat(failed.deployed("upfail").version()).isEqualTo(1);
        assertThat(failed.last("upfail").status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(failed.listReleases()).hasSize(4);
        Storage hooks = new Storage(new SecretDriver(
                objects("Secret", "fx-hooks", load("fx-hooks", "secrets.list.yaml")), CLOCK));
        assertThat(hooks.deployed("hooks").hooks()).hasSize(2);
        Storage gone = new Storage(new SecretDriver(
                objects("Secret", "fx-uninst", load("fx-uninst", "secrets.list.yaml")), CLOCK));
        assertThat(gone.listUninstalled()).extracting(Release::name).containsExactly("gone");
        assertThatThrownBy(() -> gone.deployed("gone")).isInstanceOf(NoDeployedReleasesException.class);
    }

    @Test
    void whatTheDriversWriteIsWhatHelmWrote() throws IOException {
        for (String[] c : new String[][] {{"Secret", "fx-secret", "secrets.list.yaml"},
                {"ConfigMap", "fx-cm", "configmaps.list.yaml"}, {"Secret", "fx-failed", "secrets.list.yaml"}}) {
            InMemoryRecordObjects written = new InMemoryRecordObjects(c[0], c[1]);
            Driver d = c[0].equals("Secret") ? new SecretDriver(written, CLOCK) : new ConfigMapDriver(written, CLOCK);
            Driver helms = c[0].equals("Secret") ? new SecretDriver(objects(c[0], c[1], load(c[1], c[2])), CLOCK)
                    : new ConfigMapDriver(objects(c[0], c[1], load(c[1], c[2])), CLOCK);
            for (StoredObject helm : load(c[1], c[2])) {
                // as Helm's upgrade does: a revision read by query (labels kept), written back by update
                Release r = helms.query(Map.of("name", helm.labels().get("name"), "version",
                        helm.labels().get("version"))).getFirst();
                written.create(new StoredObject(helm.name(), "", Map.of(), null, ""));
                d.update(helm.name(), r);
                StoredObject mine = written.get(helm.name());
                assertThat(mine.labels()).isEqualTo(helm.labels());
                assertThat(mine.type()).isEqualTo(helm.type());
                assertThat(gunzipJson(mine.release())).isEqualTo(gunzipJson(helm.release()));
            }
        }
    }

    private static String gunzipJson(String payload) {
        return ReleaseCodec.toJson(ReleaseCodec.decode(payload));
    }
}
