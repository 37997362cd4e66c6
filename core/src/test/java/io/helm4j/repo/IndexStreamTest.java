package io.helm4j.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An index read chart by chart gives exactly what the whole document's reading gives (names in order, each chart's
 * JSON, apiVersion, warnings in order), or declines: the whole document is the judge, checked here on every text.
 */
class IndexStreamTest {
    @TempDir
    Path tmp;

    private static final String ENTRY = """
              - annotations:
                  category: Database
                  images: |
                    - name: %1$s
                      image: docker.io/bitnami/%1$s:1.0.0
                  licenses: Apache-2.0
                apiVersion: v2
                created: "2024-01-02T03:04:05.123456Z"
                dependencies:
                - name: common
                  repository: oci://registry-1.docker.io/bitnamicharts
                  tags:
                  - bitnami-common
                  version: 2.x.x
                description: %1$s is a chart
                digest: 0123
                name: %1$s
                urls:
                - https://charts.example.com/%1$s-%2$s.tgz
                version: %2$s
            """;

    private static String bitnami(int charts, int versions) {
        StringBuilder b = new StringBuilder("apiVersion: v1\nentries:\n");
        for (int c = 0; c < charts; c++) {
            b.append("  chart").append(c).append(":\n");
            for (int v = 0; v < versions; v++) {
                b.append(ENTRY.formatted("chart" + c, v + "." + c + ".0"));
            }
        }
        return b.append("generated: \"2024-10-01T10:00:00.000000Z\"\n").toString();
    }

    /** Streamed: the same digest as the whole document's. */
    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    urls: [a.tgz]\n  b:\n  - name: b\n    version: 2.0.0\n",
        // the sequence indented under its key; comments and blank lines between and at the left margin
        "# head\napiVersion: v1\nentries:\n  # first\n  a:\n    - name: a\n      version: 1.0.0\n\n# left\n  b:\n    - name: b\n      version: 1.0.0\n      description: two\n        lines\n\ngenerated: x\n",
        // block scalars ending a chart: kept, clipped, stripped, folded, with trailing empty lines
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    description: |+\n      kept\n\n\n  b:\n  - name: b\n    version: 1.0.0\n    description: |\n      clip\n\n\n  c:\n  - name: c\n    version: 1.0.0\n    description: >-\n      folded\n      text\n\ngenerated: x\n",
        "apiVersion: v1\nentries:\n  last:\n  - name: last\n    version: 1.0.0\n    description: |+\n      kept at the end\n\n\n",
        // apiVersion after the entries; a top-level key with nested content; quoted multi-line scalars
        "entries:\n  a:\n  - name: a\n    version: 1.0.0\n    description: \"two\n      lines\"\nserverInfo:\n  contextPath: /x\napiVersion: v2\n",
        // chart names a YAML reading resolves: booleans, numbers, null
        "apiVersion: v1\nentries:\n  yes:\n  - name: y\n    version: 1.0.0\n  1.10:\n  - name: n\n    version: 1.0.0\n",
        // skipped entries: an empty one, an invalid version, a bad name, in several charts
        "apiVersion: v1\nentries:\n  a:\n  -\n  - name: a\n    version: not-semver\n  - name: a\n    version: 1.0.0\n  b:\n  - name: ../b\n    version: 1.0.0\n  - name: b\n    version: 2.0.0\n",
        // an entries block with no chart
        "apiVersion: v1\nentries:\ngenerated: x\n",
        "apiVersion: 1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n    annotations: {x: \"y\"}\n    keywords: [a, b]\n",
    })
    void aChartByChartReadingEqualsTheWholeDocuments(String text) throws IOException {
        assertSame(text, true);
    }

    @Test
    void aBitnamiShapedIndexIsReadChartByChart() throws IOException {
        assertSame(bitnami(40, 12), true);
    }

    /** Declined: the caller parses the whole document (its errors and warnings as before). */
    @ParameterizedTest
    @ValueSource(strings = {
        "", "\n", "apiVersion: v1\n", "entries:\n  a:\n  - name: a\n    version: 1.0.0\n", // no apiVersion
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0", // no final line break
        "apiVersion: v1\nentries:\n  a:\n  - &x\n    name: a\n    version: 1.0.0\n  b:\n  - *x\n", // anchor, alias
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n  a:\n  - name: a\n    version: 2.0.0\n",
        "apiVersion: v1\napiVersion: v2\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n",
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n\tversion: 1.0.0\n", // a tab
        "apiVersion: v1\r\nentries:\r\n  a:\r\n  - name: a\r\n    version: 1.0.0\r\n", // carriage returns
        "{\"apiVersion\": \"v1\", \"entries\": {\"a\": [{\"name\": \"a\", \"version\": \"1.0.0\"}]}}\n", // JSON
        "---\napiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n", // a document marker
        "apiVersion: v1\nentries: {a: [{name: a, version: 1.0.0}]}\n", // flow entries
        "apiVersion: v1\nentries:\n  a: [{name: a, version: 1.0.0}]\n", // a chart in flow style
        "apiVersion: v1\nentries:\n  \"a\":\n  - name: a\n    version: 1.0.0\n", // a quoted chart name
        "apiVersion: v1\nentries:\n    a:\n    - name: a\n  b:\n  - name: b\n", // less indented chart
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    description: \"x\n  y\"\n", // quote back at the charts
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\nentries:\n  b:\n  - name: b\n",
        "apiVersion: v1\nentries:\n  a:\n  - name: a\n    version: [1.0.0\n", // an error
        "apiVersion: v1\nentries:\n  a:\n  - name: !!str a\n    version: 1.0.0\n", // a tag
        "apiVersion: v1\nentries:\n  null:\n  - name: z\n    version: 1.0.0\n", // a key JSON cannot have
        "\uFEFFapiVersion: v1\nentries:\n  a:\n  - name: a\n    version: 1.0.0\n", // a byte order mark
    })
    void anUnusualIndexIsDeclined(String text) throws IOException {
        Path file = tmp.resolve("index.yaml");
        Files.writeString(file, text);
        List<Event> events = new ArrayList<>();
        assertThat(IndexStream.digest(file, "src", events::add)).isNull();
        assertThat(events).isEmpty();
    }

    private void assertSame(String text, boolean streamed) throws IOException {
        Path file = tmp.resolve("index.yaml");
        Files.writeString(file, text);
        List<Event> wholeEvents = new ArrayList<>();
        IndexFile.Digested whole = IndexFile.digest(IndexFile.parseRaw(text), "src", wholeEvents::add, false);
        List<Event> partEvents = new ArrayList<>();
        IndexFile.Digested parts = IndexStream.digest(file, "src", partEvents::add);
        assertThat(parts != null).as("read chart by chart").isEqualTo(streamed);
        assertThat(parts.apiVersion()).isEqualTo(whole.apiVersion());
        assertThat(parts.names()).isEqualTo(whole.names());
        List<String> wholeJson = whole.json().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        List<String> partJson = parts.json().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(partJson).isEqualTo(wholeJson);
        assertThat(parts.warned()).isEqualTo(whole.warned());
        assertThat(partEvents).isEqualTo(wholeEvents);
    }
}
