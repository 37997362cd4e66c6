package io.helm4j.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.chart.ChartLoader;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every record that real Helm (3.21) wrote on a real cluster ({@code ../shared/fixtures/helm3-releases}):
 * decoded from the Secret or ConfigMap as Helm stored it, re-encoded byte for byte; and, rewritten as
 * Helm 4 would, equal to what Helm 4's own structs write for it (SHA-256 in {@code helm4-rewrite.sha256}).
 * Skipped, saying so, when ../shared is absent.
 */
class HelmFixtureRecordsTest {
    static Path fixtures() {
        Path p = Path.of(System.getProperty("helm4j.shared", "../shared"), "fixtures/helm3-releases");
        assumeTrue(Files.isDirectory(p), "skipped: ../shared/fixtures/helm3-releases is absent");
        return p;
    }

    static List<Path> storageObjects() throws IOException {
        try (Stream<Path> s = Files.walk(fixtures(), 2)) {
            return s.filter(f -> f.getFileName().toString().matches("(secret|configmap)-sh\\.helm\\.release.*\\.yaml"))
                    .sorted().toList();
        }
    }

    /** The payload Helm's driver reads: a ConfigMap's data.release, or a Secret's data.release base64-decoded. */
    @SuppressWarnings("unchecked")
    static String payload(Map<String, Object> object) {
        String data = (String) ((Map<String, Object>) object.get("data")).get("release");
        if ("Secret".equals(object.get("kind"))) {
            return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        }
        return data;
    }

    @TestFactory
    List<DynamicTest> everyStoredRecordDecodesAndReencodesToHelmsBytes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path obj : storageObjects()) {
            tests.add(DynamicTest.dynamicTest(obj.getParent().getFileName() + "/" + obj.getFileName(), () -> {
                Map<String, Object> k8s = GoYaml.loadMap(Files.readString(obj));
                Release r = ReleaseCodec.decode(payload(k8s));
                String objectName = obj.getFileName().toString().replaceFirst("^(secret|configmap)-", "")
                        .replace(".yaml", "");
                String raw = Files.readString(obj.resolveSibling(objectName + ".release.raw.json"));
                assertThat(r.format()).isEqualTo(RecordFormat.HELM3);
                assertThat(ReleaseCodec.toJson(r)).isEqualTo(raw);
                assertThat(objectName).isEqualTo("sh.helm.release.v1." + r.name() + ".v" + r.version());
                @SuppressWarnings("unchecked")
                Map<String, Object> labels = (Map<String, Object>) ((Map<String, Object>) k8s.get("metadata"))
                        .get("labels");
                assertThat(labels.get("status")).isEqualTo(r.status().label());
                assertThat(ReleaseCodec.decode(ReleaseCodec.encode(r))).isEqualTo(r);
            }));
        }
        assertThat(tests).hasSize(11);
        return tests;
    }

    @TestFactory
    List<DynamicTest> rewrittenAsHelm4EqualsWhatHelm4Writes() throws IOException {
        Path base = fixtures();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : ReleaseCodecTest.resource("helm4-rewrite.sha256").split("\n")) {
            String[] parts = line.split(" {2}");
            tests.add(DynamicTest.dynamicTest(parts[1], () -> {
                Release r = ReleaseCodec.fromJson(Files.readString(base.resolve(parts[1])));
                assertThat(sha256(ReleaseCodec.toJson(r.withFormat(RecordFormat.HELM4)))).isEqualTo(parts[0]);
            }));
        }
        return tests;
    }

    @Test
    void theFixturesCoverEveryFinalStatusHooksAndUninstall() throws IOException {
        Path base = fixtures();
        Release hookfail = read(base, "fx-failed/sh.helm.release.v1.hookfail.v1");
        assertThat(hookfail.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(hookfail.info().description()).startsWith("Release \"hookfail\" failed: failed post-install");
        assertThat(hookfail.hooks()).extracting(h -> h.lastRun().phase()).contains(HookPhase.FAILED);
        Release gone = read(base, "fx-uninst/sh.helm.release.v1.gone.v1");
        assertThat(gone.status()).isEqualTo(ReleaseStatus.UNINSTALLED);
        assertThat(gone.info().deleted()).isNotNull();
        assertThat(gone.config()).isNull();
        Release demo3 = read(base, "fx-secret/sh.helm.release.v1.demo.v3");
        assertThat(demo3.config()).containsEntry("replicaCount", 2.0);
        assertThat(demo3.info().firstDeployed()).isEqualTo(read(base, "fx-secret/sh.helm.release.v1.demo.v1")
                .info().firstDeployed());
        Release hooks = read(base, "fx-hooks/sh.helm.release.v1.hooks.v1");
        assertThat(hooks.chart().schema()).isNotNull();
        assertThat(hooks.chart().files()).extracting(ReleaseFile::name).contains("crds/widgets.yaml");
        assertThat(hooks.hooks().get(0).hook().deletePolicies()).isNotEmpty();
    }

    @Test
    void theChartOfARecordIsTheLoadedChartAsHelmStoresIt() throws IOException {
        Path base = fixtures();
        for (String[] c : new String[][] {{"hooks", "fx-hooks/sh.helm.release.v1.hooks.v1"},
                {"demo", "fx-cm/sh.helm.release.v1.demo.v1"}}) {
            Release helms = read(base, c[1]);
            ReleaseChart mine = ReleaseChart.of(ChartLoader.loadChart(base.resolve("inputs/charts/" + c[0])));
            assertThat(ReleaseCodec.toJson(new Release("", null, mine, null, "", List.of(), 0, "", null, "",
                    RecordFormat.HELM3))).isEqualTo(ReleaseCodec.toJson(new Release("", null, helms.chart(), null, "",
                            List.of(), 0, "", null, "", RecordFormat.HELM3)));
        }
    }

    private static Release read(Path base, String object) throws IOException {
        return ReleaseCodec.fromJson(Files.readString(base.resolve(object + ".release.raw.json")));
    }

    static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
