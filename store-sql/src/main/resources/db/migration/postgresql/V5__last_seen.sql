-- Last seen (PostgreSQL); see db/migration/sqlite/V5__last_seen.sql.
CREATE TABLE user_last_seen (
    user_id      BIGINT NOT NULL PRIMARY KEY REFERENCES users (id),
    last_seen_at BIGINT NOT NULL
);
