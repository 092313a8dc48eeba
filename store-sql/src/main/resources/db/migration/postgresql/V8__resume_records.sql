-- Resume records (postgresql): where each gateway session stands, so any node can serve its RESUME
-- (gateway.md §5, server note; dev.parley.store.gateway.ResumeRecord). Times in epoch milliseconds.
-- No foreign keys: a record outlives nothing it names for long (the gateway deletes it when the
-- session ends, housekeeping purges the rest) and must never block deleting a user.
CREATE TABLE gateway_sessions (
    session_id       TEXT   NOT NULL PRIMARY KEY,
    user_id          BIGINT NOT NULL,
    login_session_id BIGINT NOT NULL,
    owner            TEXT   NOT NULL,
    seq              BIGINT NOT NULL,
    position         BIGINT NOT NULL,
    saved_at         BIGINT NOT NULL,
    detached_at      BIGINT
);
CREATE INDEX gateway_sessions_saved ON gateway_sessions (saved_at);
CREATE INDEX gateway_sessions_detached ON gateway_sessions (detached_at);
