package dev.parley.store.sql;

import dev.parley.store.key.SigningKeyStore;
import java.time.Instant;
import java.util.Optional;

/** The signing key in {@code signing_keys}, one row named {@value #NAME}; the same SQL on both dialects. */
final class SqlSigningKeyStore implements SigningKeyStore {
    static final String NAME = "access-tokens";

    private final Sql sql;

    SqlSigningKeyStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> current() {
        return sql.one(sql.query("SELECT jwk FROM signing_keys WHERE name = :name").bind("name", NAME),
                (rs, ctx) -> rs.getString(1));
    }

    @Override
    public String putIfAbsent(String jwk, Instant at) {
        sql.execute(sql.update("""
                INSERT INTO signing_keys (name, jwk, created_at) VALUES (:name, :jwk, :at)
                ON CONFLICT (name) DO NOTHING""")
                .bind("name", NAME)
                .bind("jwk", jwk)
                .bind("at", at.toEpochMilli()));
        return current().orElseThrow();
    }
}
