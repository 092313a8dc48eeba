-- Parley messaging schema (PostgreSQL): the tables of db/migration/sqlite/V2__messaging.sql with
-- the types of V1. Comments on what each table is for live in the SQLite file.
--
-- channel_seqs is also the per-channel lock on PostgreSQL: PostgresMessageStore bumps the row
-- (INSERT ... ON CONFLICT DO UPDATE ... RETURNING) before inserting the message, so concurrent
-- appends to one channel queue on that row and each takes the next seq.

CREATE TABLE messages (
    id                BIGINT  NOT NULL PRIMARY KEY,
    channel_id        BIGINT  NOT NULL,
    author_id         BIGINT  NOT NULL,
    seq               BIGINT  NOT NULL,
    content           TEXT    COLLATE "C",
    client_msg_id     TEXT    COLLATE "C" NOT NULL,
    reply_to_id       BIGINT,
    mention_everyone  BOOLEAN NOT NULL,
    mention_here      BOOLEAN NOT NULL,
    created_at        BIGINT  NOT NULL,
    edited_at         BIGINT,
    deleted_at        BIGINT,
    pinned_at         BIGINT
);
CREATE UNIQUE INDEX messages_channel_seq ON messages (channel_id, seq);
CREATE UNIQUE INDEX messages_client_msg_id ON messages (author_id, client_msg_id);
CREATE INDEX messages_pinned ON messages (channel_id, pinned_at) WHERE pinned_at IS NOT NULL;
CREATE INDEX messages_broadcast ON messages (channel_id, seq) WHERE mention_everyone OR mention_here;

CREATE TABLE channel_seqs (
    channel_id BIGINT NOT NULL PRIMARY KEY,
    last_seq   BIGINT NOT NULL
);

CREATE TABLE message_mentions (
    message_id BIGINT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    kind       TEXT   COLLATE "C" NOT NULL,
    target_id  BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    seq        BIGINT NOT NULL,
    PRIMARY KEY (message_id, kind, target_id),
    CHECK (kind IN ('user', 'role'))
);
CREATE INDEX message_mentions_target ON message_mentions (channel_id, kind, target_id, seq);

CREATE TABLE message_versions (
    message_id  BIGINT  NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    content     TEXT    COLLATE "C" NOT NULL,
    written_at  BIGINT  NOT NULL,
    replaced_at BIGINT  NOT NULL,
    PRIMARY KEY (message_id, version)
);

CREATE TABLE reactions (
    message_id BIGINT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL,
    emoji      TEXT   COLLATE "C" NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (message_id, emoji, user_id)
);

CREATE TABLE conversations (
    id               BIGINT NOT NULL PRIMARY KEY,
    kind             TEXT   COLLATE "C" NOT NULL,
    name             TEXT   COLLATE "C",
    owner_id         BIGINT,
    dm_key           TEXT   COLLATE "C" CONSTRAINT conversations_dm_unique UNIQUE,
    created_at       BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL
);

CREATE TABLE participants (
    conversation_id BIGINT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL,
    joined_at       BIGINT NOT NULL,
    CONSTRAINT participants_unique PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX participants_user ON participants (user_id, conversation_id);

CREATE TABLE read_states (
    user_id         BIGINT NOT NULL,
    channel_id      BIGINT NOT NULL,
    read_seq        BIGINT NOT NULL,
    read_message_id BIGINT NOT NULL,
    delivered_seq   BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (user_id, channel_id)
);
CREATE INDEX read_states_channel ON read_states (channel_id, user_id);

CREATE TABLE user_settings (
    user_id            BIGINT  NOT NULL PRIMARY KEY,
    dms_from_strangers BOOLEAN NOT NULL,
    read_receipts      BOOLEAN NOT NULL
);
