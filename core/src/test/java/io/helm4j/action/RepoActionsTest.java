package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import io.helm4j.repo.RepoFile;
import io.helm4j.repo.SearchResult;
import io.helm4j.repo.TestCertificates;
import io.helm4j.repo.TestRepoServer;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository actions against a real HTTP(S) server on loopback, with Helm's files in a temporary home. */
class RepoActionsTest {
    @TempDir
    Path tmp;
    Path served;
    ActionContext ctx;
    Path repoFile;
    Path cache;

    @BeforeEach
    void setUp() throws Exception {
        repoFile = tmp.resolve("config/repositories.yaml");
        cache = tmp.resolve("cache/repository");
        HelmSettings settings = HelmSettings.fromEnvironment(Map.of("HELM_REPOSITORY_CONFIG", repoFile.toString(),
                "HELM_REPOSITORY_CACHE", cache.toString()), tmp);
        ctx = ActionContext.builder().settings(settings).workingDir(tmp)
                .clock(Clock.fixed(Instant.parse("2024-05-06T07:08:09.120Z"), ZoneOffset.UTC)).build();
        served = tmp.resolve("served");
        chart("demo", "1.0.0", "a demo chart");
        chart("demo", "1.1.0-rc.1", "a demo chart");
        chart("other", "0.2.0", "something with demo inside");
    }

    private void chart(String name, String version, String description) throws Exception {
        Path dir = tmp.resolve("src/" + name + "-" + version);
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version
                + "\nappVersion: \"9\"\ndescription: " + description + "\n");
        new Package(ctx).run(PackageOptions.of(dir).withDestination(served));
    }

    private String index(String url) {
        new RepoIndex(ctx).run(RepoIndexOptions.of(Path.of("served")).withUrl(url));
        try {
            return Files.readString(served.resolve("index.yaml"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void indexesADirectoryWithDigestsUrlsAndTheClocksTime() throws Exception {
        String text = index("http://example.com/charts/");
        byte[] archive = Files.readAllBytes(served.resolve("demo-1.0.0.tgz"));
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive));
        assertThat(text).startsWith("apiVersion: v1\nentries:\n  demo:\n  - apiVersion: v2\n    appVersion: \"9\"\n"
                + "    created: \"2024-05-06T07:08:09.12Z\"\n    description: a demo chart\n    digest: ")
                .contains("    - http://example.com/charts/demo-1.1.0-rc.1.tgz\n    version: 1.1.0-rc.1\n  - apiVersion")
                .contains("digest: " + digest + "\n    name: demo\n    urls:\n"
                        + "    - http://example.com/charts/demo-1.0.0.tgz\n")
                .endsWith("generated: \"2024-05-06T07:08:09.12Z\"\n");
    }

    @Test
    void mergeKeepsOlderVersionsTheDirectoryLacks() throws Exception {
        Files.writeString(tmp.resolve("old.yaml"), "apiVersion: v1\nentries:\n  demo:\n  - name: demo\n"
                + "    version: 1.0.0\n    urls: [old]\n  - name: demo\n    version: 0.9.0\n    urls: [kept]\n");
        new RepoIndex(ctx).run(RepoIndexOptions.of(Path.of("served")).withMerge(Path.of("old.yaml")));
        String text = Files.readString(served.resolve("index.yaml"));
        assertThat(text).contains("- demo-1.0.0.tgz").doesNotContain("- old").contains("- kept\n    version: 0.9.0");
    }

    @Test
    void addsUpdatesSearchesListsAndRemovesARepository() throws Exception {
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            index(server.url());
            RepoAddResult added = new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build());
            assertThat(added.added()).isTrue();
            assertThat(Files.readString(cache.resolve("r-charts.txt"))).isEqualTo("demo\nother\n");
            assertThat(Files.readAllBytes(cache.resolve("r-index.yaml")))
                    .isEqualTo(Files.readAllBytes(served.resolve("index.yaml")));
            assertThat(Files.readString(repoFile)).isEqualTo("apiVersion: \"\"\ngenerated: \"0001-01-01T00:00:00Z\"\n"
                    + "repositories:\n- caFile: \"\"\n  certFile: \"\"\n  insecure_skip_tls_verify: false\n"
                    + "  keyFile: \"\"\n  name: r\n  pass_credentials_all: false\n  password: \"\"\n  url: "
                    + server.url() + "\n  username: \"\"\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(repoFile))).isEqualTo("rw-------");
            assertThat(Files.exists(repoFile.resolveSibling("repositories.lock"))).isTrue();

            assertThat(new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build()).added()).isFalse();
            assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url() + "/x").build()))
                    .hasMessage("repository name (r) already exists, please specify a different name");
            assertThat(new RepoList(ctx).run(RepoListOptions.defaults()).repositories()).extracting("name")
                    .containsExactly("r");

            RepoUpdateResult updated = new RepoUpdate(ctx).run(RepoUpdateOptions.all());
            assertThat(updated.outcomes()).allMatch(RepoUpdateResult.Outcome::ok);

            List<SearchResult> hits = new SearchRepo(ctx).run(SearchRepoOptions.of("demo")).results();
            assertThat(hits).extracting(SearchResult::name).containsExactly("r/demo", "r/other");
            assertThat(hits.get(0).chart().version()).isEqualTo("1.0.0");
            List<SearchResult> devel = new SearchRepo(ctx).run(new SearchRepoOptions(List.of("demo"), "", true,
                    true, false)).results();
            assertThat(devel).extracting(r -> r.name() + ":" + r.chart().version())
                    .containsExactly("r/demo:1.1.0-rc.1", "r/demo:1.0.0", "r/other:0.2.0");

            assertThat(new RepoRemove(ctx).run(RepoRemoveOptions.of("r")).removed()).containsExactly("r");
            assertThat(cache.resolve("r-index.yaml")).doesNotExist();
            assertThat(cache.resolve("r-charts.txt")).doesNotExist();
            assertThat(RepoFile.loadOrEmpty(repoFile).repositories()).isEmpty();
        }
    }

    @Test
    void aFailedUpdateFailsTheRunAndKeepsTheOldCache() throws Exception {
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            index(server.url());
            new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build());
            Files.writeString(served.resolve("index.yaml"), "entries: {}\n");
            assertThatThrownBy(() -> new RepoUpdate(ctx).run(RepoUpdateOptions.all()))
                    .isInstanceOf(RepoUpdate.Failed.class)
                    .hasMessage("failed to update the following repositories: [" + server.url() + "]");
            assertThat(Files.readString(cache.resolve("r-index.yaml"))).contains("demo-1.0.0.tgz");
        }
    }

    @Test
    void aClientCertificateIsSentWhenTheRepositoryRequiresOne() throws Exception {
        TestCertificates certs = TestCertificates.create(tmp);
        TestCertificates.ClientAuth client = certs.clientAuth(tmp);
        try (TestRepoServer server = TestRepoServer.httpsWithClientAuth(served, client.serverTls())) {
            index(server.url());
            assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("anon", server.url())
                    .caFile(certs.caPem().toString()).build()))
                    .isInstanceOf(Helm4jException.class).hasMessageContaining("is not a valid chart repository");
            new RepoAdd(ctx).run(RepoAddOptions.builder("mtls", server.url()).caFile(certs.caPem().toString())
                    .certFile(client.certPem().toString()).keyFile(client.keyPem().toString()).build());
            assertThat(Files.readString(repoFile)).contains("  certFile: " + client.certPem() + "\n")
                    .contains("  keyFile: " + client.keyPem() + "\n");
            assertThat(new RepoUpdate(ctx).run(RepoUpdateOptions.all()).failed()).isEmpty();
            assertThat(new SearchRepo(ctx).run(SearchRepoOptions.of("other")).results())
                    .extracting(SearchResult::name).containsExactly("mtls/other");
        }
    }

    @Test
    void aCorruptIndexIsRefusedNamingTheRepositoryAndLeavesNothingBehind() throws Exception {
        try (TestRepoServer server = TestRepoServer.http(served, null, null)) {
            index(server.url());
            String good = Files.readString(served.resolve("index.yaml"));
            Files.writeString(served.resolve("index.yaml"), "apiVersion: v1\nentries:\n  demo: [ {name: demo\n");
            assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build()))
                    .isInstanceOf(Helm4jException.class)
                    .hasMessageStartingWith("looks like \"" + server.url() + "\" is not a valid chart repository or "
                            + "cannot be reached: ");
            assertThat(cache.resolve("r-index.yaml")).doesNotExist();
            assertThat(Files.exists(repoFile) ? Files.readString(repoFile) : "").doesNotContain(server.url());

            // a cached index damaged after the add: search warns, naming the repository, and goes on
            Files.writeString(served.resolve("index.yaml"), good);
            new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build());
            Files.writeString(cache.resolve("r-index.yaml"), "apiVersion: v1\nentries: [\n");
            List<io.helm4j.events.Event> seen = new java.util.ArrayList<>();
            ActionContext watched = ctx.toBuilder().events(seen::add).build();
            assertThat(new SearchRepo(watched).run(SearchRepoOptions.of("demo")).results()).isEmpty();
            assertThat(seen).extracting(io.helm4j.events.Event::message).singleElement().asString()
                    .startsWith("\"repo is corrupt or missing\" repo=r error=");
        }
    }

    @Test
    void basicAuthCredentialsAreStoredAndSent() throws Exception {
        try (TestRepoServer server = TestRepoServer.http(served, "alice", "s3cret")) {
            index(server.url());
            assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).build()))
                    .isInstanceOf(Helm4jException.class)
                    .hasMessage("looks like \"" + server.url() + "\" is not a valid chart repository or cannot be "
                            + "reached: failed to fetch " + server.url() + "/index.yaml : 401 Unauthorized");
            new RepoAdd(ctx).run(RepoAddOptions.builder("r", server.url()).username("alice").password("s3cret").build());
            assertThat(server.requests).contains("/index.yaml Basic YWxpY2U6czNjcmV0");
            assertThat(Files.readString(repoFile)).contains("  password: s3cret\n").contains("  username: alice\n");
            assertThat(new RepoUpdate(ctx).run(RepoUpdateOptions.all()).failed()).isEmpty();
        }
    }

    @Test
    void httpsWithACustomCaOrWithoutVerification() throws Exception {
        TestCertificates certs = TestCertificates.create(tmp);
        try (TestRepoServer server = TestRepoServer.https(served, certs.serverTls())) {
            index(server.url());
            assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("plain", server.url()).build()))
                    .isInstanceOf(Helm4jException.class).hasMessageContaining("is not a valid chart repository");
            new RepoAdd(ctx).run(RepoAddOptions.builder("ca", server.url()).caFile(certs.caPem().toString()).build());
            new RepoAdd(ctx).run(RepoAddOptions.builder("insecure", server.url()).insecureSkipTlsVerify(true).build());
            assertThat(Files.readString(repoFile)).contains("- caFile: " + certs.caPem() + "\n")
                    .contains("  insecure_skip_tls_verify: true\n");
            assertThat(new SearchRepo(ctx).run(SearchRepoOptions.of("other")).results())
                    .extracting(SearchResult::name).containsExactly("ca/other", "insecure/other");
        }
    }

    @Test
    void helmsRefusals() {
        assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("a/b", "http://x").build()))
                .hasMessage("repository name (a/b) contains '/', please specify a different name without '/'");
        assertThatThrownBy(() -> new RepoAdd(ctx).run(RepoAddOptions.builder("s",
                "https://kubernetes-charts.storage.googleapis.com").build()))
                .hasMessage("repo \"https://kubernetes-charts.storage.googleapis.com\" is no longer available; try "
                        + "\"https://charts.helm.sh/stable\" instead");
        assertThatThrownBy(() -> new RepoUpdate(ctx).run(RepoUpdateOptions.all()))
                .hasMessage("no repositories found. You must add one before updating");
        assertThatThrownBy(() -> new RepoRemove(ctx).run(RepoRemoveOptions.of("x")))
                .hasMessage("no repositories configured");
        assertThatThrownBy(() -> new SearchRepo(ctx).run(SearchRepoOptions.of("x")))
                .hasMessage("no repositories configured");
    }
}
