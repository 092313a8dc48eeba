package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.core.readstate.ReadStates;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.ReceiptView;
import dev.parley.protocol.user.UpdateSettingsRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadStatesTest {
    private final MessagingWorld w = new MessagingWorld();
    private final ReadStates readStates = w.world.uc.readStates();

    @Test
    void unread_and_mention_counts_follow_acks_and_acks_only_move_forward() {
        w.send(w.member, w.general.id(), "my own message marks it read for me");
        MessageView hello = w.send(w.owner, w.general.id(), "hello");
        w.send(w.owner, w.general.id(), "hey <@" + w.member.userId() + ">");
        MessageView party = w.send(w.owner, w.general.id(), "@everyone party");

        ReadStateView before = readStates.get(w.member, w.general.id());
        assertThat(before.readSeq()).isEqualTo(1);
        assertThat(before.unreadCount()).isEqualTo(3);
        assertThat(before.mentionCount()).isEqualTo(2);

        ReadStateView afterHello = readStates.ack(w.member, w.general.id(), new AckRequest(hello.id()));
        assertThat(afterHello.unreadCount()).isEqualTo(2);
        assertThat(afterHello.mentionCount()).isEqualTo(2);
        ReadStateView afterParty = readStates.ack(w.member, w.general.id(), new AckRequest(party.id()));
        assertThat(afterParty.unreadCount()).isZero();
        assertThat(afterParty.mentionCount()).isZero();
        assertThat(readStates.ack(w.member, w.general.id(), new AckRequest(hello.id())).readSeq())
                .as("acking an older message changes nothing").isEqualTo(afterParty.readSeq());
    }

    @Test
    void fresh_members_see_everything_unread_and_deleted_messages_stop_counting() {
        w.send(w.member, w.general.id(), "a");
        MessageView b = w.send(w.member, w.general.id(), "b");
        assertThat(readStates.get(w.owner, w.general.id()).unreadCount()).isEqualTo(2);
        w.world.uc.messages().delete(w.member, b.id());
        assertThat(readStates.get(w.owner, w.general.id()).unreadCount()).isEqualTo(1);
        assertThat(readStates.all(w.owner)).extracting(ReadStateView::channelId).contains(w.general.id());
    }

    @Test
    void acks_name_a_message_of_the_channel() {
        MessageView m = w.send(w.owner, w.general.id(), "x");
        var dm = w.world.uc.conversations().openDm(w.owner, new dev.parley.protocol.conversation.OpenDmRequest(w.member.userId()));
        assertThatThrownBy(() -> readStates.ack(w.member, dm.id(), new AckRequest(m.id())))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> readStates.ack(w.stranger, w.general.id(), new AckRequest(m.id())))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void receipts_show_delivered_and_read_and_respect_the_privacy_setting() {
        ConversationView group = w.world.uc.conversations().createGroup(w.owner,
                new CreateGroupRequest("g", List.of(w.member.userId() + "", w.stranger.userId() + "")));
        MessageView m = w.send(w.owner, group.id(), "did you read this?");
        assertThat(readStates.receipts(w.owner, m.id())).isEqualTo(new ReceiptView(m.id(), List.of(), List.of()));

        readStates.delivered(w.member, group.id(), new AckRequest(m.id()));
        readStates.ack(w.stranger, group.id(), new AckRequest(m.id()));
        ReceiptView receipts = readStates.receipts(w.owner, m.id());
        assertThat(receipts.deliveredTo()).containsExactlyInAnyOrder(w.member.userId() + "", w.stranger.userId() + "");
        assertThat(receipts.readBy()).containsExactly(w.stranger.userId() + "");

        w.world.uc.privacy().update(w.stranger, new UpdateSettingsRequest(null, false));
        assertThat(readStates.receipts(w.owner, m.id()).readBy()).isEmpty();
        assertThatThrownBy(() -> readStates.receipts(w.member, m.id()))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.MISSING_PERMISSION));
        MessageView inChannel = w.send(w.owner, w.general.id(), "channel");
        assertThatThrownBy(() -> readStates.receipts(w.owner, inChannel.id()))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
