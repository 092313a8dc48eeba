package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.invite;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Many concurrent writers through the group commit: each write commits once, and stays committed. */
@Timeout(120)
class GroupCommitConcurrencyTest {
    private static final int WRITERS = 200;
    private static final int WRITES_EACH = 20;

    @TempDir
    Path dir;

    /**
     * Each write inserts its own user and bumps one shared counter (read-modify-write inside the
     * transaction): the count of users shows every write committed, the counter shows none ran
     * twice or was lost to a batch-mate.
     */
    @Test
    void manyConcurrentWritersAllCommitExactlyOnce() throws Exception {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> {
                tx.communities().insert(community(10, 1));
                tx.invites().insert(invite("abc", 10));
                return null;
            });
            List<Future<List<Long>>> writers = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(threads.submit(() -> {
                        List<Long> returned = new ArrayList<>();
                        for (int i = 0; i < WRITES_EACH; i++) {
                            long id = writer * 1_000L + i;
                            returned.add(storage.write(tx -> {
                                tx.users().insert(user(id, "u" + id));
                                tx.invites().incrementUses("abc");
                                return id;
                            }));
                        }
                        return returned;
                    }));
                }
                for (int w = 0; w < WRITERS; w++) {
                    List<Long> expected = new ArrayList<>();
                    for (int i = 0; i < WRITES_EACH; i++) {
                        expected.add(w * 1_000L + i);
                    }
                    assertThat(writers.get(w).get(60, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            }
            int total = WRITERS * WRITES_EACH;
            int uses = storage.read(tx -> tx.invites().byCode("abc").orElseThrow().uses());
            assertThat(uses).isEqualTo(total);
            assertThat(count(storage, "SELECT count(*) FROM users")).isEqualTo(total);
        }
    }

    /**
     * A write that returned is committed: another connection sees it at once, and it is still
     * there after the storage is closed and the file opened again.
     */
    @Test
    void acknowledgedWritesSurviveReopen() throws Exception {
        Path file = dir.resolve("parley.db");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        try (SqlStorage storage = SqlStorage.sqlite(file);
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> writes = new ArrayList<>();
            for (long id = 1; id <= 300; id++) {
                long own = id;
                writes.add(threads.submit(() -> {
                    storage.write(tx -> {
                        tx.users().insert(user(own, "u" + own));
                        return null;
                    });
                    acknowledged.add(own);
                }));
            }
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            assertThat(idsSeenByAnotherConnection(file)).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
        try (SqlStorage reopened = SqlStorage.sqlite(file)) {
            List<Long> ids = reopened.reader().withHandle(h -> h.createQuery("SELECT id FROM users")
                    .mapTo(Long.class).list());
            assertThat(ids).hasSize(300).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    private static int count(SqlStorage storage, String sql) {
        return storage.reader().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static List<Long> idsSeenByAnotherConnection(Path file) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM users")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
