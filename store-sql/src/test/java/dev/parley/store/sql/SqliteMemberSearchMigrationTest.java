package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.community.Member;
import dev.parley.domain.user.User;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The member-search migration (V4) upgrades a V3 file in place: nicknames written before it are found. */
class SqliteMemberSearchMigrationTest {
    @TempDir
    Path dir;

    @Test
    void nicknamesWrittenBeforeV4AreFoundByPrefix() {
        Path file = dir.resolve("parley.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations(SqliteDialect.INSTANCE.migrations())
                .target("3").load().migrate();
        Jdbi v3 = Jdbi.create(url);
        User ada = user(1, "Ada");
        v3.useHandle(h -> {
            UserRows.bind(h.createUpdate("""
                    INSERT INTO users (id, username, username_canonical, display_name, email, email_canonical,
                                       password_hash, bio, pronouns, custom_status, accent_color, avatar, admin,
                                       created_at, deleted_at)
                    VALUES (:id, :username, :username_canonical, :display_name, :email, :email_canonical,
                            :password_hash, :bio, :pronouns, :custom_status, :accent_color, :avatar, :admin,
                            :created_at, :deleted_at)"""), ada).execute();
            h.execute("INSERT INTO communities (id, name, description, owner_id, created_at) VALUES (10, 'Lab', NULL, 1, 0)");
            h.execute("INSERT INTO members (community_id, user_id, nickname, joined_at) VALUES (10, 1, 'Countess', 0)");
        });

        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            List<Member> found = storage.read(tx -> tx.members().search(10, "COUNT", 10));
            assertThat(found).extracting(Member::userId).containsExactly(ada.id());
            assertThat(found.getFirst().nickname()).isEqualTo("Countess");
        }
    }
}
