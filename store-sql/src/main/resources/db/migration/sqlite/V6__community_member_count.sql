-- Each community's member count, kept in the row (MemberStore.count and counts). READY and every
-- community view show it; counting the members index instead walks one entry per member, which
-- for a community of 10,000 costs more than the rest of a READY snapshot. SqlMemberStore adds 1
-- in the transaction that inserts a member and takes 1 in the one that deletes a member; deleting
-- the community takes its members and the counter together.
ALTER TABLE communities ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
UPDATE communities SET member_count = (SELECT COUNT(*) FROM members m WHERE m.community_id = communities.id);
