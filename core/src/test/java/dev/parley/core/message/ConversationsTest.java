package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.conversation.Conversations;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.user.UpdateSettingsRequest;
import dev.parley.protocol.user.UserPublic;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConversationsTest {
    private final MessagingWorld w = new MessagingWorld();
    private final Conversations conversations = w.world.uc.conversations();

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private ConversationView dm(Caller from, Caller to) {
        return conversations.openDm(from, new OpenDmRequest(to.userId()));
    }

    @Test
    void the_same_pair_always_gets_the_same_dm() {
        ConversationView first = dm(w.owner, w.member);
        assertThat(dm(w.owner, w.member).id()).isEqualTo(first.id());
        assertThat(dm(w.member, w.owner).id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo("dm");
        assertThat(first.participants()).extracting(UserPublic::username).containsExactlyInAnyOrder("owner", "member");
        fails(() -> conversations.openDm(w.owner, new OpenDmRequest(w.owner.userId())), ErrorCode.VALIDATION_FAILED);
        fails(() -> conversations.openDm(w.owner, new OpenDmRequest(987654321L)), ErrorCode.NOT_FOUND);
    }

    @Test
    void dms_from_strangers_can_be_refused() {
        w.world.uc.privacy().update(w.member, new UpdateSettingsRequest(false, null));
        fails(() -> dm(w.stranger, w.member), ErrorCode.DMS_CLOSED);
        assertThat(dm(w.owner, w.member).id()).as("they share a community").isPositive();
        fails(() -> conversations.createGroup(w.stranger, new CreateGroupRequest("g", List.of(w.member.userId() + ""))), ErrorCode.DMS_CLOSED);
    }

    @Test
    void messages_work_the_same_in_dms_and_only_for_participants() {
        ConversationView dm = dm(w.owner, w.member);
        assertThat(w.send(w.owner, dm.id(), "psst").seq()).isEqualTo(1);
        assertThat(w.send(w.member, dm.id(), "yes?").seq()).isEqualTo(2);
        fails(() -> w.send(w.stranger, dm.id(), "let me in"), ErrorCode.NOT_FOUND);
        assertThat(conversations.get(w.member, dm.id()).lastMessage().content()).isEqualTo("yes?");
        assertThat(conversations.get(w.owner, dm.id()).unreadCount()).isEqualTo(1);
    }

    @Test
    void lists_by_last_activity_with_unread_counts() {
        ConversationView a = dm(w.owner, w.member);
        w.world.clock.advance(Duration.ofSeconds(1));
        ConversationView b = dm(w.owner, w.stranger);
        w.world.clock.advance(Duration.ofSeconds(1));
        var sent = w.send(w.member, a.id(), "bump");
        w.send(w.member, a.id(), "bump again");
        List<ConversationView> list = conversations.list(w.owner);
        assertThat(list).extracting(ConversationView::id).containsExactly(a.id(), b.id());
        assertThat(list.getFirst().unreadCount()).isEqualTo(2);
        w.world.uc.readStates().ack(w.owner, a.id(), new AckRequest(sent.id()));
        assertThat(conversations.list(w.owner).getFirst().unreadCount()).isEqualTo(1);
    }

    @Test
    void groups_are_managed_by_their_owner_and_close_when_empty() {
        ConversationView group = conversations.createGroup(w.owner, new CreateGroupRequest("Trio", List.of(w.member.userId() + "")));
        assertThat(group.ownerId()).isEqualTo(w.owner.userId());
        fails(() -> conversations.addParticipant(w.member, group.id(), new AddParticipantRequest(w.stranger.userId())), ErrorCode.MISSING_PERMISSION);
        conversations.addParticipant(w.owner, group.id(), new AddParticipantRequest(w.stranger.userId()));
        fails(() -> conversations.addParticipant(w.owner, group.id(), new AddParticipantRequest(w.stranger.userId())), ErrorCode.ALREADY_MEMBER);
        assertThat(conversations.rename(w.owner, group.id(), new UpdateGroupRequest("Four?", null)).name()).isEqualTo("Four?");

        conversations.removeParticipant(w.owner, group.id(), w.stranger.userId());
        fails(() -> w.send(w.stranger, group.id(), "still here?"), ErrorCode.NOT_FOUND);

        conversations.leave(w.owner, group.id());
        assertThat(conversations.get(w.member, group.id()).ownerId()).as("ownership passes on").isEqualTo(w.member.userId());
        conversations.leave(w.member, group.id());
        fails(() -> conversations.get(w.member, group.id()), ErrorCode.NOT_FOUND);
        fails(() -> conversations.leave(w.owner, dm(w.owner, w.member).id()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void groups_have_a_size_limit() {
        fails(() -> conversations.createGroup(w.owner, new CreateGroupRequest(null, List.of())), ErrorCode.VALIDATION_FAILED);
        fails(() -> conversations.createGroup(w.owner, new CreateGroupRequest(null, List.of("nope"))), ErrorCode.VALIDATION_FAILED);
        Caller[] many = new Caller[4];
        for (int i = 0; i < many.length; i++) {
            many[i] = w.world.user("extra" + i);
        }
        List<String> five = List.of(w.member.userId() + "", many[0].userId() + "", many[1].userId() + "", many[2].userId() + "", many[3].userId() + "");
        fails(() -> conversations.createGroup(w.owner, new CreateGroupRequest(null, five)), ErrorCode.VALIDATION_FAILED);
        assertThat(conversations.createGroup(w.owner, new CreateGroupRequest(null, five.subList(0, 4))).participants()).hasSize(5);
    }
}
