package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageConfigTest {
    @Test
    void theDefaultDatabaseIsASqliteFileInTheDataDirectory() {
        assertThat(new StorageConfig(Path.of("/srv/parley"), "").jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/parley/parley.db");
        assertThat(StorageConfig.defaults().jdbcUrl()).isEqualTo("jdbc:sqlite:./data/parley.db");
    }

    @Test
    void anExplicitSqliteUrlWins() {
        assertThat(new StorageConfig(Path.of("data"), "jdbc:sqlite:/tmp/x.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }
}
