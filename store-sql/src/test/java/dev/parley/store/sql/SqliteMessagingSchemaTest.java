package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.T0;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messaging migration (V2) at row and plan level, where the ports cannot see: it upgrades a V1
 * file in place, its page and count queries walk indexes instead of scanning {@code messages}, a
 * tombstone leaves no mention, version or reaction row, and its unique keys name the port keys.
 */
class SqliteMessagingSchemaTest {
    private static final long CHANNEL = 20;

    @TempDir
    Path dir;

    @Test
    void upgradesAnExistingV1FileKeepingItsData() {
        Path file = dir.resolve("parley.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations(SqliteDialect.INSTANCE.migrations())
                .target("1").load().migrate();
        Jdbi v1 = Jdbi.create(url);
        User ada = user(1, "Ada");
        v1.useHandle(h -> UserRows.bind(h.createUpdate("""
                INSERT INTO users (id, username, username_canonical, display_name, email, email_canonical,
                                   password_hash, bio, pronouns, custom_status, accent_color, avatar, admin,
                                   created_at, deleted_at)
                VALUES (:id, :username, :username_canonical, :display_name, :email, :email_canonical,
                        :password_hash, :bio, :pronouns, :custom_status, :accent_color, :avatar, :admin,
                        :created_at, :deleted_at)"""), ada).execute());
        assertThat(versions(v1)).containsExactly("1");

        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            assertThat(versions(storage.reader())).startsWith("1", "2");
            Optional<User> kept = storage.read(tx -> tx.users().byUsername("ada"));
            assertThat(kept).contains(ada);
            Message hello = storage.write(tx -> tx.messages().append(message(100, ada.id(), Mentions.NONE)));
            assertThat(hello.seq()).isEqualTo(1);
            List<Message> page = storage.read(tx -> tx.messages().after(CHANNEL, 0, 10));
            assertThat(page).containsExactly(hello);
        }
    }

    @Test
    void pageQueriesSearchTheChannelSeqIndexWithoutSortingOrScanning() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            for (String page : List.of(SqlMessageStore.BEFORE, SqlMessageStore.AFTER, SqlMessageStore.BETWEEN,
                    SqlMessageStore.LATEST)) {
                List<String> plan = plan(storage, page, q -> q.bind("channel", CHANNEL).bind("seq", 10)
                        .bind("from", 1).bind("to", 10).bind("after", 1).bind("reader", 1).bind("limit", 50));
                assertThat(plan).as(page).anyMatch(step -> step.startsWith("SEARCH messages USING INDEX messages_channel_seq"));
                assertThat(plan).as(page).noneMatch(step -> step.startsWith("SCAN")).noneMatch(step -> step.contains("TEMP B-TREE"));
            }
        }
    }

    @Test
    void unreadCountsSearchOnlyTheReadersOwnMessagesAndTheTombstones() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            List<String> plan = plan(storage, SqlMessageStore.COUNT_AFTER, q -> q.bind("channel", CHANNEL)
                    .bind("after", 1).bind("reader", 1));

            assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING COVERING INDEX messages_channel_author_seq"));
            assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INDEX messages_deleted"));
            assertThat(plan).anyMatch(step -> step.startsWith("SEARCH channel_seqs"));
            assertThat(plan).noneMatch(step -> step.contains("messages_channel_seq ")).noneMatch(step -> step.startsWith("SCAN messages"));
        }
    }

    @Test
    void mentionCountsSearchTheMentionTargetAndBroadcastIndexesWithoutScanning() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            List<String> withRoles = plan(storage, SqlMentions.countAfterSql(true), q -> q.bind("channel", CHANNEL)
                    .bind("after", 1).bind("reader", 1).bindList("roles", List.of(5L, 6L)));
            List<String> withoutRoles = plan(storage, SqlMentions.countAfterSql(false), q -> q.bind("channel", CHANNEL)
                    .bind("after", 1).bind("reader", 1));

            assertThat(withRoles).filteredOn(step -> step.contains("USING INDEX message_mentions_target")).hasSize(2);
            assertThat(withoutRoles).filteredOn(step -> step.contains("USING INDEX message_mentions_target")).hasSize(1);
            for (List<String> plan : List.of(withRoles, withoutRoles)) {
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INDEX messages_broadcast"));
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INTEGER PRIMARY KEY"));
                assertThat(plan).noneMatch(step -> step.startsWith("SCAN"));
            }
        }
    }

    @Test
    void batchedUnreadCountsSearchTheSameIndexesPerChannelWithoutScanningMessages() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            List<String> withRoles = plan(storage, SqlUnreadCounts.statement(2, 3), q -> q.bind("reader", 1)
                    .bind("c0", CHANNEL).bind("a0", 1).bind("c1", CHANNEL + 1).bind("a1", 0)
                    .bind("rc0", CHANNEL).bind("r0", 5).bind("rc1", CHANNEL).bind("r1", 6).bind("rc2", CHANNEL + 1).bind("r2", 7));
            List<String> withoutRoles = plan(storage, SqlUnreadCounts.statement(1, 0), q -> q.bind("reader", 1)
                    .bind("c0", CHANNEL).bind("a0", 1));

            assertThat(withRoles).filteredOn(step -> step.contains("USING INDEX message_mentions_target")).hasSize(2);
            assertThat(withoutRoles).filteredOn(step -> step.contains("USING INDEX message_mentions_target")).hasSize(1);
            for (List<String> plan : List.of(withRoles, withoutRoles)) {
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING COVERING INDEX messages_channel_author_seq"));
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INDEX messages_deleted"));
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INDEX messages_broadcast"));
                assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING INTEGER PRIMARY KEY"));
                assertThat(plan).noneMatch(step -> step.startsWith("SCAN messages") || step.startsWith("SCAN message_mentions"));
            }
        }
    }

    @Test
    void latestOfSearchesTheCounterAndTheChannelSeqIndex() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            List<String> plan = plan(storage, SqlMessageStore.LATEST_OF, q -> q.bindList("ids", List.of(CHANNEL, CHANNEL + 1)));

            assertThat(plan).anyMatch(step -> step.startsWith("SEARCH messages USING") && step.contains("INDEX messages_channel_seq"));
            assertThat(plan).anyMatch(step -> step.startsWith("SEARCH channel_seqs USING INTEGER PRIMARY KEY"));
            assertThat(plan).noneMatch(step -> step.startsWith("SCAN messages"));
        }
    }

    @Test
    void aTombstoneLeavesNoMentionVersionOrReactionRow() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            Message kept = storage.write(tx -> tx.messages().append(
                    message(100, 1, new Mentions(Set.of(2L), Set.of(3L), false, false))));
            Message doomed = storage.write(tx -> tx.messages().append(
                    message(101, 1, new Mentions(Set.of(2L, 4L), Set.of(3L), true, true))));
            write(storage, tx -> {
                for (Message m : List.of(kept, doomed)) {
                    tx.messages().addVersion(new MessageVersion(m.id(), 1, "v1", T0, T0.plusSeconds(1)));
                    tx.reactions().add(new Reaction(m.id(), 2, "👍", T0));
                }
            });
            assertThat(rows(storage, "message_mentions")).isEqualTo(5);

            write(storage, tx -> tx.messages().update(doomed.tombstone(T0.plusSeconds(2))));

            for (String table : List.of("message_mentions", "message_versions", "reactions")) {
                assertThat(ids(storage, "SELECT DISTINCT message_id FROM " + table)).as(table).containsExactly(kept.id());
            }
            assertThat(ids(storage, "SELECT id FROM messages WHERE mention_everyone OR mention_here")).isEmpty();
        }
    }

    @Test
    void deletingAConversationCascadesToItsParticipantsOnly() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            write(storage, tx -> {
                for (long id : List.of(30L, 31L)) {
                    tx.conversations().insert(new Conversation(id, Conversation.Kind.GROUP, "g" + id, 1L, null, T0, T0));
                    tx.conversations().addParticipant(new Participant(id, 1, T0));
                    tx.conversations().addParticipant(new Participant(id, 2, T0));
                }
            });

            write(storage, tx -> tx.conversations().delete(30));

            assertThat(ids(storage, "SELECT conversation_id FROM participants")).containsExactly(31L, 31L);
        }
    }

    @Test
    void eachMessagingUniqueIndexNamesThePortKey() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            Message first = storage.write(tx -> tx.messages().append(message(100, 1, Mentions.NONE)));
            Conversation dm = new Conversation(30, Conversation.Kind.DM, null, null, Conversation.dmKey(1, 2), T0, T0);
            write(storage, tx -> {
                tx.conversations().insert(dm);
                tx.conversations().addParticipant(new Participant(30, 1, T0));
            });

            assertConflict(storage, "client_msg_id", tx -> tx.messages().append(
                    Message.draft(101, CHANNEL + 1, 1, "again", first.clientMsgId(), null, Mentions.NONE, T0)));
            assertConflict(storage, "dm", tx -> tx.conversations().insert(
                    new Conversation(31, Conversation.Kind.DM, null, null, Conversation.dmKey(2, 1), T0, T0)));
            assertConflict(storage, "participant", tx -> tx.conversations().addParticipant(new Participant(30, 1, T0)));
        }
    }

    private static Message message(long id, long authorId, Mentions mentions) {
        return Message.draft(id, CHANNEL, authorId, "message " + id, "client-" + id, null, mentions, T0);
    }

    private static List<String> plan(SqlStorage storage, String sql, Consumer<Query> binds) {
        return storage.reader().withHandle(h -> {
            Query query = h.createQuery("EXPLAIN QUERY PLAN " + sql);
            binds.accept(query);
            return query.map((rs, ctx) -> rs.getString("detail")).list();
        });
    }

    private static List<String> versions(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    private static int rows(SqlStorage storage, String table) {
        return storage.reader().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private static List<Long> ids(SqlStorage storage, String sql) {
        return storage.reader().withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    private static void assertConflict(SqlStorage storage, String key, Consumer<Tx> work) {
        assertThatThrownBy(() -> write(storage, work))
                .isInstanceOfSatisfying(StoreException.Conflict.class, c -> assertThat(c.key()).isEqualTo(key));
    }

    private static void write(SqlStorage storage, Consumer<Tx> work) {
        storage.write(tx -> {
            work.accept(tx);
            return null;
        });
    }
}
