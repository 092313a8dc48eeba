-- The event log (PostgreSQL); see db/migration/sqlite/V3__event_log.sql. Positions come from an
-- identity column (a sequence: never reused, even after a rollback or a purge). A sequence alone
-- hands positions out in call order, not commit order; PostgresEventLogStore restores commit
-- order by taking one transaction-scoped advisory lock before it draws a position.
CREATE TABLE event_log (
    position   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    audience   TEXT   COLLATE "C" NOT NULL,
    type       TEXT   COLLATE "C" NOT NULL,
    payload    BYTEA  NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_log_created_at ON event_log (created_at);
