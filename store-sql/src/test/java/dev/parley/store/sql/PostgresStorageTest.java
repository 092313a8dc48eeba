package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.T0;
import static dev.parley.store.sql.Fixtures.channel;
import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.member;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.event.LoggedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the PostgreSQL backend promises, on the real server: its isolation levels, the
 * ordering promises it keeps with locks while writers run side by side (gap-free seqs, event log
 * positions in commit order), idempotent sends under concurrent retries, and its URL forms.
 */
class PostgresStorageTest {
    private static final long OWNER = 1;
    private static final long COMMUNITY = 10;
    private static final long CHANNEL = 20;
    private static final AtomicLong IDS = new AtomicLong(1_000);

    private PostgresStorage storage;

    @BeforeEach
    void emptyDatabaseWithAChannel() {
        storage = PostgresTestDatabase.emptied();
        storage.write(tx -> {
            tx.users().insert(user(OWNER, "owner"));
            tx.communities().insert(community(COMMUNITY, OWNER));
            tx.members().insert(member(COMMUNITY, OWNER));
            tx.channels().insert(channel(CHANNEL, COMMUNITY, ChannelType.TEXT, null));
            return null;
        });
    }

    @Test
    void writersAreSerializableAndReadersReadOnlyWithOneSnapshot() {
        assertThat(setting(storage.writer(), "transaction_isolation")).isEqualTo("serializable");
        assertThat(setting(storage.writer(), "transaction_read_only")).isEqualTo("off");
        assertThat(setting(storage.reader(), "transaction_isolation")).isEqualTo("repeatable read");
        assertThat(setting(storage.reader(), "transaction_read_only")).isEqualTo("on");
    }

    @Test
    void concurrentAppendsToOneChannelStayGapFreeAndStrictlyIncreasing() throws Exception {
        int threads = 12;
        int perThread = 20;
        List<List<Long>> seqs = concurrently(threads, () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                Message draft = draft("m-" + IDS.incrementAndGet());
                mine.add(storage.write(tx -> tx.messages().append(draft)).seq());
            }
            return mine;
        });

        for (List<Long> mine : seqs) {
            assertThat(mine).as("one sender's seqs").isSorted().doesNotHaveDuplicates();
        }
        List<Message> stored = storage.read(tx -> tx.messages().after(CHANNEL, 0, 1_000));
        assertThat(stored).extracting(Message::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
        long lastSeq = storage.read(tx -> tx.messages().lastSeq(CHANNEL));
        assertThat(lastSeq).isEqualTo(threads * perThread);
        System.out.printf("%d appends to one channel from %d threads: %d transactions run again%n",
                threads * perThread, threads, storage.retries());
    }

    @Test
    void concurrentRetriesOfOneSendStoreOneMessageAndAllGetIt() throws Exception {
        // What core's send does in one write: look the client id up, append only when it is new.
        List<Long> ids = concurrently(12, () -> {
            Message draft = draft("same-client-id");
            return storage.write(tx -> tx.messages().byClientMsgId(OWNER, "same-client-id")
                    .orElseGet(() -> tx.messages().append(draft))).id();
        });

        assertThat(new TreeSet<>(ids)).hasSize(1);
        List<Message> stored = storage.read(tx -> tx.messages().after(CHANNEL, 0, 100));
        assertThat(stored).extracting(Message::id).containsExactly(ids.getFirst());
        assertThat(stored).extracting(Message::seq).containsExactly(1L);
    }

    @Test
    void eventLogPositionsBecomeVisibleInCommitOrder() throws Exception {
        int writers = 8;
        int perWriter = 30;
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<Long> seenByTailingReader = new TreeSet<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            // A reader that only ever asks for what lies after the last position it saw: a
            // position that committed after a higher one became visible would be skipped.
            Future<?> reader = pool.submit(() -> {
                long cursor = 0;
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    long after = cursor;
                    List<LoggedEvent> page;
                    do {
                        long from = after;
                        page = storage.read(tx -> tx.events().after(from, 100));
                        for (LoggedEvent e : page) {
                            seenByTailingReader.add(e.position());
                            after = e.position();
                        }
                    } while (!page.isEmpty());
                    cursor = after;
                }
                return null;
            });
            concurrently(writers, () -> {
                for (int i = 0; i < perWriter; i++) {
                    Message draft = draft("e-" + IDS.incrementAndGet());
                    storage.write(tx -> {
                        tx.messages().append(draft);
                        tx.events().append("channel:" + CHANNEL, "message_created", new byte[] {1}, T0);
                        Thread.yield(); // widen the window between drawing a position and committing it
                        return tx.events().append("channel:" + CHANNEL, "read_state", new byte[] {2}, T0);
                    });
                }
                return null;
            });
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
        }

        List<Long> all = storage.read(tx -> tx.events().after(0, 10_000)).stream().map(LoggedEvent::position).toList();
        assertThat(all).hasSize(writers * perWriter * 2);
        assertThat(seenByTailingReader).containsExactlyElementsOf(all);
        long head = storage.read(tx -> tx.events().head());
        assertThat(head).isEqualTo(all.getLast());
    }

    @Test
    void aWriteInsideAWriteFailsAtOnce() {
        assertThatThrownBy(() -> storage.write(tx -> storage.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class);
        Optional<User> owner = storage.write(tx -> tx.users().byId(OWNER));
        assertThat(owner).isPresent();
    }

    @Test
    void opensAPostgresqlSchemeUrlWithItsUser() {
        String jdbc = PostgresTestDatabase.url(); // jdbc:postgresql://host:port/name?user=...
        String user = jdbc.substring(jdbc.indexOf("?user=") + 6);
        String libpq = "postgresql://" + user + "@" + jdbc.substring("jdbc:postgresql://".length(), jdbc.indexOf('?'));
        try (PostgresStorage other = PostgresStorage.open(libpq, 2)) {
            assertThat(other.reachable()).isTrue();
            Optional<Channel> found = other.read(tx -> tx.channels().byId(CHANNEL));
            assertThat(found).isPresent();
        }
    }

    @Test
    void reachableFollowsTheDatabase() {
        String own = PostgresTestDatabase.createDatabase();
        try (PostgresStorage other = PostgresStorage.open(own, 1)) {
            assertThat(other.reachable()).isTrue();

            PostgresTestDatabase.drop(own);

            assertThat(other.reachable()).isFalse();
            assertThatThrownBy(() -> other.write(tx -> tx.users().byId(OWNER))).isInstanceOf(StoreException.Unavailable.class);
        }
    }

    @Test
    void aClosedStorageFailsAsUnavailable() {
        PostgresStorage other = PostgresStorage.open(PostgresTestDatabase.url(), 1);
        other.close();

        assertThat(other.reachable()).isFalse();
        assertThatThrownBy(() -> other.write(tx -> tx.users().byId(OWNER))).isInstanceOf(StoreException.Unavailable.class);
        assertThatThrownBy(() -> other.read(tx -> tx.users().byId(OWNER))).isInstanceOf(StoreException.Unavailable.class);
    }

    @Test
    void anUnreachableServerFailsAsUnavailableWithoutRepeatingThePassword() {
        assertThatThrownBy(() -> PostgresStorage.open("postgresql://parley:s3cret-pw@127.0.0.1:1/parley", 1))
                .isInstanceOf(StoreException.Unavailable.class)
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cret-pw");
                    }
                })
                .hasMessageContaining("127.0.0.1:1/parley");
    }

    private static Message draft(String clientMsgId) {
        return Message.draft(IDS.incrementAndGet(), CHANNEL, OWNER, "hello", clientMsgId, null, Mentions.NONE, T0);
    }

    private static String setting(Jdbi jdbi, String name) {
        return jdbi.inTransaction(h -> h.createQuery("SHOW " + name).mapTo(String.class).one());
    }

    /** Runs {@code task} on {@code threads} threads started together; their results in thread order. */
    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
