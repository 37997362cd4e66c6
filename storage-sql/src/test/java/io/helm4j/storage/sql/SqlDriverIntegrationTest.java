package io.helm4j.storage.sql;

import static io.helm4j.release.ReleaseStatus.DEPLOYED;
import static io.helm4j.release.ReleaseStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Driver;
import io.helm4j.storage.NoDeployedReleasesException;
import io.helm4j.storage.ReleaseExistsException;
import io.helm4j.storage.ReleaseNotFoundException;
import io.helm4j.storage.Storage;
import io.helm4j.storage.StorageDrivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL driver against a real PostgreSQL: the one {@code .ci/run} starts ({@code .ci/postgres}),
 * named by {@code HELM4J_IT_POSTGRES_URL} (a lib/pq connection string). Skipped, saying so, when unset.
 * Each test works in namespaces of its own, so runs against one database do not interfere.
 */
class SqlDriverIntegrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
    private final String ns = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private String url;
    private SqlDriver driver;

    @BeforeEach
    void open() {
        url = System.getenv("HELM4J_IT_POSTGRES_URL");
        assumeTrue(url != null && !url.isEmpty(),
                "skipped: HELM4J_IT_POSTGRES_URL is unset (.ci/run starts a PostgreSQL and sets it)");
        driver = SqlDriver.open(url, ns, Map.of(), CLOCK);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private static Release release(String name, int version, ReleaseStatus status, String namespace) {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-07T03:00:00.123456789Z").plusSeconds(version);
        return new Release(name, new ReleaseInfo(t, t, null, "rev " + version, status, 0, "notes <&>", null), null,
                Map.of("replicaCount", 2.0), "kind: ConfigMap\n", List.of(), version, namespace, Map.of(), "ssa", null);
    }

    private Connection jdbc() throws SQLException {
        PgConnectionString cs = PgConnectionString.parse(url, Map.of());
        return DriverManager.getConnection(cs.jdbcUrl(), cs.properties());
    }

    private List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void setsUpHelmsSchemaAndMigrationRecords() throws SQLException {
        assertThat(column("SELECT id FROM gorp_migrations ORDER BY id")).containsExactly("custom_labels", "init");
        assertThat(column("SELECT column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')"
                + " || ' ' || is_nullable FROM information_schema.columns WHERE table_name = 'releases_v1'"
                + " ORDER BY ordinal_position")).containsExactly("key character varying(90) NO",
                        "type character varying(64) NO", "body text NO", "name character varying(64) NO",
                        "namespace character varying(64) NO", "version integer NO", "status text NO", "owner text NO",
                        "createdat integer NO", "modifiedat integer NO");
        assertThat(column("SELECT column_name || ' ' || character_maximum_length FROM information_schema.columns"
                + " WHERE table_name = 'custom_labels_v1' ORDER BY ordinal_position"))
                .containsExactly("releasekey 64", "releasenamespace 67", "key 317", "value 63");
        assertThat(column("SELECT indexdef FROM pg_indexes WHERE tablename = 'releases_v1' ORDER BY indexdef"))
                .hasSize(7).anyMatch(d -> d.contains("(key, namespace)") && d.contains("UNIQUE"))
                .anyMatch(d -> d.contains("(modifiedat)"));
        assertThat(column("SELECT relrowsecurity::text FROM pg_class WHERE relname IN ('releases_v1','custom_labels_v1')"))
                .containsExactly("true", "true");
        SqlDriver.open(url, ns, Map.of(), CLOCK).close(); // a second open finds every migration applied
        assertThat(column("SELECT count(*) FROM gorp_migrations")).containsExactly("2");
    }

    @Test
    void storesHelmsRowsAndReadsThemBack() throws SQLException {
        Storage s = new Storage(driver);
        Release v1 = release("demo", 1, DEPLOYED, ns).withLabels(Map.of("team", "x", "owner", "dropped"));
        s.create(v1);
        assertThat(column("SELECT key || ' ' || type || ' ' || name || ' ' || namespace || ' ' || version || ' ' || status"
                + " || ' ' || owner || ' ' || createdat || ' ' || modifiedat FROM releases_v1 WHERE namespace = '" + ns
                + "'")).containsExactly("sh.helm.release.v1.demo.v1 helm.sh/release.v1 demo " + ns
                        + " 1 deployed helm 1800000000 0");
        assertThat(column("SELECT body FROM releases_v1 WHERE namespace = '" + ns + "'").getFirst())
                .isEqualTo(ReleaseCodec.encode(v1));
        assertThat(column("SELECT key || '=' || value FROM custom_labels_v1 WHERE releasenamespace = '" + ns + "'"))
                .containsExactly("team=x");
        assertThat(s.get("demo", 1).labels()).isEqualTo(Map.of("team", "x"));
        assertThat(ReleaseCodec.toJson(s.get("demo", 1))).isEqualTo(ReleaseCodec.toJson(v1));
        assertThatThrownBy(() -> s.create(v1)).isInstanceOf(ReleaseExistsException.class);

        s.update(release("demo", 1, SUPERSEDED, ns));
        s.create(release("demo", 2, DEPLOYED, ns));
        assertThat(column("SELECT modifiedat FROM releases_v1 WHERE key = 'sh.helm.release.v1.demo.v1' AND namespace = '"
                + ns + "'")).containsExactly("1800000000");
        assertThat(s.history("demo")).extracting(Release::version).containsExactlyInAnyOrder(1, 2);
        assertThat(s.deployed("demo").version()).isEqualTo(2);
        assertThat(s.last("demo").version()).isEqualTo(2);
        assertThat(driver.query(Map.of("name", "demo", "version", "1"))).extracting(Release::status)
                .containsExactly(SUPERSEDED);
        assertThat(driver.list(r -> true)).allMatch(r -> r.labels().get("owner").equals("helm"));
        assertThatThrownBy(() -> driver.query(Map.of("team", "x"))).hasMessage("unknown label team");
        assertThatThrownBy(() -> s.deployed("nothing")).isInstanceOf(NoDeployedReleasesException.class);

        assertThat(s.delete("demo", 1).labels()).isEqualTo(Map.of("team", "x"));
        assertThat(column("SELECT count(*) FROM custom_labels_v1 WHERE releasenamespace = '" + ns + "'"))
                .containsExactly("0");
        assertThatThrownBy(() -> s.get("demo", 1)).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> s.delete("demo", 1)).isInstanceOf(ReleaseNotFoundException.class);
    }

    @Test
    void historyMaxPrunesRows() {
        Storage s = new Storage(driver, 2);
        for (int v = 1; v <= 4; v++) {
            s.create(release("app", v, v == 4 ? DEPLOYED : SUPERSEDED, ns));
        }
        assertThat(s.history("app")).extracting(Release::version).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void theFixtureRecordsHelmWroteSurviveTheDatabase() throws IOException {
        Path fx = Path.of(System.getProperty("helm4j.shared", "../shared"), "fixtures/helm3-releases");
        assumeTrue(Files.isDirectory(fx), "skipped: ../shared/fixtures/helm3-releases is absent");
        List<Path> raws;
        try (Stream<Path> w = Files.walk(fx, 2)) {
            raws = w.filter(p -> p.toString().endsWith(".release.raw.json")).sorted().toList();
        }
        assertThat(raws).hasSize(11);
        Storage s = new Storage(driver);
        for (Path raw : raws) {
            String json = Files.readString(raw);
            Release r = ReleaseCodec.fromJson(json);
            Release mine = new Release(r.name(), r.info(), r.chart(), r.config(), r.manifest(), r.hooks(), r.version(),
                    ns + "-" + r.namespace(), r.labels(), r.applyMethod(), r.format());
            s.create(mine);
            assertThat(ReleaseCodec.toJson(s.get(r.name(), r.version()))).isEqualTo(ReleaseCodec.toJson(mine));
        }
        driver.setNamespace("");
        assertThat(s.listReleases()).filteredOn(r -> r.namespace().startsWith(ns)).hasSize(11);
    }

    @Test
    void helmDriverSqlFindsThisModule() {
        Driver d = StorageDrivers.open("sql", ns, Map.of(SqlDriverProvider.CONNECTION_STRING_ENV, url), CLOCK,
                (kind, n) -> {
                    throw new AssertionError("no Kubernetes objects for the SQL driver");
                });
        assertThat(d.name()).isEqualTo("SQL");
        ((SqlDriver) d).close();
        assertThatThrownBy(() -> SqlDriver.open("postgres://nobody@127.0.0.1:1/x?sslmode=disable&connect_timeout=2",
                ns, Map.of(), CLOCK)).hasMessageStartingWith("unable to instantiate SQL driver: ");
    }
}
