package dev.parley.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The member-count migration (V6) upgrades an older file in place: communities keep their counts. */
class SqliteMemberCountMigrationTest {
    @TempDir
    Path dir;

    @Test
    void membersWrittenBeforeV6AreCounted() {
        Path file = dir.resolve("parley.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations(SqliteDialect.INSTANCE.migrations())
                .target("4").load().migrate();
        Jdbi.create(url).useHandle(h -> {
            h.execute("INSERT INTO communities (id, name, description, owner_id, created_at) VALUES (10, 'Lab', NULL, 1, 0)");
            h.execute("INSERT INTO communities (id, name, description, owner_id, created_at) VALUES (11, 'Empty', NULL, 1, 0)");
            for (long user = 1; user <= 3; user++) {
                h.execute("INSERT INTO members (community_id, user_id, nickname, joined_at) VALUES (10, ?, NULL, 0)", user);
            }
        });

        try (SqlStorage storage = SqlStorage.sqlite(file)) {
            Map<Long, Integer> counts = storage.read(tx -> tx.members().counts(List.of(10L, 11L)));
            assertThat(counts).isEqualTo(Map.of(10L, 3, 11L, 0));
            storage.write(tx -> {
                tx.members().delete(10, 2);
                return null;
            });
            int left = storage.read(tx -> tx.members().count(10));
            assertThat(left).isEqualTo(2);
        }
    }
}
