-- Presence's only stored part (gateway.md §11): when a user was last visibly present, written
-- by the gateway when their merged presence turns offline. Milliseconds since the epoch.
CREATE TABLE user_last_seen (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id),
    last_seen_at INTEGER NOT NULL
);
