package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.message.Message;
import dev.parley.domain.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.conversation.ConversationStore}: DMs (unique per pair of users) and group
 * chats with their participants. Every test starts with the users alice, bob, carol and dave.
 */
public abstract class ConversationStoreContract extends StorageContract {
    private User alice;
    private User bob;
    private User carol;
    private User dave;

    @BeforeEach
    final void insertUsers() {
        alice = fixtures.user("alice");
        bob = fixtures.user("bob");
        carol = fixtures.user("carol");
        dave = fixtures.user("dave");
        insert(alice, bob, carol, dave);
    }

    @Test
    void dmAndGroupRoundTripEveryField() {
        Conversation dm = fixtures.dm(bob, alice);
        Conversation group = fixtures.group(carol, "Weekend plans 🏕").withLastActivity(fixtures.now());
        insertWith(dm, alice, bob);
        insertWith(group, carol);

        assertThat(committed().conversations().byId(dm.id())).contains(dm);
        assertThat(committed().conversations().byId(group.id())).contains(group);
        assertThat(committed().conversations().byId(fixtures.id())).isEmpty();
    }

    @Test
    void dmFindsTheDmOfAPairByItsKeyInEitherOrder() {
        Conversation dm = fixtures.dm(alice, bob);
        Conversation other = fixtures.dm(alice, carol);
        insertWith(dm, alice, bob);
        insertWith(other, alice, carol);

        assertThat(committed().conversations().dm(Conversation.dmKey(alice.id(), bob.id()))).contains(dm);
        assertThat(committed().conversations().dm(Conversation.dmKey(bob.id(), alice.id()))).contains(dm);
        assertThat(committed().conversations().dm(Conversation.dmKey(carol.id(), alice.id()))).contains(other);
        assertThat(committed().conversations().dm(Conversation.dmKey(bob.id(), carol.id()))).isEmpty();
    }

    @Test
    void insertRejectsASecondDmOfTheSamePairButNotASecondGroup() {
        Conversation dm = fixtures.dm(alice, bob);
        Conversation again = fixtures.dm(bob, alice);
        Conversation group = fixtures.group(alice, "same");
        Conversation sameGroupAgain = fixtures.group(alice, "same");
        insertWith(dm, alice, bob);

        assertConflict("dm", () -> inWrite(tx -> tx.conversations().insert(again)));
        insertWith(group, alice, bob);
        insertWith(sameGroupAgain, alice, bob);

        assertThat(committed().conversations().byId(again.id())).isEmpty();
        assertThat(committed().conversations().dm(dm.dmKey())).contains(dm);
        assertThat(committed().conversations().byId(sameGroupAgain.id())).contains(sameGroupAgain);
    }

    @Test
    void updateReplacesNameOwnerAndLastActivityOnly() {
        Conversation group = fixtures.group(alice, "old");
        Conversation untouched = fixtures.group(alice, "untouched");
        insertWith(group, alice, bob);
        insertWith(untouched, alice);
        Instant activity = fixtures.now();
        Conversation tampered = new Conversation(group.id(), Conversation.Kind.DM, "new", bob.id(),
                Conversation.dmKey(alice.id(), bob.id()), fixtures.now(), activity);

        inWrite(tx -> tx.conversations().update(tampered));

        assertThat(committed().conversations().byId(group.id()))
                .contains(group.withName("new").withOwner(bob.id()).withLastActivity(activity));
        assertThat(committed().conversations().byId(untouched.id())).contains(untouched);
        assertThat(committed().conversations().dm(Conversation.dmKey(alice.id(), bob.id()))).isEmpty();
    }

    @Test
    void updateCanClearAGroupsOwner() {
        Conversation group = fixtures.group(alice, "orphan");
        insertWith(group, alice);

        inWrite(tx -> tx.conversations().update(group.withOwner(null)));

        assertThat(committed().conversations().byId(group.id())).contains(group.withOwner(null));
    }

    @Test
    void updateOfAnUnknownConversationThrowsNotFound() {
        Conversation ghost = fixtures.group(alice, "ghost");

        assertNotFound(() -> inWrite(tx -> tx.conversations().update(ghost)));
        assertThat(committed().conversations().byId(ghost.id())).isEmpty();
    }

    @Test
    void deleteRemovesTheConversationAndItsParticipantsButKeepsItsMessages() {
        Conversation dm = fixtures.dm(alice, bob);
        Conversation kept = fixtures.group(alice, "kept");
        insertWith(dm, alice, bob);
        insertWith(kept, alice, bob);
        Message hi = write(tx -> tx.messages().append(fixtures.message(dm.id(), alice, "hi")));

        inWrite(tx -> tx.conversations().delete(dm.id()));

        assertThat(committed().conversations().byId(dm.id())).isEmpty();
        assertThat(committed().conversations().dm(dm.dmKey())).isEmpty();
        assertThat(committed().conversations().participants(dm.id())).isEmpty();
        assertThat(committed().conversations().participant(dm.id(), alice.id())).isEmpty();
        assertThat(committed().conversations().ofUser(bob.id())).containsExactly(kept);
        assertThat(committed().conversations().participants(kept.id())).hasSize(2);
        assertThat(committed().messages().byId(hi.id())).contains(hi);

        Conversation newDm = fixtures.dm(bob, alice);
        insertWith(newDm, alice, bob);
        assertThat(committed().conversations().dm(dm.dmKey())).contains(newDm);
    }

    @Test
    void participantsOfIsParticipantsForEachConversationThatHasAny() {
        Conversation dm = fixtures.dm(bob, alice);
        Conversation group = fixtures.group(carol, "group");
        Conversation empty = fixtures.group(dave, "empty");
        insertWith(dm, bob, alice);
        insertWith(group, carol, dave, alice);
        insertWith(empty);

        var participants = committed().conversations().participantsOf(List.of(dm.id(), group.id(), empty.id(), fixtures.id()));

        assertThat(participants).containsOnlyKeys(dm.id(), group.id());
        assertThat(participants.get(dm.id())).isEqualTo(committed().conversations().participants(dm.id()));
        assertThat(participants.get(group.id())).extracting(Participant::userId)
                .containsExactly(carol.id(), dave.id(), alice.id());
        assertThat(committed().conversations().participantsOf(List.of())).isEmpty();
    }

    @Test
    void addParticipantRejectsSomeoneAlreadyIn() {
        Conversation group = fixtures.group(alice, "group");
        insertWith(group, alice, bob);
        Participant bobIn = committed().conversations().participant(group.id(), bob.id()).orElseThrow();
        Participant bobAgain = fixtures.participant(group, bob);

        assertConflict("participant", () -> inWrite(tx -> tx.conversations().addParticipant(bobAgain)));

        assertThat(committed().conversations().participants(group.id())).extracting(Participant::userId)
                .containsExactly(alice.id(), bob.id());
        assertThat(committed().conversations().participant(group.id(), bob.id())).contains(bobIn);
    }

    @Test
    void removeParticipantTakesOnlyThatUserAndThrowsNotFoundForNonParticipants() {
        Conversation group = fixtures.group(alice, "group");
        Conversation other = fixtures.group(bob, "other");
        Participant aliceIn = fixtures.participant(group, alice);
        Participant carolIn = fixtures.participant(group, carol);
        inWrite(tx -> {
            tx.conversations().insert(group);
            tx.conversations().insert(other);
            tx.conversations().addParticipant(aliceIn);
            tx.conversations().addParticipant(fixtures.participant(group, bob));
            tx.conversations().addParticipant(carolIn);
            tx.conversations().addParticipant(fixtures.participant(other, bob));
        });

        inWrite(tx -> tx.conversations().removeParticipant(group.id(), bob.id()));

        assertThat(committed().conversations().participants(group.id())).containsExactly(aliceIn, carolIn);
        assertThat(committed().conversations().participant(group.id(), bob.id())).isEmpty();
        assertThat(committed().conversations().participant(other.id(), bob.id())).isPresent();
        assertNotFound(() -> inWrite(tx -> tx.conversations().removeParticipant(group.id(), bob.id())));
        assertNotFound(() -> inWrite(tx -> tx.conversations().removeParticipant(group.id(), dave.id())));
        assertNotFound(() -> inWrite(tx -> tx.conversations().removeParticipant(fixtures.id(), alice.id())));
    }

    @Test
    void participantsComeByJoinTimeThenUserId() {
        Conversation group = fixtures.group(alice, "group");
        Instant early = fixtures.now();
        Instant late = fixtures.now();
        Participant daveEarly = new Participant(group.id(), dave.id(), early);
        Participant bobLate = new Participant(group.id(), bob.id(), late);
        Participant aliceLate = new Participant(group.id(), alice.id(), late);
        Participant carolLate = new Participant(group.id(), carol.id(), late);
        inWrite(tx -> {
            tx.conversations().insert(group);
            tx.conversations().addParticipant(carolLate);
            tx.conversations().addParticipant(bobLate);
            tx.conversations().addParticipant(daveEarly);
            tx.conversations().addParticipant(aliceLate);
        });

        assertThat(committed().conversations().participants(group.id()))
                .containsExactly(daveEarly, aliceLate, bobLate, carolLate);
        assertThat(committed().conversations().participant(group.id(), dave.id())).contains(daveEarly);
        assertThat(committed().conversations().participants(fixtures.id())).isEmpty();
    }

    @Test
    void ofUserListsOnlyTheUsersConversationsByLastActivityThenIdDescending() {
        Conversation dmCreated = fixtures.dm(alice, bob);
        Conversation groupCreated = fixtures.group(bob, "group");
        Conversation sameCreated = fixtures.group(carol, "same time");
        Conversation withoutAliceCreated = fixtures.dm(bob, carol);
        Conversation oldest = fixtures.group(alice, "old");
        Instant quiet = fixtures.now();
        Conversation dm = dmCreated.withLastActivity(quiet);
        Conversation sameAsDm = sameCreated.withLastActivity(quiet);
        Conversation group = groupCreated.withLastActivity(fixtures.now());
        Conversation withoutAlice = withoutAliceCreated.withLastActivity(fixtures.now());
        insertWith(sameAsDm, carol, alice);
        insertWith(oldest, alice);
        insertWith(withoutAlice, bob, carol);
        insertWith(group, bob, alice, dave);
        insertWith(dm, alice, bob);

        assertThat(committed().conversations().ofUser(alice.id())).containsExactly(group, sameAsDm, dm, oldest);
        assertThat(committed().conversations().ofUser(carol.id())).containsExactly(withoutAlice, sameAsDm);
        assertThat(committed().conversations().ofUser(dave.id())).containsExactly(group);
        assertThat(committed().conversations().ofUser(fixtures.id())).isEmpty();
    }

    @Test
    void failedWorkLeavesNoConversationOrParticipantBehind() {
        Conversation kept = fixtures.group(alice, "kept");
        insertWith(kept, alice);
        Conversation dm = fixtures.dm(alice, bob);

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.conversations().insert(dm);
            tx.conversations().addParticipant(fixtures.participant(dm, alice));
            tx.conversations().addParticipant(fixtures.participant(kept, bob));
            tx.conversations().delete(kept.id());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(committed().conversations().byId(dm.id())).isEmpty();
        assertThat(committed().conversations().dm(dm.dmKey())).isEmpty();
        assertThat(committed().conversations().ofUser(alice.id())).containsExactly(kept);
        assertThat(committed().conversations().participants(kept.id())).extracting(Participant::userId)
                .containsExactly(alice.id());
    }

    /** Inserts the conversation and then its participants, joining in the order given. */
    private void insertWith(Conversation conversation, User... participants) {
        inWrite(tx -> {
            tx.conversations().insert(conversation);
            for (User user : participants) {
                tx.conversations().addParticipant(fixtures.participant(conversation, user));
            }
        });
    }
}
