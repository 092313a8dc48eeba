-- The event log (EventLogStore): every published event, appended in the transaction that made the
-- change, so that a gateway session can be replayed from any node after a disconnect.
-- AUTOINCREMENT (not just an INTEGER PRIMARY KEY) so that a position is never reused, even after
-- the newest rows were deleted. Rows older than the resume window are purged.
CREATE TABLE event_log (
    position   INTEGER PRIMARY KEY AUTOINCREMENT,
    -- An encoded address (core's AudienceCodec), e.g. "channel:12:34".
    audience   TEXT    NOT NULL,
    -- The event's wire type, e.g. "message_created".
    type       TEXT    NOT NULL,
    -- The event as JSON, the exact bytes a DISPATCH carries in "d".
    payload    BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX event_log_created_at ON event_log (created_at);
