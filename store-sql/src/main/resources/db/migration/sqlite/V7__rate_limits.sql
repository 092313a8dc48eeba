-- Rate-limit buckets shared by the nodes of a cluster (PostgresRateLimitStore), one row per key:
-- full_at_us is the instant (microseconds since the epoch) the bucket is full again, the
-- "theoretical arrival time" of the generic cell rate algorithm. A single SQLite node keeps its
-- buckets in memory and leaves this table empty; it exists so both dialects share one schema.
CREATE TABLE rate_limits (
    bucket     TEXT    NOT NULL PRIMARY KEY,
    full_at_us INTEGER NOT NULL
);
