package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.readstate.ReadState;
import dev.parley.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.readstate.ReadStateStore}: one state per (user, channel), replaced
 * whole. Channels here are community channels and a DM, whose id is its channel id. Every test
 * starts with alice, bob and carol, the channels {@code general} and {@code random}, and the DM of
 * alice and bob, created in that order (so their ids ascend in that order).
 */
public abstract class ReadStateStoreContract extends StorageContract {
    private User alice;
    private User bob;
    private User carol;
    private Channel general;
    private Channel random;
    private Conversation dm;

    @BeforeEach
    final void insertUsersAndChannels() {
        BasicCommunity world = fixtures.basicCommunity();
        alice = world.owner();
        bob = world.member();
        carol = world.stranger();
        general = fixtures.channel(world.community(), "general");
        random = fixtures.channel(world.community(), "random");
        dm = fixtures.dm(alice, bob);
        insert(world.rows());
        insert(general, random);
        inWrite(tx -> {
            tx.conversations().insert(dm);
            tx.conversations().addParticipant(fixtures.participant(dm, alice));
            tx.conversations().addParticipant(fixtures.participant(dm, bob));
        });
    }

    @Test
    void getIsEmptyUntilAStateIsPutAndThenRoundTripsEveryField() {
        ReadState state = fixtures.readState(alice, general.id(), 41, fixtures.id(), 42);

        assertThat(committed().readStates().get(alice.id(), general.id())).isEmpty();
        put(state);

        assertThat(committed().readStates().get(alice.id(), general.id())).contains(state);
        assertThat(committed().readStates().get(alice.id(), random.id())).isEmpty();
        assertThat(committed().readStates().get(bob.id(), general.id())).isEmpty();
    }

    @Test
    void putReplacesTheWholeStateEvenBackwards() {
        ReadState first = fixtures.readState(alice, general.id(), 10, fixtures.id(), 12);
        ReadState forward = fixtures.readState(alice, general.id(), 12, fixtures.id(), 20);
        ReadState backward = fixtures.readState(alice, general.id(), 3, fixtures.id(), 4);
        ReadState bobs = fixtures.readState(bob, general.id(), 7, fixtures.id(), 7);
        put(first);
        put(bobs);

        put(forward);
        assertThat(committed().readStates().get(alice.id(), general.id())).contains(forward);

        put(backward);
        assertThat(committed().readStates().get(alice.id(), general.id())).contains(backward);
        assertThat(committed().readStates().ofChannel(general.id())).containsExactly(backward, bobs);
        assertThat(committed().readStates().get(bob.id(), general.id())).contains(bobs);
    }

    @Test
    void ofChannelListsEveryUsersStateInTheChannelByUserId() {
        ReadState carols = fixtures.readState(carol, general.id(), 1, fixtures.id(), 1);
        ReadState alices = fixtures.readState(alice, general.id(), 5, fixtures.id(), 6);
        ReadState bobs = fixtures.readState(bob, general.id(), 0, 0, 2);
        put(carols, fixtures.readState(alice, random.id(), 9, fixtures.id(), 9), alices, bobs);

        assertThat(committed().readStates().ofChannel(general.id())).containsExactly(alices, bobs, carols);
        assertThat(committed().readStates().ofChannel(dm.id())).isEmpty();
        assertThat(committed().readStates().ofChannel(fixtures.id())).isEmpty();
    }

    @Test
    void ofUserListsTheUsersStatesInEveryChannelByChannelId() {
        ReadState inDm = fixtures.readState(alice, dm.id(), 2, fixtures.id(), 3);
        ReadState inGeneral = fixtures.readState(alice, general.id(), 8, fixtures.id(), 8);
        ReadState inRandom = fixtures.readState(alice, random.id(), 1, fixtures.id(), 4);
        ReadState bobsInDm = fixtures.readState(bob, dm.id(), 3, fixtures.id(), 3);
        put(inDm, bobsInDm, inRandom, inGeneral);

        assertThat(committed().readStates().ofUser(alice.id())).containsExactly(inGeneral, inRandom, inDm);
        assertThat(committed().readStates().ofUser(bob.id())).containsExactly(bobsInDm);
        assertThat(committed().readStates().ofUser(carol.id())).isEmpty();
    }

    @Test
    void failedWorkLeavesNoStateBehind() {
        ReadState kept = fixtures.readState(alice, general.id(), 1, fixtures.id(), 1);
        put(kept);

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.readStates().put(fixtures.readState(alice, general.id(), 2, fixtures.id(), 2));
            tx.readStates().put(fixtures.readState(bob, general.id(), 2, fixtures.id(), 2));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(committed().readStates().ofChannel(general.id())).containsExactly(kept);
    }

    /** Puts each state in its own transaction. */
    private void put(ReadState... states) {
        for (ReadState state : states) {
            inWrite(tx -> tx.readStates().put(state));
        }
    }
}
