package io.helm4j.downloader;

import io.helm4j.internal.content.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.provenance.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {
    @TempDir
    Path root;

    @Test
    void entriesAreLaidOutAsHelm4sDiskCache() {
        byte[] chart = "chart bytes".getBytes(StandardCharsets.UTF_8);
        String hex = Sha256.hex(chart);
        ContentCache cache = new ContentCache(root);
        Path p = cache.putChart(chart);
        assertThat(p).isEqualTo(root.resolve(hex.substring(0, 2)).resolve(hex + ".chart"));
        assertThat(cache.chart("sha256:" + hex)).hasValue(chart);
        assertThat(cache.chart(hex)).hasValue(chart);
        cache.putProvenance(hex, "prov".getBytes(StandardCharsets.UTF_8));
        assertThat(root.resolve(hex.substring(0, 2)).resolve(hex + ".prov")).hasContent("prov");
    }

    @Test
    void anEntryWhoseContentLostItsDigestIsNotUsedAndIsRemoved() throws Exception {
        byte[] chart = "chart bytes".getBytes(StandardCharsets.UTF_8);
        ContentCache cache = new ContentCache(root);
        Path p = cache.putChart(chart);
        Files.write(p, "chart byte".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.chart(Sha256.hex(chart))).isEmpty();
        assertThat(p).doesNotExist();
    }

    @Test
    void emptyAndMissingEntriesAreNotInTheCacheAndBadDigestsAreRefused() throws Exception {
        ContentCache cache = new ContentCache(root);
        String hex = Sha256.hex(new byte[0]);
        assertThat(cache.chart(hex)).isEmpty();
        Files.createDirectories(cache.path(hex, ContentCache.CHART).getParent());
        Files.write(cache.path(hex, ContentCache.CHART), new byte[0]);
        assertThat(cache.chart(hex)).isEmpty();
        assertThatThrownBy(() -> cache.chart("sha256:abcd")).hasMessage("invalid digest length: 2");
    }
}
