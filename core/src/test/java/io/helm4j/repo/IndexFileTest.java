package io.helm4j.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {
    private static final String INDEX = """
            apiVersion: v1
            entries:
              alpine:
                - name: alpine
                  urls: [https://example.com/alpine-0.1.0.tgz]
                  created: "2018-06-27T10:00:18.230700509Z"
                  deprecated: true
                  version: 0.1.0
                  appVersion: 1.2.3
                - name: alpine
                  created: "2020-11-12T08:44:58.872726222Z"
                  version: 0.3.0-rc.1
                  appVersion: 3.0.0
                - name: alpine
                  created: "2018-07-09T11:34:37.797864902Z"
                  version: 0.2.0
                  appVersion: 2.3.4
                  digest: sha256:abc
                - name: alpine
                  version: not-semver
                -
                - name: alpine
                  version: 1.0.0
                  type: other
              empty: []
            generated: "2020-06-23T10:01:59.2530763-07:00"
            """;

    @Test
    void versionsNewestFirstInvalidEntriesSkipped() {
        List<Event> events = new ArrayList<>();
        IndexFile index = IndexFile.parse(INDEX, "testing-index.yaml", events::add);
        assertThat(index.apiVersion()).isEqualTo("v1");
        assertThat(index.versions("alpine")).extracting(ChartVersion::version)
                .containsExactly("0.3.0-rc.1", "0.2.0", "0.1.0");
        ChartVersion oldest = index.versions("alpine").get(2);
        assertThat(oldest.metadata().deprecated()).isTrue();
        assertThat(oldest.metadata().appVersion()).isEqualTo("1.2.3");
        assertThat(oldest.metadata().apiVersion()).isEqualTo("v1");
        assertThat(oldest.urls()).containsExactly("https://example.com/alpine-0.1.0.tgz");
        assertThat(oldest.created().toLocalDate()).hasToString("2018-06-27");
        assertThat(index.versions("alpine").get(1).digest()).isEqualTo("sha256:abc");
        assertThat(index.versions("empty")).isEmpty();
        assertThat(index.versions("nosuch")).isEmpty();
        assertThat(events).extracting(e -> ((Event.Warning) e).message()).containsExactly(
                "skipping loading invalid entry for chart \"alpine\" \"1.0.0\" from testing-index.yaml: "
                        + "validation: chart.metadata.type must be application or library",
                "skipping loading invalid entry for chart \"alpine\" from testing-index.yaml: empty entry",
                "skipping loading invalid entry for chart \"alpine\" \"not-semver\" from testing-index.yaml: "
                        + "validation: chart.metadata.version \"not-semver\" is invalid");
    }

    @Test
    void emptyOrVersionlessIndexIsAnError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> IndexFile.parse("", "x", EventSink.discard())).isInstanceOf(Helm4jException.class)
                .hasMessage("empty index.yaml file");
        assertThatThrownBy(() -> IndexFile.parse("entries: {}\n", "x", EventSink.discard()))
                .hasMessage("no API version specified");
        Path p = IndexFile.cachePath(dir, "testing");
        assertThat(p.getFileName()).hasToString("testing-index.yaml");
        assertThatThrownBy(() -> IndexFile.load(p, EventSink.discard()))
                .hasMessage("open " + p + ": no such file or directory");
        Files.writeString(p, INDEX);
        assertThat(IndexFile.load(p, EventSink.discard()).versions("alpine")).hasSize(3);
    }

    /** The hand-written reader of {@code created} gives the ISO parser's answer, and leaves any other shape to it. */
    @Test
    void createdTimesReadByHandAgreeWithTheIsoParser() {
        for (String t : List.of("2016-10-06T16:23:20.499814565-06:00", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.5Z",
                "1999-12-31T23:59:59.123456789+14:00", "2024-02-29T00:00:00-00:30")) {
            assertThat(IndexFile.rfc3339(t)).as(t).isEqualTo(java.time.OffsetDateTime.parse(t));
        }
        for (String t : List.of("2024-01-02t03:04:05z", "2024-01-02T03:04Z", "2024-01-02T03:04:05.1234567891Z",
                "2024-02-30T00:00:00Z", "2024-01-02T24:00:00Z", "2024-01-02T03:04:05", "2024-01-02T03:04:05+0100",
                "2024-01-02 03:04:05Z", "x")) {
            assertThat(IndexFile.rfc3339(t)).as(t).isNull();
        }
    }
}
