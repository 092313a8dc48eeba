package dev.parley.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both dialects' migrations, from an empty database to the head: every migration applies, the
 * schema ends at the same version on both, and both end with the same tables holding the same
 * columns, which is what lets the {@code Sql*Store} classes and their row mappers serve both.
 */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptySqliteFileMigratesToTheHead() {
        Flyway flyway = flyway(SqliteDialect.INSTANCE, "jdbc:sqlite:" + dir.resolve("empty.db"));

        assertMigratedToHead(flyway);
    }

    @Test
    void anEmptyPostgresDatabaseMigratesToTheHead() {
        Flyway flyway = flyway(PostgresDialect.INSTANCE, PostgresTestDatabase.createDatabase());

        assertMigratedToHead(flyway);
    }

    @Test
    void bothDialectsHaveTheSameVersionsTablesAndColumns() {
        String sqlite = "jdbc:sqlite:" + dir.resolve("parity.db");
        String postgres = PostgresTestDatabase.createDatabase();
        Flyway onSqlite = flyway(SqliteDialect.INSTANCE, sqlite);
        Flyway onPostgres = flyway(PostgresDialect.INSTANCE, postgres);
        onSqlite.migrate();
        onPostgres.migrate();

        assertThat(versions(onPostgres)).isEqualTo(versions(onSqlite));
        assertThat(postgresColumns(postgres)).isEqualTo(sqliteColumns(sqlite)).isNotEmpty();
    }

    @Test
    void migratingAgainAppliesNothing() {
        String postgres = PostgresTestDatabase.createDatabase();
        for (Flyway flyway : List.of(flyway(SqliteDialect.INSTANCE, "jdbc:sqlite:" + dir.resolve("again.db")),
                flyway(PostgresDialect.INSTANCE, postgres))) {
            flyway.migrate();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }
    }

    private static void assertMigratedToHead(Flyway flyway) {
        assertThat(flyway.info().current()).as("an empty database has no schema version").isNull();
        int pending = flyway.info().pending().length;

        int applied = flyway.migrate().migrationsExecuted;

        assertThat(applied).isEqualTo(pending).isPositive();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        List<String> versions = versions(flyway);
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(versions.getLast());
        assertThat(versions).first().isEqualTo("1");
    }

    private static List<String> versions(Flyway flyway) {
        return Stream.of(flyway.info().applied()).map(m -> m.getVersion().getVersion()).toList();
    }

    private static Flyway flyway(Dialect dialect, String url) {
        return Flyway.configure().dataSource(url, null, null).locations(dialect.migrations())
                .failOnMissingLocations(true).load();
    }

    /** Table name to its column names, sorted; Flyway's own table left out. */
    private static Map<String, TreeSet<String>> sqliteColumns(String url) {
        return Jdbi.create(url).withHandle(h -> columns(h.createQuery("""
                SELECT m.name AS table_name, p.name AS column_name
                  FROM sqlite_master m JOIN pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'""")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list()));
    }

    private static Map<String, TreeSet<String>> postgresColumns(String url) {
        return Jdbi.create(url).withHandle(h -> columns(h.createQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                 WHERE table_schema = current_schema()""")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list()));
    }

    private static Map<String, TreeSet<String>> columns(List<List<String>> rows) {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        rows.stream().filter(r -> !r.get(0).equals("flyway_schema_history"))
                .forEach(r -> tables.computeIfAbsent(r.get(0), t -> new TreeSet<>()).add(r.get(1)));
        return tables;
    }
}
