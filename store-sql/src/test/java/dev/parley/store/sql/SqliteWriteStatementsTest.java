package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer connection keeps its prepared statements ({@link CachedStatements}): repeated writes
 * run kept statements, and a kept statement stays correct after the write that used it failed and
 * was undone, and after the writer connection was thrown away.
 */
class SqliteWriteStatementsTest {
    private static final long CHANNEL = 20;

    @TempDir
    Path dir;

    @Test
    void repeatedWritesReuseTheirStatements() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> tx.messages().append(message(100)));
            long prepared = storage.writeStatements().prepared();
            for (int i = 1; i <= 20; i++) {
                Message m = message(100 + i);
                Message stored = storage.write(tx -> tx.messages().append(m));
                assertThat(stored.seq()).isEqualTo(i + 1);
            }
            assertThat(storage.writeStatements().size()).isPositive();
            // Without reuse every append would prepare its statements again.
            assertThat(storage.writeStatements().prepared()).isEqualTo(prepared);
            long last = storage.read(tx -> tx.messages().lastSeq(CHANNEL));
            assertThat(last).isEqualTo(21);
        }
    }

    @Test
    void aKeptStatementThatFailedServesTheNextWrite() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> {
                tx.users().insert(user(1, "ada"));
                return null;
            });
            assertThatThrownBy(() -> storage.write(tx -> {
                tx.users().insert(user(2, "grace"));
                tx.users().insert(user(3, "ADA"));
                return null;
            })).isInstanceOfSatisfying(StoreException.Conflict.class, e -> assertThat(e.key()).isEqualTo("username"));
            storage.write(tx -> {
                tx.users().insert(user(2, "grace"));
                return null;
            });
            assertThat(userIds(storage)).containsExactly(1L, 2L);
        }
    }

    @Test
    void aFreshWriterConnectionPreparesAgain() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> tx.messages().append(message(1)));
            // An Error thrown inside a write makes the writer throw its connection away.
            assertThatThrownBy(() -> storage.write(tx -> {
                tx.messages().append(message(2));
                throw new AssertionError("crash");
            })).isInstanceOf(AssertionError.class);
            long prepared = storage.writeStatements().prepared();
            Message third = storage.write(tx -> tx.messages().append(message(3)));
            assertThat(third.seq()).isEqualTo(2);
            assertThat(storage.writeStatements().prepared()).as("the new connection prepares its own").isGreaterThan(prepared);
            Optional<Message> undone = storage.read(tx -> tx.messages().byId(2));
            assertThat(undone).isEmpty();
        }
    }

    private static List<Long> userIds(SqlStorage storage) {
        return storage.reader().withHandle(h -> h.createQuery("SELECT id FROM users ORDER BY id").mapTo(Long.class).list());
    }

    private static Message message(long id) {
        return Message.draft(id, CHANNEL, 1, "m" + id, "c" + id, null, Mentions.NONE, Fixtures.T0);
    }
}
