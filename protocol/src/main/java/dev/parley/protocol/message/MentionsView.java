package dev.parley.protocol.message;

import java.util.List;

/** Whom a message mentions: user ids, role ids, and whether it mentions @everyone or @here. */
public record MentionsView(List<String> users, List<String> roles, boolean everyone, boolean here) {
}
