package dev.parley.store.memory;

import dev.parley.domain.message.Reaction;
import dev.parley.domain.message.ReactionSummary;
import dev.parley.store.memory.MemoryState.ReactionKey;
import dev.parley.store.message.ReactionStore;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reactions keyed by (message, user, emoji). An emoji's first use is the earliest
 * {@link Reaction#createdAt} among the reactions that remain (emojis first used in the same
 * instant come in {@link String} order); a re-add changes nothing, so it keeps its place.
 */
final class MemoryReactionStore implements ReactionStore {
    private static final Comparator<Reaction> FIRST_USE =
            Comparator.comparing(Reaction::createdAt).thenComparing(Reaction::emoji);

    private final Map<ReactionKey, Reaction> reactions;

    MemoryReactionStore(MemoryState state) {
        this.reactions = state.reactions();
    }

    @Override
    public boolean add(Reaction reaction) {
        return reactions.putIfAbsent(ReactionKey.of(reaction), reaction) == null;
    }

    @Override
    public boolean remove(long messageId, long userId, String emoji) {
        return reactions.remove(new ReactionKey(messageId, userId, emoji)) != null;
    }

    @Override
    public int removeAll(long messageId, String emoji) {
        int before = reactions.size();
        reactions.keySet().removeIf(k -> k.messageId() == messageId && (emoji == null || emoji.equals(k.emoji())));
        return before - reactions.size();
    }

    @Override
    public List<Long> users(long messageId, String emoji, long afterUserId, int limit) {
        return reactions.keySet().stream()
                .filter(k -> k.messageId() == messageId && k.emoji().equals(emoji) && k.userId() > afterUserId)
                .map(ReactionKey::userId)
                .sorted()
                .limit(limit)
                .toList();
    }

    @Override
    public Map<Long, List<ReactionSummary>> summaries(List<Long> messageIds, long viewerId) {
        Map<Long, List<ReactionSummary>> result = new LinkedHashMap<>();
        for (long messageId : messageIds) {
            List<ReactionSummary> summaries = summariesOf(messageId, viewerId);
            if (!summaries.isEmpty()) {
                result.put(messageId, summaries);
            }
        }
        return result;
    }

    private List<ReactionSummary> summariesOf(long messageId, long viewerId) {
        Map<String, ReactionSummary> byEmoji = new LinkedHashMap<>();
        reactions.values().stream()
                .filter(r -> r.messageId() == messageId)
                .sorted(FIRST_USE)
                .forEach(r -> byEmoji.merge(r.emoji(), new ReactionSummary(r.emoji(), 1, r.userId() == viewerId),
                        (a, b) -> new ReactionSummary(a.emoji(), a.count() + 1, a.me() || b.me())));
        return List.copyOf(byEmoji.values());
    }
}
