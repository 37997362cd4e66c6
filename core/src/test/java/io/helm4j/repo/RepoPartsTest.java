package io.helm4j.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.events.EventSink;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules of Helm's repository code: URL joining, Go's time format, the lock path, search scoring. */
class RepoPartsTest {
    @Test
    void urlJoinIsGosPathJoinOnTheUrlsPath() {
        assertThat(UrlJoin.join("http://h/x/", "a.tgz")).isEqualTo("http://h/x/a.tgz");
        assertThat(UrlJoin.join("http://h/x/", "")).isEqualTo("http://h/x");
        assertThat(UrlJoin.join("http://h", "sub", "a.tgz")).isEqualTo("http://h/sub/a.tgz");
        assertThat(UrlJoin.join("", "")).isEmpty();
        assertThat(UrlJoin.join("", "sub")).isEqualTo("sub");
        assertThat(UrlJoin.join("https://h:8443/a/../b/", "./c")).isEqualTo("https://h:8443/b/c");
        assertThat(ChartRepository.indexUrl("http://h/r/?token=1")).isEqualTo("http://h/r/index.yaml?token=1");
    }

    @Test
    void timesAreWrittenAsGosRfc3339Nano() {
        assertThat(IndexBuilder.goTime(OffsetDateTime.parse("2024-01-02T03:04:05Z"))).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(IndexBuilder.goTime(OffsetDateTime.parse("2024-01-02T03:04:05.120+02:00")))
                .isEqualTo("2024-01-02T03:04:05.12+02:00");
    }

    @Test
    void theLockIsTheFileWithALockExtension() {
        assertThat(RepoFileLock.lockPath(Path.of("/c/repositories.yaml"))).isEqualTo(Path.of("/c/repositories.lock"));
        assertThat(RepoFileLock.lockPath(Path.of("/c/repos"))).isEqualTo(Path.of("/c/repos.lock"));
    }

    @Test
    void searchScoresByTheFieldMatchedThenSortsByNameAndNewestVersion() {
        IndexFile index = IndexFile.parse("""
                apiVersion: v1
                entries:
                  alpha:
                  - {name: alpha, version: 1.0.0, description: uses nginx}
                  - {name: alpha, version: 2.0.0, description: uses nginx}
                  nginx:
                  - {name: nginx, version: 0.1.0, description: web server}
                  zeta:
                  - {name: zeta, version: 1.0.0, description: plain, keywords: [nginx]}
                """, "t", EventSink.discard());
        List<SearchResult> hits = new ChartSearch().add("r", index, true).search("NGINX", false);
        assertThat(hits).extracting(h -> h.name() + ":" + h.chart().version() + "@" + h.score())
                .containsExactly("r/nginx:0.1.0@0", "r/alpha:2.0.0@2", "r/alpha:1.0.0@2", "r/zeta:1.0.0@3");
        assertThat(new ChartSearch().add("r", index, false).search("r/z.t", true)).extracting(SearchResult::name)
                .containsExactly("r/zeta");
        assertThat(new ChartSearch().add("r", index, false).all()).hasSize(3);
    }
}
