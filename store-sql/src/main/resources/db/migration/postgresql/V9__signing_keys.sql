-- The key that signs access tokens (postgresql; dev.parley.store.key.SigningKeyStore): one row,
-- 'access-tokens', a JWK with its private part, stored by the first node to start, so every node of
-- a cluster uses the same key without copying files. created_at in epoch milliseconds.
CREATE TABLE signing_keys (
    name       TEXT    NOT NULL PRIMARY KEY,
    jwk        TEXT    NOT NULL,
    created_at BIGINT NOT NULL
);
