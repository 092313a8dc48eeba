-- Parley foundation schema (PostgreSQL): the same tables, columns, keys and cascades as
-- db/migration/sqlite/V1__foundation.sql, so the store code and its row mapping are shared.
-- Only the types differ:
--   * ids, instants (epoch milliseconds, *_at) and permission sets (*_bits) are BIGINT;
--     small numbers (position, color, uses, ...) are INTEGER; flags are BOOLEAN;
--   * text is TEXT COLLATE "C": comparisons and ORDER BY are bytewise, as SQLite's BINARY
--     collation is, whatever locale the database was created with;
--   * unique keys carry names, which is how PostgresDialect tells a Conflict's key.

CREATE TABLE users (
    id                 BIGINT  NOT NULL PRIMARY KEY,
    username           TEXT    COLLATE "C" NOT NULL,
    -- A deleted user's name becomes 'deleted-<id>', so this stays unique and NOT NULL.
    username_canonical TEXT    COLLATE "C" NOT NULL CONSTRAINT users_username_unique UNIQUE,
    display_name       TEXT    COLLATE "C",
    email              TEXT    COLLATE "C",
    -- NULL for accounts without an email and for deleted accounts; NULLs never clash.
    email_canonical    TEXT    COLLATE "C" CONSTRAINT users_email_unique UNIQUE,
    password_hash      TEXT    COLLATE "C",
    bio                TEXT    COLLATE "C",
    pronouns           TEXT    COLLATE "C",
    custom_status      TEXT    COLLATE "C",
    accent_color       INTEGER,
    avatar             TEXT    COLLATE "C",
    admin              BOOLEAN NOT NULL,
    created_at         BIGINT  NOT NULL,
    deleted_at         BIGINT
);

CREATE TABLE sessions (
    id           BIGINT NOT NULL PRIMARY KEY,
    user_id      BIGINT NOT NULL,
    device_name  TEXT   COLLATE "C",
    ip           TEXT   COLLATE "C",
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX sessions_user ON sessions (user_id, created_at);

CREATE TABLE refresh_tokens (
    hash       TEXT   COLLATE "C" NOT NULL CONSTRAINT refresh_tokens_unique PRIMARY KEY,
    session_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE communities (
    id          BIGINT NOT NULL PRIMARY KEY,
    name        TEXT   COLLATE "C" NOT NULL,
    description TEXT   COLLATE "C",
    owner_id    BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE members (
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id      BIGINT NOT NULL,
    nickname     TEXT   COLLATE "C",
    joined_at    BIGINT NOT NULL,
    CONSTRAINT members_unique PRIMARY KEY (community_id, user_id)
);
CREATE INDEX members_user ON members (user_id, community_id);

CREATE TABLE roles (
    id              BIGINT  NOT NULL PRIMARY KEY,
    community_id    BIGINT  NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    name            TEXT    COLLATE "C" NOT NULL,
    color           INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    permission_bits BIGINT  NOT NULL
);
CREATE INDEX roles_community ON roles (community_id, position, id);

CREATE TABLE member_roles (
    community_id BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    role_id      BIGINT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (community_id, user_id, role_id),
    FOREIGN KEY (community_id, user_id) REFERENCES members (community_id, user_id) ON DELETE CASCADE
);
CREATE INDEX member_roles_role ON member_roles (role_id);

CREATE TABLE channels (
    id                   BIGINT  NOT NULL PRIMARY KEY,
    community_id         BIGINT  NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    type                 TEXT    COLLATE "C" NOT NULL,
    name                 TEXT    COLLATE "C" NOT NULL,
    topic                TEXT    COLLATE "C",
    position             INTEGER NOT NULL,
    parent_id            BIGINT  REFERENCES channels (id) ON DELETE SET NULL,
    slowmode_seconds     INTEGER NOT NULL,
    nsfw                 BOOLEAN NOT NULL,
    synced_with_category BOOLEAN NOT NULL,
    created_at           BIGINT  NOT NULL
);
CREATE INDEX channels_community ON channels (community_id, position, id);
CREATE INDEX channels_parent ON channels (parent_id);

CREATE TABLE channel_overwrites (
    channel_id BIGINT  NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    role_id    BIGINT  REFERENCES roles (id) ON DELETE CASCADE,
    user_id    BIGINT,
    allow_bits BIGINT  NOT NULL,
    deny_bits  BIGINT  NOT NULL,
    PRIMARY KEY (channel_id, ordinal),
    UNIQUE (channel_id, role_id),
    UNIQUE (channel_id, user_id),
    CHECK ((role_id IS NULL) <> (user_id IS NULL))
);
CREATE INDEX channel_overwrites_role ON channel_overwrites (role_id);

CREATE TABLE invites (
    code         TEXT    COLLATE "C" NOT NULL CONSTRAINT invites_unique PRIMARY KEY,
    community_id BIGINT  NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    inviter_id   BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL,
    expires_at   BIGINT,
    max_uses     INTEGER NOT NULL,
    uses         INTEGER NOT NULL
);
CREATE INDEX invites_community ON invites (community_id, created_at);
