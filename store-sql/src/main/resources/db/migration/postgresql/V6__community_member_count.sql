-- Each community's member count, kept in the row (PostgreSQL); see
-- db/migration/sqlite/V6__community_member_count.sql.
ALTER TABLE communities ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;
UPDATE communities SET member_count = (SELECT COUNT(*) FROM members m WHERE m.community_id = communities.id);
