package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReactionView;
import dev.parley.protocol.user.UserPublic;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReactionsTest {
    private final MessagingWorld w = new MessagingWorld();
    private final Reactions reactions = w.world.uc.reactions();

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private MessageView reread(MessageView m, dev.parley.core.Caller viewer) {
        return w.world.uc.messages().get(viewer, m.id());
    }

    @Test
    void counts_and_me_per_viewer_and_idempotent_add_and_remove() {
        MessageView m = w.send(w.owner, w.general.id(), "vote");
        reactions.add(w.owner, m.id(), "👍");
        w.world.clock.advance(java.time.Duration.ofSeconds(1));
        reactions.add(w.member, m.id(), "👍");
        reactions.add(w.member, m.id(), "👍");
        w.world.clock.advance(java.time.Duration.ofSeconds(1));
        reactions.add(w.member, m.id(), "🎉");
        assertThat(reread(m, w.owner).reactions()).containsExactly(new ReactionView("👍", 2, true), new ReactionView("🎉", 1, false));
        assertThat(reread(m, w.member).reactions()).containsExactly(new ReactionView("👍", 2, true), new ReactionView("🎉", 1, true));
        assertThat(reactions.users(w.owner, m.id(), "👍", 0, null)).extracting(UserPublic::username).containsExactlyInAnyOrder("owner", "member");

        reactions.remove(w.member, m.id(), "👍", w.member.userId());
        reactions.remove(w.member, m.id(), "👍", w.member.userId());
        assertThat(reread(m, w.member).reactions()).containsExactly(new ReactionView("👍", 1, false), new ReactionView("🎉", 1, true));
    }

    @Test
    void invalid_emoji_and_strangers_are_refused() {
        MessageView m = w.send(w.owner, w.general.id(), "vote");
        fails(() -> reactions.add(w.member, m.id(), "not an emoji"), ErrorCode.VALIDATION_FAILED);
        fails(() -> reactions.add(w.member, m.id(), ":+1:"), ErrorCode.VALIDATION_FAILED);
        fails(() -> reactions.add(w.stranger, m.id(), "👍"), ErrorCode.NOT_FOUND);
    }

    @Test
    void moderators_remove_others_and_clear_all() {
        MessageView m = w.send(w.owner, w.general.id(), "vote");
        reactions.add(w.member, m.id(), "👍");
        reactions.add(w.member, m.id(), "🎉");
        fails(() -> reactions.remove(w.member, m.id(), "👍", w.owner.userId()), ErrorCode.MISSING_PERMISSION);
        fails(() -> reactions.clear(w.member, m.id(), null), ErrorCode.MISSING_PERMISSION);
        reactions.remove(w.owner, m.id(), "👍", w.member.userId());
        assertThat(reread(m, w.owner).reactions()).extracting(ReactionView::emoji).containsExactly("🎉");
        reactions.clear(w.owner, m.id(), null);
        assertThat(reread(m, w.owner).reactions()).isEmpty();
    }

    @Test
    void a_message_holds_at_most_twenty_emoji() {
        MessageView m = w.send(w.owner, w.general.id(), "vote");
        String[] emoji = {"😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆", "😉", "😊", "😋", "😎", "😍", "😘", "🥰", "😗", "😙", "😚", "🙂", "🤗"};
        for (String e : emoji) {
            reactions.add(w.owner, m.id(), e);
        }
        fails(() -> reactions.add(w.member, m.id(), "🤩"), ErrorCode.CONFLICT);
        reactions.add(w.member, m.id(), "😀");
        assertThat(reread(m, w.owner).reactions()).hasSize(20);
    }
}
