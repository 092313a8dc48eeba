package dev.parley.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The PostgreSQL URL forms the configuration accepts, parsed without a server. */
class PostgresUrlTest {
    @Test
    void aJdbcUrlIsUsedAsGiven() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db:5432/parley?user=app&password=x"))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/parley?user=app&password=x", null, null));
    }

    @Test
    void aLibpqUrlGivesItsUserAndDecodedPasswordToTheDriverNotTheUrl() {
        PostgresUrl url = PostgresUrl.parse("postgresql://app:p%40ss%3Aword@db.example.com:6432/parley?sslmode=require");

        assertThat(url).isEqualTo(new PostgresUrl("jdbc:postgresql://db.example.com:6432/parley?sslmode=require",
                "app", "p@ss:word"));
        assertThat(url.display()).isEqualTo("jdbc:postgresql://db.example.com:6432/parley");
        assertThat(url.toString()).doesNotContain("p@ss");
        assertThat(PostgresUrl.parse("postgres://db/parley")).isEqualTo(new PostgresUrl("jdbc:postgresql://db/parley", null, null));
    }

    @Test
    void otherUrlsAreRefusedWithoutBeingRepeated() {
        assertThat(PostgresUrl.accepts("jdbc:sqlite:/tmp/x.db")).isFalse();
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://u:secret@db/x"))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("secret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql:///parley"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
    }
}
