package dev.parley.domain.permission;

/**
 * The permission bits of a community. The bit positions are part of the wire contract (clients
 * receive permission sets as decimal strings of the bit field), so a bit is never reused.
 */
public enum Permission {
    VIEW_CHANNEL(0),
    SEND_MESSAGES(1),
    READ_MESSAGE_HISTORY(2),
    MANAGE_MESSAGES(3),
    ADD_REACTIONS(4),
    ATTACH_FILES(5),
    EMBED_LINKS(6),
    MENTION_EVERYONE(7),
    MANAGE_CHANNELS(8),
    MANAGE_ROLES(9),
    MANAGE_COMMUNITY(10),
    CREATE_INVITE(11),
    KICK_MEMBERS(12),
    BAN_MEMBERS(13),
    MODERATE_MEMBERS(14),
    MANAGE_NICKNAMES(15),
    CHANGE_NICKNAME(16),
    VIEW_AUDIT_LOG(17),
    ADMINISTRATOR(18),
    /** Reserved for calls. */
    CONNECT(19),
    /** Reserved for calls. */
    SPEAK(20),
    /** Reserved for calls. */
    VIDEO(21);

    private final int bit;

    Permission(int bit) {
        this.bit = bit;
    }

    public long mask() {
        return 1L << bit;
    }
}
