package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageConfigTest {
    @Test
    void theDefaultDatabaseIsASqliteFileInTheDataDirectory() {
        assertThat(new StorageConfig(Path.of("/srv/parley"), "").jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/parley/parley.db");
        assertThat(StorageConfig.defaults().jdbcUrl()).isEqualTo("jdbc:sqlite:./data/parley.db");
        assertThat(StorageConfig.defaults().postgres()).isFalse();
        assertThat(StorageConfig.defaults().poolSize()).isEqualTo(10);
    }

    @Test
    void anExplicitSqliteUrlWins() {
        assertThat(new StorageConfig(Path.of("data"), "jdbc:sqlite:/tmp/x.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }

    @Test
    void postgresqlUrlsInJdbcAndLibpqFormSelectPostgresql() {
        for (String url : new String[] {"jdbc:postgresql://db:5432/parley?user=parley", "postgresql://parley:pw@db/parley",
                "postgres://db.example.com:6432/parley?sslmode=require"}) {
            StorageConfig config = new StorageConfig(Path.of("data"), url, 20);
            assertThat(config.postgres()).as(url).isTrue();
            assertThat(config.jdbcUrl()).isEqualTo(url);
        }
    }

    @Test
    void aPostgresqlUrlWithoutHostOrDatabaseIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> new StorageConfig(Path.of("data"), "postgresql://parley:pw@db.example.com/"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("storage.database-url: needs a host and a database")
                .message().doesNotContain("pw");
    }
}
