-- Parley messaging schema (SQLite): messages with their per-channel sequence, mentions, earlier
-- versions, reactions, DMs and group chats, read states and user settings. Same conventions as
-- V1 (application ids, epoch-millisecond instants, portable SQL: the PostgreSQL file will differ
-- only in types). Partial indexes (CREATE INDEX ... WHERE) are supported by both databases.
--
-- A message's channel_id is a community channel or a conversation (they share one id space), so
-- it has no foreign key. Messages are never deleted, only turned into tombstones; the cascades
-- from messages below exist for integrity, not as a deletion path.

CREATE TABLE messages (
    id                INTEGER NOT NULL PRIMARY KEY,
    channel_id        INTEGER NOT NULL,
    author_id         INTEGER NOT NULL,
    -- Gap-free and strictly increasing per channel; channel_seqs holds the last one handed out.
    seq               INTEGER NOT NULL,
    -- NULL for a tombstone.
    content           TEXT,
    client_msg_id     TEXT    NOT NULL,
    reply_to_id       INTEGER,
    mention_everyone  BOOLEAN NOT NULL,
    mention_here      BOOLEAN NOT NULL,
    created_at        INTEGER NOT NULL,
    edited_at         INTEGER,
    deleted_at        INTEGER,
    pinned_at         INTEGER
);
-- The index every page query (before, after, between, latest) and every unread count walks.
CREATE UNIQUE INDEX messages_channel_seq ON messages (channel_id, seq);
-- Idempotent sends: one client message id per author, in any channel (Conflict "client_msg_id").
CREATE UNIQUE INDEX messages_client_msg_id ON messages (author_id, client_msg_id);
-- MessageStore.pinned; holds pinned messages only.
CREATE INDEX messages_pinned ON messages (channel_id, pinned_at) WHERE pinned_at IS NOT NULL;
-- mentionsAfter's @everyone/@here branch; holds only messages that use one of them. Queries must
-- repeat this WHERE expression verbatim for the planner to pick the index.
CREATE INDEX messages_broadcast ON messages (channel_id, seq) WHERE mention_everyone OR mention_here;

-- The last seq of each channel that has messages. Appending reads it, inserts the message with
-- the next seq and writes the counter back, all in the append's transaction.
CREATE TABLE channel_seqs (
    channel_id INTEGER NOT NULL PRIMARY KEY,
    last_seq   INTEGER NOT NULL
);

-- Users and roles a message mentions (@everyone and @here are flags on messages). channel_id
-- and seq copy the message's, which never change, so counting a reader's mentions after a seq
-- is one range of messages_mentions_target per target instead of a walk over every unread
-- message.
CREATE TABLE message_mentions (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    -- 'user' or 'role'.
    kind       TEXT    NOT NULL,
    target_id  INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    PRIMARY KEY (message_id, kind, target_id),
    CHECK (kind IN ('user', 'role'))
);
CREATE INDEX message_mentions_target ON message_mentions (channel_id, kind, target_id, seq);

-- Earlier texts of edited messages; version 1 is the original.
CREATE TABLE message_versions (
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    content     TEXT    NOT NULL,
    written_at  INTEGER NOT NULL,
    replaced_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, version)
);

CREATE TABLE reactions (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    emoji      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    -- One per (message, emoji, user). In this order it also serves users() (user_id > ? within
    -- one emoji), summaries() (grouped by message and emoji) and removeAll().
    PRIMARY KEY (message_id, emoji, user_id)
);

-- DMs and group chats; a conversation's id is also its message channel's id.
CREATE TABLE conversations (
    id               INTEGER NOT NULL PRIMARY KEY,
    -- 'DM' or 'GROUP' (Conversation.Kind names).
    kind             TEXT    NOT NULL,
    name             TEXT,
    owner_id         INTEGER,
    -- "<low user id>:<high user id>" for a DM, NULL for a group; NULLs never clash (Conflict "dm").
    dm_key           TEXT UNIQUE,
    created_at       INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL
);

CREATE TABLE participants (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    joined_at       INTEGER NOT NULL,
    -- Also serves participant(conversation, user) and the conversation cascade (Conflict "participant").
    PRIMARY KEY (conversation_id, user_id)
);
-- ConversationStore.ofUser: a user's conversations (then sorted by their last activity).
CREATE INDEX participants_user ON participants (user_id, conversation_id);

CREATE TABLE read_states (
    user_id         INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    read_seq        INTEGER NOT NULL,
    read_message_id INTEGER NOT NULL,
    delivered_seq   INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    -- get and ofUser (by channel id).
    PRIMARY KEY (user_id, channel_id)
);
-- ofChannel (by user id).
CREATE INDEX read_states_channel ON read_states (channel_id, user_id);

-- Saved privacy settings; users without a row use Settings.defaults.
CREATE TABLE user_settings (
    user_id            INTEGER NOT NULL PRIMARY KEY,
    dms_from_strangers BOOLEAN NOT NULL,
    read_receipts      BOOLEAN NOT NULL
);
