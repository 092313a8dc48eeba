-- Rate-limit buckets shared by the nodes of a cluster; see db/migration/sqlite/V7__rate_limits.sql.
-- Rows are updated in place at every hit and purged once full: a low fillfactor keeps the
-- updates HOT (no index churn).
CREATE TABLE rate_limits (
    bucket     TEXT   COLLATE "C" NOT NULL PRIMARY KEY,
    full_at_us BIGINT NOT NULL
) WITH (fillfactor = 70);
