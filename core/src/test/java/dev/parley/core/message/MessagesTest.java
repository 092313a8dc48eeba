package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import dev.parley.core.Failure;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final MessagingWorld w = new MessagingWorld();
    private final Messages messages = w.world.uc.messages();

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private SendMessageRequest req(String content, String clientId) {
        return new SendMessageRequest(content, clientId, null);
    }

    @Test
    void sends_get_gap_free_seqs_per_channel() {
        ChannelView other = w.world.uc.channels().create(w.owner, w.community.id(), new CreateChannelRequest(null, "other", null, null, null, null, null));
        assertThat(w.send(w.owner, w.general.id(), "one").seq()).isEqualTo(1);
        assertThat(w.send(w.member, other.id(), "elsewhere").seq()).isEqualTo(1);
        assertThat(w.send(w.member, w.general.id(), "two").seq()).isEqualTo(2);
        MessageView third = w.send(w.owner, w.general.id(), "three");
        assertThat(third.seq()).isEqualTo(3);
        assertThat(third.author().username()).isEqualTo("owner");
        assertThat(third.content()).isEqualTo("three");
    }

    @Test
    void a_retry_returns_the_original_and_a_different_body_conflicts() {
        MessageView first = messages.send(w.member, w.general.id(), req("hello", "same-id"));
        MessageView retry = messages.send(w.member, w.general.id(), req("hello", "same-id"));
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.seq()).isEqualTo(first.seq());
        fails(() -> messages.send(w.member, w.general.id(), req("hello?", "same-id")), ErrorCode.CLIENT_MSG_ID_REUSED);
        assertThat(messages.send(w.owner, w.general.id(), req("hello", "same-id")).id())
                .as("client ids are per author").isNotEqualTo(first.id());
        assertThat(w.send(w.member, w.general.id(), "next").seq()).isEqualTo(3);
    }

    @Test
    void content_is_validated_and_stored_as_written() {
        fails(() -> messages.send(w.member, w.general.id(), req("", "a")), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.send(w.member, w.general.id(), req("   \n ", "a")), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.send(w.member, w.general.id(), req("x".repeat(4001), "a")), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.send(w.member, w.general.id(), req(null, "a")), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.send(w.member, w.general.id(), req("ok", "bad id!")), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.send(w.member, w.general.id(), req("nul\u0000", "a")), ErrorCode.VALIDATION_FAILED);
        String markdown = "  **bold** <b>not html</b>\n\t`code`  ";
        assertThat(messages.send(w.member, w.general.id(), req(markdown, "a")).content()).isEqualTo(markdown);
        assertThat(messages.send(w.member, w.general.id(), req("é".repeat(4000), "b")).content()).hasSize(4000);
    }

    @Test
    void foreign_channels_are_not_found_and_missing_permission_is_forbidden() {
        fails(() -> w.send(w.stranger, w.general.id(), "hi"), ErrorCode.NOT_FOUND);
        fails(() -> w.send(w.member, 123456789L, "hi"), ErrorCode.NOT_FOUND);
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.SEND_MESSAGES).bits()));
        fails(() -> w.send(w.member, w.general.id(), "hi"), ErrorCode.MISSING_PERMISSION);
        ChannelView news = w.world.uc.channels().create(w.owner, w.community.id(), new CreateChannelRequest("announcement", "news", null, null, null, null, null));
        fails(() -> w.send(w.member, news.id(), "hi"), ErrorCode.MISSING_PERMISSION);
        assertThat(w.send(w.owner, news.id(), "release").seq()).isEqualTo(1);
    }

    @Test
    void replies_must_point_into_the_same_channel() {
        MessageView original = w.send(w.owner, w.general.id(), "question");
        ChannelView other = w.world.uc.channels().create(w.owner, w.community.id(), new CreateChannelRequest(null, "other", null, null, null, null, null));
        fails(() -> messages.send(w.member, other.id(), new SendMessageRequest("answer", "r1", original.id())), ErrorCode.VALIDATION_FAILED);
        MessageView reply = messages.send(w.member, w.general.id(), new SendMessageRequest("answer", "r2", original.id()));
        assertThat(reply.replyToId()).isEqualTo(original.id());
    }

    @Test
    void the_send_rate_limit_and_slowmode_answer_rate_limited() {
        MessageView firstSpam = messages.send(w.member, w.general.id(), req("spam 0", "spam-0"));
        for (int i = 1; i < 10; i++) {
            w.send(w.member, w.general.id(), "spam " + i);
        }
        assertThat(messages.send(w.member, w.general.id(), req("spam 0", "spam-0")).id())
                .as("a retry is answered even with the budget spent").isEqualTo(firstSpam.id());
        assertThatThrownBy(() -> w.send(w.member, w.general.id(), "one too many"))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(f.retryAfterSeconds()).isPositive();
                });
        w.world.clock.advance(Duration.ofSeconds(30));

        w.world.uc.channels().update(w.owner, w.general.id(), new UpdateChannelRequest(null, null, null, null, 30, null, null, null));
        w.send(w.member, w.general.id(), "slow");
        w.world.clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> w.send(w.member, w.general.id(), "too soon"))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(f.retryAfterSeconds()).isEqualTo(20);
                });
        assertThat(w.send(w.owner, w.general.id(), "moderators are exempt").seq()).isPositive();
        w.world.clock.advance(Duration.ofSeconds(20));
        assertThat(w.send(w.member, w.general.id(), "now fine").seq()).isPositive();
    }

    @Test
    void edits_keep_versions_and_only_the_author_edits() {
        MessageView sent = w.send(w.member, w.general.id(), "frist");
        fails(() -> messages.edit(w.owner, sent.id(), new EditMessageRequest("hacked")), ErrorCode.MISSING_PERMISSION);
        w.world.clock.advance(Duration.ofSeconds(1));
        MessageView edited = messages.edit(w.member, sent.id(), new EditMessageRequest("first"));
        messages.edit(w.member, sent.id(), new EditMessageRequest("first!"));
        assertThat(edited.editedAt()).isNotNull();
        assertThat(messages.versions(w.owner, sent.id())).extracting(v -> v.content()).containsExactly("frist", "first");
        fails(() -> messages.versions(w.stranger, sent.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void deletes_leave_tombstones_and_need_moderation_for_others() {
        MessageView mine = w.send(w.member, w.general.id(), "oops");
        MessageView theirs = w.send(w.owner, w.general.id(), "rules");
        fails(() -> messages.delete(w.member, theirs.id()), ErrorCode.MISSING_PERMISSION);
        messages.delete(w.member, mine.id());
        MessageView tombstone = messages.get(w.owner, mine.id());
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.content()).isNull();
        assertThat(tombstone.seq()).isEqualTo(mine.seq());
        fails(() -> messages.delete(w.member, mine.id()), ErrorCode.NOT_FOUND);
        messages.delete(w.owner, w.send(w.member, w.general.id(), "bad").id());
    }

    @Test
    void bulk_delete_needs_manage_messages_and_ids_of_the_channel() {
        List<String> ids = List.of(w.send(w.member, w.general.id(), "a").id() + "", w.send(w.member, w.general.id(), "b").id() + "");
        fails(() -> messages.bulkDelete(w.member, w.general.id(), new BulkDeleteRequest(ids)), ErrorCode.MISSING_PERMISSION);
        fails(() -> messages.bulkDelete(w.owner, w.general.id(), new BulkDeleteRequest(List.of())), ErrorCode.VALIDATION_FAILED);
        fails(() -> messages.bulkDelete(w.owner, w.general.id(), new BulkDeleteRequest(List.of("x"))), ErrorCode.VALIDATION_FAILED);
        assertThat(messages.bulkDelete(w.owner, w.general.id(), new BulkDeleteRequest(ids))).containsExactlyElementsOf(ids);
        assertThat(messages.bulkDelete(w.owner, w.general.id(), new BulkDeleteRequest(ids))).isEmpty();
    }

    @Test
    void mentions_are_listed_and_everyone_needs_its_permission() {
        var another = w.world.uc.communities().create(w.stranger, new CreateCommunityRequest("Elsewhere", null));
        MessageView m = w.send(w.member, w.general.id(), "<@" + w.owner.userId() + "> <@" + w.stranger.userId() + "> @everyone <@&" + another.id() + ">");
        assertThat(m.mentions().users()).containsExactly(Long.toString(w.owner.userId()));
        assertThat(m.mentions().roles()).isEmpty();
        assertThat(m.mentions().everyone()).isFalse();
        assertThat(w.send(w.owner, w.general.id(), "@everyone meeting").mentions().everyone()).isTrue();
    }

    @Test
    void history_pages_by_anchor_and_by_seq() {
        for (int i = 1; i <= 30; i++) {
            w.send(w.owner, w.general.id(), "m" + i);
            w.world.clock.advance(Duration.ofSeconds(1));
        }
        History history = w.world.uc.history();
        var latest = history.page(w.member, w.general.id(), History.Query.latest(10)).messages();
        assertThat(latest).extracting(MessageView::content).containsExactly("m21", "m22", "m23", "m24", "m25", "m26", "m27", "m28", "m29", "m30");
        long m21 = latest.getFirst().id();
        assertThat(history.page(w.member, w.general.id(), new History.Query(m21, null, null, null, null, 3)).messages())
                .extracting(MessageView::content).containsExactly("m18", "m19", "m20");
        assertThat(history.page(w.member, w.general.id(), new History.Query(null, m21, null, null, null, 2)).messages())
                .extracting(MessageView::content).containsExactly("m22", "m23");
        assertThat(history.page(w.member, w.general.id(), new History.Query(null, null, m21, null, null, 5)).messages())
                .extracting(MessageView::content).containsExactly("m19", "m20", "m21", "m22", "m23");
        assertThat(history.page(w.member, w.general.id(), new History.Query(null, null, null, 5L, 7L, null)).messages())
                .extracting(MessageView::seq).containsExactly(5L, 6L, 7L);
        fails(() -> history.page(w.member, w.general.id(), new History.Query(m21, m21, null, null, null, null)), ErrorCode.VALIDATION_FAILED);
        fails(() -> history.page(w.member, w.general.id(), History.Query.latest(101)), ErrorCode.VALIDATION_FAILED);
        fails(() -> history.page(w.stranger, w.general.id(), History.Query.latest(10)), ErrorCode.NOT_FOUND);
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.READ_MESSAGE_HISTORY).bits()));
        fails(() -> history.page(w.member, w.general.id(), History.Query.latest(10)), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void pins_are_moderated_listed_and_limited() {
        MessageView m = w.send(w.member, w.general.id(), "pin me");
        fails(() -> w.world.uc.pins().pin(w.member, m.id()), ErrorCode.MISSING_PERMISSION);
        assertThat(w.world.uc.pins().pin(w.owner, m.id()).pinned()).isTrue();
        assertThat(w.world.uc.pins().list(w.member, w.general.id())).extracting(MessageView::id).containsExactly(m.id());
        for (int i = 1; i < 50; i++) {
            w.world.uc.pins().pin(w.owner, w.send(w.owner, w.general.id(), "p" + i).id());
            w.world.clock.advance(Duration.ofSeconds(1));
        }
        MessageView extra = w.send(w.owner, w.general.id(), "one more");
        fails(() -> w.world.uc.pins().pin(w.owner, extra.id()), ErrorCode.CONFLICT);
        w.world.uc.pins().unpin(w.owner, m.id());
        assertThat(w.world.uc.pins().pin(w.owner, extra.id()).pinned()).isTrue();
    }

}
