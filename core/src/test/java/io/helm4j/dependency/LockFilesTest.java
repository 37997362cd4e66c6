package io.helm4j.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.chart.Dependency;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockFilesTest {
    /**
     * The requested and locked dependencies of a chart that the real Helm 4.3.2 locked (alpha from {@code @r}
     * resolved to the URL, beta by URL with an alias, loc from file://), and the digest Helm wrote for them.
     */
    @Test
    void theDigestIsHelmsHashReq() {
        String url = "http://127.0.0.1:18977";
        List<Dependency> req = List.of(
                new Dependency("alpha", "^1.0.0", url, null, null, null, null, null),
                new Dependency("beta", "*", url, null, null, null, null, "b2"),
                new Dependency("loc", ">=0.1.0", "file://../local", null, null, null, null, null));
        List<Dependency> locked = List.of(Deps.locked("alpha", url, "1.1.0"), Deps.locked("beta", url, "0.3.0"),
                Deps.locked("loc", "file://../local", "0.1.0"));
        assertThat(LockFiles.digest(req, locked))
                .isEqualTo("sha256:b65f9a690a2084abe96abcd153aca830515194059975d52c302c91a52498b9e2");
    }

    @Test
    void theLockFileIsSigsYamlOfChartLock() {
        String text = LockFiles.text(List.of(Deps.locked("alpha", "http://h", "1.1.0"), Deps.locked("in", "", "^1")),
                "sha256:00", ZonedDateTime.of(2026, 12, 7, 13, 10, 11, 303473500, ZoneOffset.UTC));
        assertThat(text).isEqualTo("dependencies:\n- name: alpha\n  repository: http://h\n  version: 1.1.0\n"
                + "- name: in\n  repository: \"\"\n  version: ^1\ndigest: sha256:00\n"
                + "generated: \"2026-12-07T13:10:11.3034735Z\"\n");
    }
}
