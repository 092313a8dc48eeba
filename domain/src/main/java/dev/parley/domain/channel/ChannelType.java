package dev.parley.domain.channel;

/** The kinds of community channel. DMs and group chats arrive with messaging. */
public enum ChannelType {
    TEXT,
    /** Groups channels; holds no messages. */
    CATEGORY,
    /** A text channel where only members with MANAGE_MESSAGES post. */
    ANNOUNCEMENT
}
