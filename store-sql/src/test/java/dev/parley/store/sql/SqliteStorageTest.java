package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.invite;
import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.member;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite backend promises: its pragmas, its file, its migrations, its locking. */
class SqliteStorageTest {
    @TempDir
    Path dir;

    @Test
    void everyConnectionRunsWalWithFullSyncAndForeignKeys() throws Exception {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            for (Jdbi jdbi : List.of(storage.writer(), storage.reader())) {
                assertThat(pragma(jdbi, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(jdbi, "synchronous")).isEqualTo("2");
                assertThat(pragma(jdbi, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(jdbi, "busy_timeout")).isEqualTo("5000");
                boolean generatedKeys = jdbi.withHandle(h -> h.getConnection().unwrap(SQLiteConnection.class)
                        .getConnectionConfig().isGetGeneratedKeys());
                assertThat(generatedKeys).as("JDBC generated keys (a pattern match and a query per statement)").isFalse();
            }
            assertThat(pragma(storage.writer(), "query_only")).isEqualTo("0");
            assertThat(pragma(storage.reader(), "query_only")).isEqualTo("1");
        }
    }

    @Test
    void createsParentDirectoriesAndSurvivesCloseAndReopen() {
        Path file = dir.resolve("a/b/parley.db");
        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            storage.write(tx -> {
                tx.users().insert(user(1, "Ada"));
                return null;
            });
        }
        assertThat(Files.isRegularFile(file)).isTrue();
        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            Optional<User> found = storage.read(tx -> tx.users().byUsername("ada"));
            assertThat(found).contains(user(1, "Ada"));
        }
    }

    @Test
    void migratesAnEmptyFileToHeadOnceAndNeverAgain() {
        Path file = dir.resolve("parley.db");
        List<Map<String, Object>> first;
        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            first = history(storage);
            assertThat(first).extracting(row -> row.get("version")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(first).allSatisfy(row -> assertThat(row.get("success")).isIn(1, true));
            List<String> tables = storage.reader().withHandle(h -> h.createQuery(
                            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%'"
                                    + " AND name NOT LIKE 'sqlite%' ORDER BY name")
                    .mapTo(String.class).list());
            assertThat(tables).containsExactly("channel_overwrites", "channel_seqs", "channels", "communities",
                    "conversations", "event_log", "gateway_sessions", "invites", "member_roles", "members",
                    "message_mentions", "message_versions", "messages", "participants", "rate_limits", "reactions",
                    "read_states", "refresh_tokens", "roles", "sessions", "signing_keys",
                    "user_last_seen", "user_settings", "users");
        }
        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            assertThat(history(storage)).isEqualTo(first);
        }
    }

    @Test
    void failedWorkRollsBackAndPropagatesTheSameException() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            IllegalStateException boom = new IllegalStateException("boom");
            assertThatThrownBy(() -> storage.write(tx -> {
                tx.users().insert(user(1, "ada"));
                throw boom;
            })).isSameAs(boom);
            Optional<User> none = storage.read(tx -> tx.users().byId(1));
            assertThat(none).isEmpty();
        }
    }

    @Test
    void aConflictIsTypedAtTheCallThatCausedItAndTheWorkMayGoOn() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> {
                tx.users().insert(user(1, "ada"));
                return null;
            });
            String key = storage.write(tx -> {
                try {
                    tx.users().insert(user(2, "ADA"));
                    return "none";
                } catch (StoreException.Conflict e) {
                    tx.users().insert(user(3, "grace"));
                    return e.key();
                }
            });
            assertThat(key).isEqualTo("username");
            Optional<User> other = storage.read(tx -> tx.users().byId(3));
            assertThat(other).isPresent();
        }
    }

    @Test
    void aReadCannotWriteAndItsFailureShowsNoBoundValue() {
        User secret = user(1, "ada").withPasswordHash("argon2id-secret");
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            assertThatThrownBy(() -> storage.read(tx -> {
                tx.users().insert(secret);
                return null;
            })).isInstanceOf(StoreException.Unavailable.class).satisfies(e -> {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).doesNotContain("argon2id-secret");
                }
            });
            Optional<User> none = storage.read(tx -> tx.users().byId(1));
            assertThat(none).isEmpty();
        }
    }

    /** Read-then-write work from many threads: serialized writers never lose or duplicate. */
    @Test
    void concurrentWritesSerialize() throws Exception {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"));
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            storage.write(tx -> {
                tx.communities().insert(community(10, 1));
                tx.invites().insert(invite("abc", 10));
                return null;
            });
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Callable<Object> join = () -> storage.write(tx -> {
                    int next = tx.members().count(10) + 1;
                    tx.members().insert(member(10, next));
                    tx.invites().incrementUses("abc");
                    return null;
                });
                done.add(pool.submit(join));
            }
            for (Future<Object> f : done) {
                f.get();
            }
            int members = storage.read(tx -> tx.members().count(10));
            int uses = storage.read(tx -> tx.invites().byCode("abc").orElseThrow().uses());
            assertThat(members).isEqualTo(40);
            assertThat(uses).isEqualTo(40);
        }
    }

    @Test
    void reachableUntilClosed() {
        SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"));
        assertThat(storage.reachable()).isTrue();
        storage.close();
        assertThat(storage.reachable()).isFalse();
        assertThatThrownBy(() -> storage.read(tx -> tx.users().byId(1)))
                .isInstanceOf(StoreException.Unavailable.class);
        storage.close(); // idempotent
    }

    private static String pragma(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }

    private static List<Map<String, Object>> history(SqlStorage storage) {
        return storage.reader().withHandle(h -> h.createQuery(
                        "SELECT version, script, checksum, installed_on, success FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL ORDER BY installed_rank")
                .mapToMap().list());
    }
}
