package io.helm4j.storage.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Storage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * helm4j and Helm 4's own SQL driver on one PostgreSQL, each reading what the other wrote. Runs when
 * {@code HELM4J_IT_POSTGRES_URL} names the database and {@code HELM4J_IT_HELM_SQL_PROBE} the probe
 * built from {@code src/test/resources/reference} (see its README); skipped, saying so, otherwise.
 */
class HelmSqlDriverInteropTest {
    private static String env(String name) {
        String v = System.getenv(name);
        assumeTrue(v != null && !v.isEmpty(), "skipped: " + name + " is unset");
        return v;
    }

    private static String probe(String input, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("probe " + String.join(" ", args)).isZero();
        return out;
    }

    @Test
    void helmReadsWhatHelm4jWroteAndHelm4jReadsWhatHelmWrote() throws Exception {
        String url = env("HELM4J_IT_POSTGRES_URL");
        String probe = env("HELM4J_IT_HELM_SQL_PROBE");
        String ns = "interop-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T03:00:00.123456789Z");
        try (SqlDriver driver = SqlDriver.open(url, ns, Map.of(), Clock.systemUTC())) {
            Storage s = new Storage(driver);
            StringBuilder expected = new StringBuilder();
            for (int v = 1; v <= 2; v++) {
                Release r = new Release("demo", new ReleaseInfo(t, t.plusSeconds(v), null, "rev " + v,
                        v == 2 ? ReleaseStatus.DEPLOYED : ReleaseStatus.SUPERSEDED, 0, "notes <b>", null), null,
                        Map.of("replicaCount", (double) v), "kind: ConfigMap\n", List.of(), v, ns,
                        Map.of("team", "x"), Release.APPLY_METHOD_SSA, null);
                s.create(r);
                expected.append(v).append(' ').append(r.status().label()).append(" map[team:x]\n")
                        .append(ReleaseCodec.toJson(r)).append('\n');
            }
            assertThat(probe("", probe, url, ns, "history", "demo")).isEqualTo(expected.toString());

            String json = "{\"name\":\"web\",\"info\":{\"first_deployed\":\"2026-12-07T03:10:00.5Z\",\"last_deployed\":"
                    + "\"2026-12-07T03:10:00.5Z\",\"description\":\"Install complete\",\"status\":\"deployed\"},"
                    + "\"config\":{\"a\":\"\\u003cx\\u003e\"},\"version\":1,\"namespace\":\"" + ns
                    + "\",\"apply_method\":\"ssa\"}";
            probe(json, probe, url, ns, "create");
            Release web = s.get("web", 1);
            assertThat(ReleaseCodec.toJson(web)).isEqualTo(json);
            assertThat(web.labels()).isEqualTo(Map.of("team", "go"));
        }
    }
}
