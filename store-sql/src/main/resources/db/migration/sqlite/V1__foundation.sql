-- Parley foundation schema (SQLite). Kept close to portable SQL so the PostgreSQL file differs
-- only in types (BIGINT, BOOLEAN, TEXT) and nothing else.
--
-- Conventions:
--   * ids are 64-bit time-ordered integers from the application (no autoincrement);
--   * instants are epoch milliseconds in INTEGER columns (*_at);
--   * permission sets are their long bit fields (*_bits);
--   * case-insensitive uniqueness is enforced on *_canonical columns the application fills
--     with User.canonical(...), so lookups use plain equality on an indexed column;
--   * ON DELETE CASCADE / SET NULL implement the deletions the store ports promise; there are no
--     foreign keys to users or sessions, which are never deleted (accounts become tombstones).

CREATE TABLE users (
    id                 INTEGER NOT NULL PRIMARY KEY,
    username           TEXT    NOT NULL,
    -- A deleted user's name becomes 'deleted-<id>', so this stays unique and NOT NULL.
    username_canonical TEXT    NOT NULL UNIQUE,
    display_name       TEXT,
    email              TEXT,
    -- NULL for accounts without an email and for deleted accounts; NULLs never clash.
    email_canonical    TEXT UNIQUE,
    password_hash      TEXT,
    bio                TEXT,
    pronouns           TEXT,
    custom_status      TEXT,
    accent_color       INTEGER,
    avatar             TEXT,
    admin              BOOLEAN NOT NULL,
    created_at         INTEGER NOT NULL,
    deleted_at         INTEGER
);

CREATE TABLE sessions (
    id           INTEGER NOT NULL PRIMARY KEY,
    user_id      INTEGER NOT NULL,
    device_name  TEXT,
    ip           TEXT,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
-- activeOf and revokeAllOf: a user's sessions, newest first.
CREATE INDEX sessions_user ON sessions (user_id, created_at);

CREATE TABLE refresh_tokens (
    hash       TEXT    NOT NULL PRIMARY KEY,
    session_id INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
-- Revoking or cleaning up a session's tokens.
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE communities (
    id          INTEGER NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT,
    owner_id    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE members (
    community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    nickname     TEXT,
    joined_at    INTEGER NOT NULL,
    -- Also serves get, page (user_id > ?) and count of one community.
    PRIMARY KEY (community_id, user_id)
);
-- CommunityStore.ofMember: the communities of a user.
CREATE INDEX members_user ON members (user_id, community_id);

CREATE TABLE roles (
    id           INTEGER NOT NULL PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    color        INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    permission_bits INTEGER NOT NULL
);
-- ofCommunity by position, then id; also the community cascade.
CREATE INDEX roles_community ON roles (community_id, position, id);

-- Roles assigned explicitly to a member (@everyone is implied and never stored here).
CREATE TABLE member_roles (
    community_id INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    role_id      INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (community_id, user_id, role_id),
    FOREIGN KEY (community_id, user_id) REFERENCES members (community_id, user_id) ON DELETE CASCADE
);
-- Role deletion cascades by role_id.
CREATE INDEX member_roles_role ON member_roles (role_id);

CREATE TABLE channels (
    id                   INTEGER NOT NULL PRIMARY KEY,
    community_id         INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    type                 TEXT    NOT NULL,
    name                 TEXT    NOT NULL,
    topic                TEXT,
    position             INTEGER NOT NULL,
    -- Deleting a category moves its channels out of it.
    parent_id            INTEGER REFERENCES channels (id) ON DELETE SET NULL,
    slowmode_seconds     INTEGER NOT NULL,
    nsfw                 BOOLEAN NOT NULL,
    synced_with_category BOOLEAN NOT NULL,
    created_at           INTEGER NOT NULL
);
-- ofCommunity by position, then id; also the community cascade.
CREATE INDEX channels_community ON channels (community_id, position, id);
-- The SET NULL cascade when a category goes.
CREATE INDEX channels_parent ON channels (parent_id);

-- A channel's overwrites. Exactly one of role_id / user_id is set; role_id is a real foreign key
-- so deleting a role drops the overwrites that target it. ordinal keeps the channel's list order.
CREATE TABLE channel_overwrites (
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    role_id    INTEGER REFERENCES roles (id) ON DELETE CASCADE,
    user_id    INTEGER,
    allow_bits INTEGER NOT NULL,
    deny_bits  INTEGER NOT NULL,
    PRIMARY KEY (channel_id, ordinal),
    -- One overwrite per target and channel (NULLs never clash, so each UNIQUE covers one kind).
    UNIQUE (channel_id, role_id),
    UNIQUE (channel_id, user_id),
    CHECK ((role_id IS NULL) <> (user_id IS NULL))
);
CREATE INDEX channel_overwrites_role ON channel_overwrites (role_id);

CREATE TABLE invites (
    code         TEXT    NOT NULL PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    inviter_id   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    max_uses     INTEGER NOT NULL,
    uses         INTEGER NOT NULL
);
-- ofCommunity, newest first; also the community cascade.
CREATE INDEX invites_community ON invites (community_id, created_at);
