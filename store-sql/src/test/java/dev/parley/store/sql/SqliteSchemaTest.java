package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.channel;
import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.invite;
import static dev.parley.store.sql.Fixtures.member;
import static dev.parley.store.sql.Fixtures.role;
import static dev.parley.store.sql.Fixtures.roleOverwrite;
import static dev.parley.store.sql.Fixtures.session;
import static dev.parley.store.sql.Fixtures.token;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema's own promises, checked at row level where the ports cannot see: cascades leave no
 * orphan rows behind, and each unique index reports the key the port Javadoc names.
 */
class SqliteSchemaTest {
    @TempDir
    Path dir;
    SqlStorage storage;

    @BeforeEach
    void open() {
        storage = SqlStorage.sqlite(dir.resolve("parley.db"));
        write(tx -> {
            tx.users().insert(user(1, "owner"));
            tx.communities().insert(community(10, 1));
            tx.roles().insert(role(10, 10));
            tx.roles().insert(role(11, 10));
            tx.members().insert(member(10, 1, 11L));
            tx.channels().insert(channel(20, 10, ChannelType.CATEGORY, null, roleOverwrite(11)));
            tx.channels().insert(channel(21, 10, ChannelType.TEXT, 20L, roleOverwrite(10), roleOverwrite(11)));
            tx.invites().insert(invite("abc", 10));
        });
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void deletingACommunityLeavesNoRowOfIt() {
        write(tx -> tx.communities().delete(10));
        for (String table : new String[] {"members", "member_roles", "roles", "channels", "channel_overwrites", "invites"}) {
            assertThat(rows(table)).as(table).isZero();
        }
        assertThat(rows("users")).isEqualTo(1);
    }

    @Test
    void deletingARoleDropsItsAssignmentsAndOverwritesOnly() {
        write(tx -> tx.roles().delete(11));
        assertThat(rows("member_roles")).isZero();
        assertThat(rows("channel_overwrites")).isEqualTo(1); // channel 21's overwrite for role 10
        assertThat(rows("members")).isEqualTo(1);
    }

    @Test
    void deletingACategoryKeepsItsChannelsOutsideIt() {
        write(tx -> tx.channels().delete(20));
        Long parent = storage.read(tx -> tx.channels().byId(21).orElseThrow().parentId());
        assertThat(parent).isNull();
        assertThat(rows("channel_overwrites")).isEqualTo(2);
    }

    @Test
    void eachUniqueIndexNamesThePortKey() {
        assertConflict("username", tx -> tx.users().insert(user(2, "OWNER", "other@example.org")));
        assertConflict("email", tx -> tx.users().insert(user(2, "other", "Owner@Example.ORG")));
        assertConflict("member", tx -> tx.members().insert(member(10, 1)));
        assertConflict("invite", tx -> tx.invites().insert(invite("abc", 10)));
        write(tx -> {
            tx.sessions().insert(session(30, 1));
            tx.sessions().insertRefreshToken(token("h", 30, 1));
        });
        assertConflict("refresh_token", tx -> tx.sessions().insertRefreshToken(token("h", 30, 1)));
    }

    @Test
    void aDeletedUserFreesNothingButItsEmail() {
        write(tx -> tx.users().update(user(1, "owner").erased(Fixtures.T0)));
        write(tx -> tx.users().insert(user(2, "owner")));
        User tombstone = storage.read(tx -> tx.users().byId(1).orElseThrow());
        assertThat(tombstone.username()).isEqualTo("deleted-1");
        assertConflict("username", tx -> tx.users().insert(user(3, "Deleted-1")));
    }

    private void assertConflict(String key, Consumer<Tx> work) {
        assertThatThrownBy(() -> write(work))
                .isInstanceOfSatisfying(StoreException.Conflict.class, c -> assertThat(c.key()).isEqualTo(key));
    }

    private void write(Consumer<Tx> work) {
        storage.write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    private int rows(String table) {
        return storage.reader().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
