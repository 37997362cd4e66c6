package io.helm4j.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-digested form of a cached index: made on the first load, read (chart by chart) on the next, equal to
 * what the YAML gives, and never used when it does not match the YAML file or cannot be read.
 */
class IndexSidecarTest {
    private static final String INDEX = """
            apiVersion: v1
            entries:
              alpha:
              - name: alpha
                version: 1.0.0
                description: first
                created: "2024-01-02T03:04:05.123456789Z"
                digest: abc
                urls: [https://example.com/alpha-1.0.0.tgz]
                annotations: {images: "- a\\n- b\\n"}
              - name: alpha
                version: 1.10.0
                appVersion: 1.2
                keywords: [x, "y"]
                maintainers: [{name: Ann, email: ann@example.com}]
                dependencies: [{name: common, version: 2.x.x, repository: "oci://r/c"}]
                urls: [alpha-1.10.0.tgz]
              béta:
              - name: béta
                version: 0.1.0-rc.1
                urls: [b.tgz]
            generated: "2024-01-01T00:00:00Z"
            """;

    @TempDir
    Path tmp;

    @Test
    void theSecondLoadReadsThePreDigestedFormAndGivesTheSameIndex() throws IOException {
        Path yaml = tmp.resolve("r-index.yaml");
        Files.writeString(yaml, INDEX);
        IndexFile first = IndexFile.load(yaml, EventSink.discard());
        assertThat(IndexSidecar.of(yaml)).isEqualTo(tmp.resolve(".r-index.h4j")).exists();
        assertThat(IndexFile.digestedPath(tmp, "r")).isEqualTo(IndexSidecar.of(yaml));
        IndexFile second = IndexFile.load(yaml, EventSink.discard());
        assertThat(second.entries()).isInstanceOf(LazyEntries.class);
        assertThat(second.apiVersion()).isEqualTo(first.apiVersion());
        assertThat(second.entries().keySet()).containsExactly("alpha", "béta");
        assertThat(second.versions("alpha")).isEqualTo(first.versions("alpha"));
        assertThat(second.entries()).isEqualTo(first.entries());
        assertThat(second.versions("alpha").get(0).version()).isEqualTo("1.10.0");
        assertThat(second.entries().get("nope")).isNull();
        assertThat(second.entries().containsKey("béta")).isTrue();
    }

    @Test
    void aChangedYamlFileIsParsedAgain() throws IOException {
        Path yaml = tmp.resolve("r-index.yaml");
        Files.writeString(yaml, INDEX);
        IndexFile.load(yaml, EventSink.discard());
        Files.writeString(yaml, INDEX.replace("1.10.0", "1.11.0"));
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(Files.getLastModifiedTime(yaml).toMillis() + 2000));
        IndexFile changed = IndexFile.load(yaml, EventSink.discard());
        assertThat(changed.versions("alpha").get(0).version()).isEqualTo("1.11.0");
        assertThat(IndexFile.load(yaml, EventSink.discard()).versions("alpha").get(0).version()).isEqualTo("1.11.0");
    }

    @Test
    void aDamagedFormIsIgnored() throws IOException {
        Path yaml = tmp.resolve("r-index.yaml");
        Files.writeString(yaml, INDEX);
        IndexFile.load(yaml, EventSink.discard());
        byte[] form = Files.readAllBytes(IndexSidecar.of(yaml));
        Files.write(IndexSidecar.of(yaml), java.util.Arrays.copyOf(form, form.length / 2));
        assertThat(IndexFile.load(yaml, EventSink.discard()).versions("béta")).hasSize(1);
        Files.write(IndexSidecar.of(yaml), new byte[] {1, 2, 3});
        assertThat(IndexFile.load(yaml, EventSink.discard()).versions("alpha")).hasSize(2);
    }

    @Test
    void anIndexWithSkippedEntriesWarnsOnEveryLoadAndGetsNoForm() throws IOException {
        Path yaml = tmp.resolve("r-index.yaml");
        Files.writeString(yaml, INDEX.replace("version: 0.1.0-rc.1", "version: not a version"));
        List<String> warnings = new ArrayList<>();
        EventSink sink = e -> warnings.add(((Event.Warning) e).message());
        IndexFile.load(yaml, sink);
        IndexFile.load(yaml, sink);
        assertThat(IndexSidecar.of(yaml)).doesNotExist();
        assertThat(warnings).hasSize(2).allMatch(w -> w.startsWith("skipping loading invalid entry for chart \"béta\""));
    }

    @Test
    void anIndexServedUnchangedIsNeitherParsedNorWrittenAgain() throws IOException {
        byte[][] served = {INDEX.getBytes(java.nio.charset.StandardCharsets.UTF_8)};
        ChartRepository repo = new ChartRepository(RepoEntry.of("r", "http://example.com"), o -> url -> served[0]);
        IndexFile first = repo.downloadIndex(tmp, java.time.Duration.ofSeconds(5), EventSink.discard());
        Path yaml = IndexFile.cachePath(tmp, "r");
        assertThat(IndexSidecar.of(yaml)).exists();
        assertThat(Files.readString(ChartRepository.chartsListPath(tmp, "r"))).isEqualTo("alpha\nbéta\n");
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(yaml).toMillis() - 60_000);
        Files.setLastModifiedTime(yaml, old);
        IndexSidecar.write(yaml, IndexFile.digest(IndexFile.parseRaw(INDEX), "x", EventSink.discard()));
        Files.delete(ChartRepository.chartsListPath(tmp, "r"));
        IndexFile again = repo.downloadIndex(tmp, java.time.Duration.ofSeconds(5), EventSink.discard());
        assertThat(again.entries()).isInstanceOf(LazyEntries.class).isEqualTo(first.entries());
        assertThat(Files.getLastModifiedTime(yaml)).isEqualTo(old);
        assertThat(Files.readString(ChartRepository.chartsListPath(tmp, "r"))).isEqualTo("alpha\nbéta\n");
        served[0] = INDEX.replace("1.10.0", "1.11.0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IndexFile changed = repo.downloadIndex(tmp, java.time.Duration.ofSeconds(5), EventSink.discard());
        assertThat(changed.versions("alpha").get(0).version()).isEqualTo("1.11.0");
        assertThat(Files.getLastModifiedTime(yaml)).isNotEqualTo(old);
        assertThat(IndexFile.load(yaml, EventSink.discard()).versions("alpha").get(0).version()).isEqualTo("1.11.0");
    }

    @Test
    void anIndexWithSkippedEntriesWarnsOnEveryDownloadInTheOrderOfASequentialDecode() {
        StringBuilder text = new StringBuilder("apiVersion: v1\nentries:\n");
        for (int c = 0; c < 40; c++) {
            text.append("  c").append(c).append(":\n  - name: c").append(c).append("\n    version: bad").append(c)
                    .append("\n  - name: c").append(c).append("\n    version: 1.0.0\n    urls: [x.tgz]\n");
        }
        byte[] served = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ChartRepository repo = new ChartRepository(RepoEntry.of("r", "http://example.com"), o -> url -> served);
        List<String> warnings = new ArrayList<>();
        EventSink sink = e -> warnings.add(((Event.Warning) e).message());
        IndexFile index = repo.downloadIndex(tmp, java.time.Duration.ofSeconds(5), sink);
        repo.downloadIndex(tmp, java.time.Duration.ofSeconds(5), sink);
        assertThat(IndexSidecar.of(IndexFile.cachePath(tmp, "r"))).doesNotExist();
        assertThat(index.versions("c39")).hasSize(1);
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            expected.add("skipping loading invalid entry for chart \"c" + c + "\" \"bad" + c + "\" from http://example.com");
        }
        assertThat(warnings).hasSize(80);
        assertThat(warnings.subList(0, 40)).zipSatisfy(expected, (w, e) -> assertThat(w).startsWith(e));
        assertThat(warnings.subList(40, 80)).isEqualTo(warnings.subList(0, 40));
    }
}
