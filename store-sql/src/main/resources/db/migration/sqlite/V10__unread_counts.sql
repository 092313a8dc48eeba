-- Unread counts without walking the unread messages (dev.parley.store.sql.SqlMessageStore#COUNT_AFTER).
-- A channel's seqs are gap-free and messages are never removed (deletes leave tombstones), so the
-- messages after a read position number last_seq - after exactly; the count subtracts the reader's
-- own and the deleted ones, found through these two indexes. Reconnecting then costs what the
-- reader wrote and what was deleted since their read position, not what everyone else wrote.
-- The reader's own messages per channel, in order.
CREATE INDEX messages_channel_author_seq ON messages (channel_id, author_id, seq);
-- Tombstones only: small, and untouched by sends.
CREATE INDEX messages_deleted ON messages (channel_id, seq) WHERE deleted_at IS NOT NULL;
