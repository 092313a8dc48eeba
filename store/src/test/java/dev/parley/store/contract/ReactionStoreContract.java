package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.message.ReactionSummary;
import dev.parley.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.message.ReactionStore}: one reaction per (message, user, emoji). Every
 * test starts with alice, bob and carol and two messages, {@code first} and {@code second}, in one
 * channel. Emojis are chosen so that their first-use order is not their alphabetical order.
 */
public abstract class ReactionStoreContract extends StorageContract {
    private static final String THUMBS_UP = "👍";
    private static final String HEART = "❤️";
    private static final String PARTY = "🎉";

    private User alice;
    private User bob;
    private User carol;
    private Message first;
    private Message second;

    @BeforeEach
    final void insertTwoMessages() {
        BasicCommunity world = fixtures.basicCommunity();
        alice = world.owner();
        bob = world.member();
        carol = world.stranger();
        Channel general = fixtures.channel(world.community(), "general");
        insert(world.rows());
        insert(general);
        first = write(tx -> tx.messages().append(fixtures.message(general.id(), alice, "first")));
        second = write(tx -> tx.messages().append(fixtures.message(general.id(), bob, "second")));
    }

    @Test
    void addIsTrueOnceAndThenChangesNothing() {
        Reaction thumbs = fixtures.reaction(first, alice, THUMBS_UP);
        Reaction heart = fixtures.reaction(first, bob, HEART);
        Reaction thumbsAgain = fixtures.reaction(first, alice, THUMBS_UP);

        assertThat(added(thumbs)).isTrue();
        assertThat(added(heart)).isTrue();
        assertThat(added(thumbsAgain)).isFalse();

        // A replacing add would have moved the first use of THUMBS_UP after HEART's.
        assertThat(committed().reactions().summaries(List.of(first.id()), alice.id())).isEqualTo(Map.of(first.id(),
                List.of(new ReactionSummary(THUMBS_UP, 1, true), new ReactionSummary(HEART, 1, false))));
        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 10)).containsExactly(alice.id());
    }

    @Test
    void theSameUserMayReactWithManyEmojisAndToManyMessages() {
        add(fixtures.reaction(first, alice, THUMBS_UP), fixtures.reaction(first, alice, HEART),
                fixtures.reaction(second, alice, THUMBS_UP));

        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 10)).containsExactly(alice.id());
        assertThat(committed().reactions().users(first.id(), HEART, 0, 10)).containsExactly(alice.id());
        assertThat(committed().reactions().users(second.id(), THUMBS_UP, 0, 10)).containsExactly(alice.id());
    }

    @Test
    void removeTakesOneUsersReactionAndIsFalseWhenThereIsNone() {
        add(fixtures.reaction(first, alice, THUMBS_UP), fixtures.reaction(first, bob, THUMBS_UP),
                fixtures.reaction(first, alice, HEART), fixtures.reaction(second, alice, THUMBS_UP));

        assertThat(removed(first.id(), alice.id(), THUMBS_UP)).isTrue();
        assertThat(removed(first.id(), alice.id(), THUMBS_UP)).isFalse();
        assertThat(removed(first.id(), carol.id(), HEART)).isFalse();
        assertThat(removed(fixtures.id(), alice.id(), THUMBS_UP)).isFalse();

        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 10)).containsExactly(bob.id());
        assertThat(committed().reactions().users(first.id(), HEART, 0, 10)).containsExactly(alice.id());
        assertThat(committed().reactions().users(second.id(), THUMBS_UP, 0, 10)).containsExactly(alice.id());
    }

    @Test
    void removeAllTakesOneEmojiOrEveryReactionOfTheMessageAndCountsThem() {
        add(fixtures.reaction(first, alice, THUMBS_UP), fixtures.reaction(first, bob, THUMBS_UP),
                fixtures.reaction(first, alice, HEART), fixtures.reaction(first, carol, PARTY),
                fixtures.reaction(second, alice, THUMBS_UP));

        assertThat(removedAll(first.id(), THUMBS_UP)).isEqualTo(2);
        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 10)).isEmpty();
        assertThat(committed().reactions().users(first.id(), HEART, 0, 10)).containsExactly(alice.id());
        assertThat(removedAll(first.id(), THUMBS_UP)).isZero();

        assertThat(removedAll(first.id(), null)).isEqualTo(2);
        assertThat(committed().reactions().summaries(List.of(first.id(), second.id()), alice.id()))
                .containsOnlyKeys(second.id());
        assertThat(removedAll(first.id(), null)).isZero();
        assertThat(committed().reactions().users(second.id(), THUMBS_UP, 0, 10)).containsExactly(alice.id());
    }

    @Test
    void usersPagesByUserIdAfterTheGivenId() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(fixtures.user("reactor" + i));
        }
        insert(users);
        List<Long> ids = users.stream().map(User::id).toList();
        add(fixtures.reaction(first, users.get(3), THUMBS_UP), fixtures.reaction(first, users.get(0), THUMBS_UP),
                fixtures.reaction(first, users.get(4), THUMBS_UP), fixtures.reaction(first, users.get(2), THUMBS_UP),
                fixtures.reaction(first, users.get(1), THUMBS_UP), fixtures.reaction(first, users.get(1), HEART),
                fixtures.reaction(second, alice, THUMBS_UP));

        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 10)).containsExactlyElementsOf(ids);
        assertThat(committed().reactions().users(first.id(), THUMBS_UP, 0, 2)).containsExactly(ids.get(0), ids.get(1));
        assertThat(committed().reactions().users(first.id(), THUMBS_UP, ids.get(1), 2))
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(committed().reactions().users(first.id(), THUMBS_UP, ids.get(4), 10)).isEmpty();
        assertThat(committed().reactions().users(first.id(), HEART, 0, 10)).containsExactly(ids.get(1));
        assertThat(committed().reactions().users(first.id(), PARTY, 0, 10)).isEmpty();
    }

    @Test
    void summariesGroupByEmojiInOrderOfFirstUseWithCountsAndTheViewersOwn() {
        Message unreacted = write(tx -> tx.messages().append(fixtures.message(first.channelId(), carol, "quiet")));
        add(fixtures.reaction(first, alice, THUMBS_UP), fixtures.reaction(second, carol, PARTY),
                fixtures.reaction(first, bob, HEART), fixtures.reaction(first, carol, THUMBS_UP),
                fixtures.reaction(first, bob, THUMBS_UP), fixtures.reaction(second, alice, HEART));
        List<Long> ids = List.of(first.id(), second.id(), unreacted.id(), fixtures.id());

        assertThat(committed().reactions().summaries(ids, bob.id())).isEqualTo(Map.of(
                first.id(), List.of(new ReactionSummary(THUMBS_UP, 3, true), new ReactionSummary(HEART, 1, true)),
                second.id(), List.of(new ReactionSummary(PARTY, 1, false), new ReactionSummary(HEART, 1, false))));
        assertThat(committed().reactions().summaries(ids, carol.id())).isEqualTo(Map.of(
                first.id(), List.of(new ReactionSummary(THUMBS_UP, 3, true), new ReactionSummary(HEART, 1, false)),
                second.id(), List.of(new ReactionSummary(PARTY, 1, true), new ReactionSummary(HEART, 1, false))));
        assertThat(committed().reactions().summaries(List.of(second.id()), fixtures.id())).isEqualTo(Map.of(
                second.id(), List.of(new ReactionSummary(PARTY, 1, false), new ReactionSummary(HEART, 1, false))));
        assertThat(committed().reactions().summaries(List.of(unreacted.id()), bob.id())).isEmpty();
        assertThat(committed().reactions().summaries(List.of(), bob.id())).isEmpty();
    }

    @Test
    void failedWorkLeavesNoReactionBehind() {
        add(fixtures.reaction(first, alice, THUMBS_UP));
        Reaction heart = fixtures.reaction(first, bob, HEART);

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.reactions().add(heart);
            tx.reactions().remove(first.id(), alice.id(), THUMBS_UP);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(committed().reactions().summaries(List.of(first.id()), alice.id()))
                .isEqualTo(Map.of(first.id(), List.of(new ReactionSummary(THUMBS_UP, 1, true))));
    }

    private boolean added(Reaction reaction) {
        return write(tx -> tx.reactions().add(reaction));
    }

    private boolean removed(long messageId, long userId, String emoji) {
        return write(tx -> tx.reactions().remove(messageId, userId, emoji));
    }

    private int removedAll(long messageId, String emoji) {
        return write(tx -> tx.reactions().removeAll(messageId, emoji));
    }

    /** Adds each reaction in its own transaction, asserting that it was new. */
    private void add(Reaction... reactions) {
        for (Reaction reaction : reactions) {
            assertThat(added(reaction)).isTrue();
        }
    }
}
