package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints leave the writer's commits: the writer never runs one, and commits still reach the database file. */
class SqliteCheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void theWriterNeverCheckpointsItself() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            String autocheckpoint = storage.writer().withHandle(h -> h.createQuery("PRAGMA wal_autocheckpoint")
                    .mapTo(String.class).one());
            assertThat(autocheckpoint).isEqualTo("0");
        }
    }

    @Test
    void commitsReachTheDatabaseFileWithoutAnotherWrite() throws Exception {
        Path file = dir.resolve("parley.db");
        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            for (int i = 1; i <= 50; i++) {
                long id = i;
                storage.write(tx -> {
                    tx.users().insert(user(id, "user" + id));
                    return null;
                });
            }
            // The database file alone (a copy without its write-ahead log) holds what was checkpointed.
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> usersInFileAlone(file) == 50);
        }
    }

    private long usersInFileAlone(Path file) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".db");
        Files.copy(file, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1; // copied mid-checkpoint: try again
        }
    }
}
