package dev.parley.store.message;

import dev.parley.domain.message.Reaction;
import dev.parley.domain.message.ReactionSummary;
import java.util.List;
import java.util.Map;

/** Reactions to messages. One reaction per (message, user, emoji). */
public interface ReactionStore {
    /** Adds the reaction; false (changing nothing) if that user already reacted so. */
    boolean add(Reaction reaction);

    /** Removes one user's reaction; false if there was none. */
    boolean remove(long messageId, long userId, String emoji);

    /** Removes every reaction with {@code emoji} (or every reaction, when null); returns how many. */
    int removeAll(long messageId, String emoji);

    /** Who reacted with the emoji, by user id above {@code afterUserId}, at most {@code limit}. */
    List<Long> users(long messageId, String emoji, long afterUserId, int limit);

    /**
     * Per message id, its reactions grouped by emoji in order of each emoji's first use, with
     * counts and whether {@code viewerId} is among them. Messages without reactions are absent.
     */
    Map<Long, List<ReactionSummary>> summaries(List<Long> messageIds, long viewerId);
}
