package io.helm4j.downloader;

import io.helm4j.internal.content.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.getter.DigestMismatchException;
import io.helm4j.chart.ChartArchiver;
import io.helm4j.chart.ChartLoader;
import io.helm4j.events.EventSink;
import io.helm4j.repo.RepoEntry;
import io.helm4j.repo.RepoFile;
import io.helm4j.repo.TestRepoServer;
import io.helm4j.settings.HelmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader against a static chart repository on loopback (the JDK's HTTP server). */
class ChartDownloaderTest {
    @TempDir
    Path tmp;
    Path served;
    HelmSettings settings;
    byte[] v1;
    byte[] v2beta;

    @BeforeEach
    void setUp() throws IOException {
        served = Files.createDirectories(tmp.resolve("served"));
        v1 = chart("demo", "1.0.0");
        v2beta = chart("demo", "2.0.0-beta.1");
        Files.write(served.resolve("demo-1.0.0.tgz"), v1);
        Files.write(served.resolve("charts/demo-2.0.0-beta.1.tgz"), v2beta);
        settings = HelmSettings.fromEnvironment(Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_CACHE_HOME", tmp.resolve("cache").toString()), tmp);
    }

    private byte[] chart(String name, String version) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + version).resolve(name));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
        Files.createDirectories(served.resolve("charts"));
        return new ChartArchiver(Instant.EPOCH).toBytes(ChartLoader.loadChart(dir));
    }

    /** An index listing both versions (one by a relative URL in a subdirectory); digests as given. */
    private void writeIndex(String d1, String d2) throws IOException {
        Files.writeString(served.resolve("index.yaml"), """
                apiVersion: v1
                entries:
                  demo:
                  - apiVersion: v2
                    name: demo
                    version: 1.0.0
                    digest: %s
                    urls: [demo-1.0.0.tgz]
                  - apiVersion: v2
                    name: demo
                    version: 2.0.0-beta.1
                    digest: %s
                    urls: [charts/demo-2.0.0-beta.1.tgz]
                """.formatted(d1, d2));
    }

    private void addRepo(String name, TestRepoServer server) {
        RepoFile.empty().update(RepoEntry.of(name, server.url())).write(Path.of(settings.repositoryConfig()));
        new io.helm4j.repo.ChartRepository(RepoEntry.of(name, server.url()))
                .downloadIndex(Path.of(settings.repositoryCache()), java.time.Duration.ofSeconds(10), EventSink.discard());
    }

    private ChartDownloader downloader() {
        return new ChartDownloader(settings, EventSink.discard());
    }

    @Test
    void repoChartIsTheNewestStableVersionAndLandsInTheContentCache() throws IOException {
        writeIndex(Sha256.hex(v1), Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            addRepo("r", server);
            Path located = downloader().locate("r/demo", ChartPathOptions.defaults());
            assertThat(located).isEqualTo(Path.of(settings.contentCache())
                    .resolve(Sha256.hex(v1).substring(0, 2)).resolve(Sha256.hex(v1) + ".chart"));
            assertThat(Files.readAllBytes(located)).isEqualTo(v1);
            // a second run is served from the cache: no request for the archive
            server.requests.clear();
            downloader().locate("r/demo", ChartPathOptions.defaults());
            assertThat(server.requests).isEmpty();
        }
    }

    @Test
    void develAndConstraintsPickTheVersionAndRelativeUrlsResolveAgainstTheRepository() throws IOException {
        writeIndex(Sha256.hex(v1), Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            addRepo("r", server);
            Download d = downloader().fetch("r/demo", ChartPathOptions.builder().devel(true).build());
            assertThat(d.data()).isEqualTo(v2beta);
            assertThat(d.url()).isEqualTo(server.url() + "/charts/demo-2.0.0-beta.1.tgz");
            assertThat(d.fileName()).isEqualTo("demo-2.0.0-beta.1.tgz");
            assertThat(downloader().fetch("r/demo", ChartPathOptions.builder().version("^1").build()).data())
                    .isEqualTo(v1);
            assertThatThrownBy(() -> downloader().fetch("r/demo", ChartPathOptions.builder().version("3.x").build()))
                    .isInstanceOf(ChartNotFoundException.class)
                    .hasMessage("chart \"demo\" matching 3.x not found in r index. (try 'helm repo update'): no chart "
                            + "version found for demo-3.x");
        }
    }

    @Test
    void aDigestThatDoesNotMatchFailsAndCachesNothing() throws IOException {
        String wrong = Sha256.hex(new byte[] {1});
        writeIndex(wrong, Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            addRepo("r", server);
            assertThatThrownBy(() -> downloader().locate("r/demo", ChartPathOptions.defaults()))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessageContaining("chart r/demo from " + server.url() + "/demo-1.0.0.tgz: digest mismatch: "
                            + "expected sha256:" + wrong + ", got sha256:" + Sha256.hex(v1));
            assertThat(Path.of(settings.contentCache())).doesNotExist();
        }
    }

    @Test
    void aChangedCacheEntryIsNotUsedButReplaced() throws IOException {
        writeIndex(Sha256.hex(v1), Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            addRepo("r", server);
            Path located = downloader().locate("r/demo", ChartPathOptions.defaults());
            Files.write(located, new byte[] {1, 2, 3});
            assertThat(Files.readAllBytes(downloader().locate("r/demo", ChartPathOptions.defaults()))).isEqualTo(v1);
        }
    }

    @Test
    void repoUrlFindsTheChartWithTheFlagsCredentials() throws IOException {
        writeIndex(Sha256.hex(v1), Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, "user", "pw")) {
            ChartPathOptions o = ChartPathOptions.builder().repoUrl(server.url()).username("user").password("pw")
                    .build();
            assertThat(downloader().fetch("demo", o).data()).isEqualTo(v1);
            assertThatThrownBy(() -> downloader().fetch("demo", o.withVersion("9.9.9")))
                    .hasMessage("chart \"demo\" version \"9.9.9\" not found in " + server.url() + " repository");
            ChartPathOptions wrong = ChartPathOptions.builder().repoUrl(server.url()).username("user")
                    .password("nope").build();
            assertThatThrownBy(() -> downloader().fetch("demo", wrong))
                    .hasMessage("looks like \"" + server.url() + "\" is not a valid chart repository or cannot be "
                            + "reached: failed to fetch " + server.url() + "/index.yaml : 401 Unauthorized");
        }
    }

    @Test
    void urlsAndLocalPathsAndBadReferences() throws IOException {
        writeIndex(Sha256.hex(v1), Sha256.hex(v2beta));
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            Path dest = Files.createDirectories(tmp.resolve("dest"));
            Path saved = downloader().downloadTo(server.url() + "/demo-1.0.0.tgz", ChartPathOptions.defaults(), dest);
            assertThat(saved).isEqualTo(dest.resolve("demo-1.0.0.tgz"));
            assertThat(Files.readAllBytes(saved)).isEqualTo(v1);
            try (var files = Files.list(dest)) {
                assertThat(files).containsExactly(saved); // no temporary file left behind
            }
            assertThatThrownBy(() -> downloader().fetch(server.url() + "/missing.tgz", ChartPathOptions.defaults()))
                    .hasMessage("failed to fetch " + server.url() + "/missing.tgz : 404 Not Found");
        }
        assertThat(downloader().locate(tmp.resolve("served").toString(), ChartPathOptions.defaults()))
                .isEqualTo(tmp.resolve("served").toAbsolutePath());
        assertThatThrownBy(() -> downloader().locate("./nowhere", ChartPathOptions.defaults()))
                .isInstanceOf(Helm4jException.class).hasMessage("path \"./nowhere\" not found");
        assertThatThrownBy(() -> downloader().locate("demo", ChartPathOptions.defaults()))
                .hasMessage("non-absolute URLs should be in form of repo_name/path_to_chart, got: demo");
        assertThatThrownBy(() -> downloader().locate("nope/demo", ChartPathOptions.defaults()))
                .hasMessage("repo nope not found");
    }

    @Test
    void resolveReferenceUrlKeepsTheRepositoryQuery() {
        assertThat(ChartDownloader.resolveReferenceUrl("https://h/r?token=1", "charts/a-1.tgz"))
                .isEqualTo("https://h/r/charts/a-1.tgz?token=1");
        assertThat(ChartDownloader.resolveReferenceUrl("https://h/r/", "https://x/a.tgz")).isEqualTo("https://x/a.tgz");
        assertThat(ChartDownloader.indexUrl("https://h/r/?q=1")).isEqualTo("https://h/r/index.yaml?q=1");
    }
}
