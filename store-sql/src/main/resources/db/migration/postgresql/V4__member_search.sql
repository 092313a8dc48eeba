-- MemberStore.search (PostgreSQL); see db/migration/sqlite/V4__member_search.sql.
ALTER TABLE members ADD COLUMN nickname_canonical TEXT COLLATE "C";
UPDATE members SET nickname_canonical = lower(nickname) WHERE nickname IS NOT NULL;
