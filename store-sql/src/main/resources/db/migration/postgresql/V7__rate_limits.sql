-- Rate-limit buckets shared by the nodes of a cluster; see db/migration/sqlite/V7__rate_limits.sql.
-- UNLOGGED: a hit writes no WAL, so it costs no fsync; after a crash PostgreSQL empties the table
-- (and standbys never have it), which only forgives: every bucket starts full again. Rows are
-- updated in place at every hit and purged once full: a low fillfactor keeps the updates HOT.
CREATE UNLOGGED TABLE rate_limits (
    bucket     TEXT   COLLATE "C" NOT NULL PRIMARY KEY,
    full_at_us BIGINT NOT NULL
) WITH (fillfactor = 70);
