package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.user.User;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader connections keep their prepared statements ({@link CachedStatements}): a read runs kept
 * statements again, yet always sees what committed before it started, and the same SQL open twice
 * at once gets two statements.
 */
class SqliteReadStatementsTest {
    private static final long CHANNEL = 20;

    @TempDir
    Path dir;

    @Test
    void repeatedReadsReuseTheirStatementsAndSeeEveryCommitBeforeThem() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            long none = storage.read(tx -> tx.messages().lastSeq(CHANNEL));
            storage.read(tx -> tx.messages().byId(1));
            long prepared = storage.readStatements().prepared();
            int kept = storage.readStatements().size();
            for (int i = 1; i <= 20; i++) {
                Message m = message(100 + i);
                storage.write(tx -> tx.messages().append(m));
                long seq = storage.read(tx -> tx.messages().lastSeq(CHANNEL));
                Optional<Message> read = storage.read(tx -> tx.messages().byId(m.id()));
                assertThat(seq).isEqualTo(i);
                assertThat(read).map(Message::seq).contains((long) i);
            }
            assertThat(none).isZero();
            assertThat(kept).isPositive();
            // Without reuse that would be 40 more: at most each reader connection prepares the two once.
            assertThat(storage.readStatements().prepared()).isLessThanOrEqualTo(prepared + 3L * SqliteConnections.READERS);
            assertThat(storage.readStatements().size()).isLessThanOrEqualTo(kept + 3 * SqliteConnections.READERS);
        }
    }

    @Test
    void readsOnManyThreadsSeeTheirOwnAnswers() throws Exception {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            List<User> users = List.of(user(1, "Ada"), user(2, "Bob"), user(3, "Cy"), user(4, "Di"));
            storage.write(tx -> {
                users.forEach(tx.users()::insert);
                return null;
            });
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<Boolean>> checks = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    User wanted = users.get(i % users.size());
                    checks.add(pool.submit(() -> storage.read(tx -> tx.users().byId(wanted.id())).orElseThrow().equals(wanted)
                            && storage.read(tx -> tx.users().byUsername(wanted.username())).orElseThrow().equals(wanted)));
                }
                for (Future<Boolean> check : checks) {
                    assertThat(check.get()).isTrue();
                }
            }
        }
    }

    @Test
    void theSameSqlOpenTwiceInOneHandleGetsTwoStatements() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> {
                tx.users().insert(user(1, "Ada"));
                tx.users().insert(user(2, "Bob"));
                return null;
            });
            String sql = "SELECT id FROM users ORDER BY id";
            List<Long> pairs = storage.reader().withHandle(h -> {
                Iterator<Long> outer = h.createQuery(sql).mapTo(Long.class).iterator();
                List<Long> seen = new java.util.ArrayList<>();
                while (outer.hasNext()) {
                    long first = outer.next();
                    for (long second : h.createQuery(sql).mapTo(Long.class).list()) {
                        seen.add(first * 10 + second);
                    }
                }
                return seen;
            });
            assertThat(pairs).containsExactly(11L, 12L, 21L, 22L);
        }
    }

    private static Message message(long id) {
        return Message.draft(id, CHANNEL, 1, "m" + id, "c" + id, null, Mentions.NONE, Fixtures.T0);
    }
}
