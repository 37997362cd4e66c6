package io.helm4j.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helm4j.kube.FakeKubeClient;
import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceRef;
import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KubeRecordObjectsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void secretsKeepTheContract() {
        RecordObjectsContract.verify(new KubeRecordObjects(new FakeKubeClient("ns1", clock), "Secret", "ns1"), "rec");
    }

    @Test
    void configMapsKeepTheContract() {
        RecordObjectsContract.verify(new KubeRecordObjects(new FakeKubeClient("ns1", clock), "ConfigMap", "ns1"), "rec");
    }

    @Test
    void aSecretDriverRecordIsHelmsSecret() {
        FakeKubeClient kube = new FakeKubeClient("ns1", clock);
        Storage storage = new Storage(new SecretDriver(new KubeRecordObjects(kube, "Secret", "ns1"), clock));
        Release r = new Release("web", new ReleaseInfo(null, null, null, "Install complete", ReleaseStatus.DEPLOYED,
                0, "", null), null, null, "", null, 1, "ns1", null, "ssa", null);
        storage.create(r);
        Resource secret = kube.get(new ResourceRef(new GroupVersionKind("", "v1", "Secret"), "ns1",
                "sh.helm.release.v1.web.v1")).orElseThrow();
        assertEquals("helm.sh/release.v1", secret.at("type"));
        assertEquals("deployed", secret.labels().get("status"));
        String inner = new String(Base64.getDecoder().decode((String) secret.at("data", "release")),
                StandardCharsets.UTF_8);
        assertEquals("H4sI", inner.substring(0, 4), "the payload is base64 of gzip inside the Secret's base64");
        assertEquals("web", storage.get("web", 1).name());
        assertEquals(ReleaseStatus.DEPLOYED, storage.deployed("web").status());
    }

    @Test
    void listingEveryNamespaceSeesRecordsOfAll() {
        FakeKubeClient kube = new FakeKubeClient("a", clock);
        new KubeRecordObjects(kube, "ConfigMap", "a").create(new StoredObject("x.v1", "a",
                java.util.Map.of("owner", "helm"), null, "p"));
        new KubeRecordObjects(kube, "ConfigMap", "b").create(new StoredObject("y.v1", "b",
                java.util.Map.of("owner", "helm"), null, "q"));
        assertEquals(2, new KubeRecordObjects(kube, "ConfigMap", "").list(java.util.Map.of("owner", "helm")).size());
        assertEquals(1, new KubeRecordObjects(kube, "ConfigMap", "b").list(java.util.Map.of("owner", "helm")).size());
    }
}
