package io.helm4j.storage.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PgConnectionStringTest {
    @Test
    void readsLibPqUrls() {
        PgConnectionString cs = PgConnectionString.parse(
                "postgres://helm:p%40ss@db.example:6543/releases?sslmode=disable&connect_timeout=5", Map.of());
        assertThat(cs.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/releases");
        assertThat(cs.properties()).containsEntry("user", "helm").containsEntry("password", "p@ss")
                .containsEntry("sslmode", "disable").containsEntry("connectTimeout", "5")
                .containsEntry("stringtype", "unspecified");
    }

    @Test
    void readsKeyValuePairsWithQuotesAndDefaultsLikeLibPq() {
        PgConnectionString cs = PgConnectionString.parse("host=10.0.0.1 user=helm password='it\\'s x' dbname=h",
                Map.of());
        assertThat(cs.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.1:5432/h");
        assertThat(cs.properties()).containsEntry("sslmode", "require").containsEntry("password", "it's x");
        PgConnectionString env = PgConnectionString.parse("dbname=x", Map.of("PGHOST", "pg", "PGPORT", "1",
                "PGUSER", "u", "PGSSLMODE", "disable"));
        assertThat(env.jdbcUrl()).isEqualTo("jdbc:postgresql://pg:1/x");
        assertThat(env.properties()).containsEntry("user", "u").containsEntry("sslmode", "disable");
        assertThat(PgConnectionString.parse("jdbc:postgresql://h/db", Map.of()).jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void refusesWhatItCannotConnectTo() {
        assertThatThrownBy(() -> PgConnectionString.parse("host=/var/run/postgresql", Map.of()))
                .hasMessageContaining("unix socket");
        assertThatThrownBy(() -> PgConnectionString.parse("host", Map.of())).hasMessageContaining("missing \"=\"");
    }
}
