-- MemberStore.search (the gateway's REQUEST_MEMBERS query): a prefix of a username or nickname,
-- case-insensitively. Usernames already have username_canonical; nicknames get the same folded
-- form (User.canonical, computed in Java on every insert and update), so both compare by plain
-- equality of a prefix.
ALTER TABLE members ADD COLUMN nickname_canonical TEXT;
-- Rows written before this migration: SQLite's lower() folds ASCII only; the next update of the
-- member writes the full Java form.
UPDATE members SET nickname_canonical = lower(nickname) WHERE nickname IS NOT NULL;
