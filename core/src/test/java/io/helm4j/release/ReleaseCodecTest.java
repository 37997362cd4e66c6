package io.helm4j.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The codec against Helm 4 itself: each {@code helm4-*.go.json} is what Helm 4's own structs wrote
 * after reading {@code helm4-*.input.json} (see {@code reference/README.md}); runs without ../shared.
 */
class ReleaseCodecTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ReleaseCodecTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reencodesAFullHelm4RecordAsHelm4Does() throws IOException {
        Release r = ReleaseCodec.fromJson(resource("helm4-full.input.json"));
        assertThat(r.format()).isEqualTo(RecordFormat.HELM4);
        assertThat(ReleaseCodec.toJson(r)).isEqualTo(resource("helm4-full.go.json"));
    }

    @Test
    void reencodesZeroTimesNullsAndCaseInsensitiveKeysAsHelm4Does() throws IOException {
        Release r = ReleaseCodec.fromJson(resource("helm4-minimal.input.json"));
        assertThat(r.name()).isEqualTo("gone");
        assertThat(r.info().firstDeployed()).isNull();
        assertThat(ReleaseCodec.toJson(r)).isEqualTo(resource("helm4-minimal.go.json"));
    }

    @Test
    void readsTheFieldsOfAFullRecord() throws IOException {
        Release r = ReleaseCodec.fromJson(resource("helm4-full.input.json"));
        assertThat(r.status()).isEqualTo(ReleaseStatus.PENDING_UPGRADE);
        assertThat(r.info().rollbackRevision()).isEqualTo(2);
        assertThat(r.info().firstDeployed()).isEqualTo(OffsetDateTime.parse("2026-03-01T10:00:00.12+01:00"));
        assertThat(r.version()).isEqualTo(4);
        assertThat(r.applyMethod()).isEqualTo(Release.APPLY_METHOD_SSA);
        assertThat(r.labels()).isEmpty();
        assertThat(r.config()).containsEntry("replicaCount", 3.0);
        assertThat(r.chart().metadata().name()).isEqualTo("web");
        assertThat(r.chart().schema()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.chart().templates().get(0).data()).isEqualTo("a: b\n".getBytes(StandardCharsets.UTF_8));
        ReleaseHook h = r.hooks().get(0);
        assertThat(h.hook().events()).containsExactly(HookEvent.PRE_INSTALL, HookEvent.POST_UPGRADE);
        assertThat(h.hook().weight()).isEqualTo(-5);
        assertThat(h.lastRun().phase()).isEqualTo(HookPhase.SUCCEEDED);
        assertThat(h.lastRun().completedAt()).isNull();
        assertThat(r.hooks().get(1).lastRun()).isEqualTo(HookExecution.NEVER);
    }

    @Test
    void encodeIsGzipWithGosHeaderInBase64AndDecodesBack() throws IOException {
        Release r = ReleaseCodec.fromJson(resource("helm4-full.input.json"));
        String payload = ReleaseCodec.encode(r);
        assertThat(payload).startsWith("H4sIAAAAAAAC/");
        byte[] gz = Base64.getDecoder().decode(payload);
        assertThat(List.of(gz[8], gz[9])).containsExactly((byte) 2, (byte) 0xff);
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ReleaseCodec.toJson(r));
        }
        assertThat(ReleaseCodec.decode(payload)).isEqualTo(r);
    }

    @Test
    void decodesAPlainJsonPayloadAsHelmDoes() throws IOException {
        String json = resource("helm4-minimal.go.json");
        String plain = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertThat(ReleaseCodec.toJson(ReleaseCodec.decode(plain))).isEqualTo(json);
    }

    @Test
    void aNewRecordIsHelm4AndOmitsWhatIsEmpty() {
        Release r = new Release("a", new ReleaseInfo(null, null, null, "", ReleaseStatus.DEPLOYED, 0, "", null), null,
                Map.of(), "", List.of(), 1, "default", Map.of("team", "x"), "", null);
        assertThat(ReleaseCodec.toJson(r))
                .isEqualTo("{\"name\":\"a\",\"info\":{\"status\":\"deployed\"},\"version\":1,\"namespace\":\"default\"}");
        assertThat(ReleaseCodec.toJson(r.withFormat(RecordFormat.HELM3))).isEqualTo("{\"name\":\"a\",\"info\":"
                + "{\"first_deployed\":\"\",\"last_deployed\":\"\",\"deleted\":\"\",\"status\":\"deployed\"},"
                + "\"version\":1,\"namespace\":\"default\"}");
    }

    @Test
    void refusesWhatIsNotARecord() {
        assertThatThrownBy(() -> ReleaseCodec.decode("not base64!")).isInstanceOf(ReleaseCodecException.class)
                .hasMessageContaining("illegal base64");
        assertThatThrownBy(() -> ReleaseCodec.fromJson("{\"version\":\"1\"}"))
                .isInstanceOf(ReleaseCodecException.class)
                .hasMessage("json: cannot unmarshal string into Go struct field Release.version of type int");
        assertThatThrownBy(() -> ReleaseCodec.fromJson("{\"name\":")).isInstanceOf(ReleaseCodecException.class);
    }
}
