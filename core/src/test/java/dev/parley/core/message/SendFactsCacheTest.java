package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.UpdateProfileRequest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A send keeps the facts it read (the sender's standing in the channel, their profile) for the
 * next sends of the same author to the same channel, and every change of those facts is seen by
 * the very next send after the change was answered. Each test first sends twice, so the second
 * send ran on kept facts, then changes one fact through its use case and sends again.
 */
class SendFactsCacheTest {
    private static final long SEND = PermissionSet.of(Permission.SEND_MESSAGES).bits();
    private static final long VIEW = PermissionSet.of(Permission.VIEW_CHANNEL).bits();

    private final MessagingWorld w = new MessagingWorld();

    @Test
    void aSendOnKeptFactsReadsNothingBeforeItsWrite() {
        w.send(w.member, w.general.id(), "first");
        long reads = w.world.counting.reads();
        MessageView second = w.send(w.member, w.general.id(), "second");

        assertThat(w.world.counting.reads()).isEqualTo(reads);
        assertThat(second.author().username()).isEqualTo("member");
        assertThat(second.seq()).isEqualTo(2);
    }

    @Test
    void takingSendMessagesFromEveryoneIsSeenAtOnce() {
        warm(w.member);
        w.world.uc.roles().update(w.owner, w.community.id(), w.community.id(), new UpdateRoleRequest(null, null, null,
                PermissionSet.EVERYONE_DEFAULT.minus(PermissionSet.of(Permission.SEND_MESSAGES)).bits()));

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void anOverwriteDenyingSendIsSeenAtOnce() {
        warm(w.member);
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.community.id(), new PutOverwriteRequest("role", null, SEND));

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void anOverwriteHidingTheChannelAnswersNotFoundAtOnce() {
        warm(w.member);
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.member.userId(), new PutOverwriteRequest("member", null, VIEW));

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void losingTheRoleThatAllowedSendingIsSeenAtOnce() {
        long speakers = w.world.uc.roles().create(w.owner, w.community.id(), new CreateRoleRequest("speakers", null, null, 0L)).id();
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.community.id(), new PutOverwriteRequest("role", null, SEND));
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), speakers, new PutOverwriteRequest("role", SEND, null));
        fails(() -> w.send(w.member, w.general.id(), "not yet"), ErrorCode.MISSING_PERMISSION);
        w.world.uc.members().addRole(w.owner, w.community.id(), w.member.userId(), speakers);
        warm(w.member);

        w.world.uc.members().removeRole(w.owner, w.community.id(), w.member.userId(), speakers);

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void aKickedMemberCannotSendAgain() {
        warm(w.member);
        w.world.uc.members().kick(w.owner, w.community.id(), w.member.userId());

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aMemberWhoLeftCannotSendAgain() {
        warm(w.member);
        w.world.uc.members().leave(w.member, w.community.id());

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aDeletedChannelTakesNoMoreMessages() {
        long extra = w.world.uc.channels().create(w.owner, w.community.id(),
                new CreateChannelRequest("text", "extra", null, null, null, null, null)).id();
        w.send(w.member, extra, "one");
        w.send(w.member, extra, "two");
        w.world.uc.channels().delete(w.owner, extra);

        fails(() -> w.send(w.member, extra, "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aDeletedCommunityTakesNoMoreMessages() {
        warm(w.member);
        w.world.uc.communities().delete(w.owner, w.community.id(), new DeleteCommunityRequest(w.community.name()));

        fails(() -> w.send(w.member, w.general.id(), "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aRemovedGroupParticipantCannotSendAgain() {
        long group = w.world.uc.conversations().createGroup(w.owner, new CreateGroupRequest("trio",
                List.of(Long.toString(w.member.userId()), Long.toString(w.stranger.userId())))).id();
        w.send(w.stranger, group, "one");
        w.send(w.stranger, group, "two");
        w.world.uc.conversations().removeParticipant(w.owner, group, w.stranger.userId());

        fails(() -> w.send(w.stranger, group, "after"), ErrorCode.NOT_FOUND);
    }

    @Test
    void theNextMessageCarriesTheAuthorsNewName() {
        warm(w.member);
        w.world.uc.profiles().update(w.member, new UpdateProfileRequest("Member Renamed", null, null, null, null, null, null));

        assertThat(w.send(w.member, w.general.id(), "after").author().displayName()).isEqualTo("Member Renamed");
    }

    @Test
    void mentionsAreLookedUpEvenOnKeptFacts() {
        warm(w.owner);
        warm(w.member);
        w.world.uc.members().kick(w.owner, w.community.id(), w.member.userId());
        warm(w.owner);

        MessageView mention = w.send(w.owner, w.general.id(), "hi <@" + w.owner.userId() + "> and <@" + w.member.userId() + ">");

        assertThat(mention.mentions().users()).containsExactly(Long.toString(w.owner.userId()));
    }

    @Test
    void everyoneCountsOnKeptFactsOnlyWithMentionEveryone() {
        warm(w.owner);
        warm(w.member);

        assertThat(w.send(w.owner, w.general.id(), "@everyone look").mentions().everyone()).isTrue();
        assertThat(w.send(w.member, w.general.id(), "@everyone look").mentions().everyone()).isFalse();
    }

    @Test
    void aReplyTargetIsCheckedEvenOnKeptFacts() {
        MessageView first = w.send(w.member, w.general.id(), "first");
        w.send(w.member, w.general.id(), "second");
        w.world.uc.messages().delete(w.owner, first.id());

        fails(() -> w.world.uc.messages().send(w.member, w.general.id(),
                new SendMessageRequest("a reply", w.nextClientId(), first.id())), ErrorCode.VALIDATION_FAILED);
    }

    /** Two sends: the second runs on the facts the first kept. */
    @Test
    void anotherAuthorsFirstSendSharesTheChannelsFactsButIsJudgedOnTheirOwnStanding() {
        warm(w.member);

        fails(() -> w.send(w.stranger, w.general.id(), "not a member"), ErrorCode.NOT_FOUND);
        w.world.uc.invites().accept(w.stranger, w.world.uc.invites().create(w.owner, w.community.id(),
                new CreateInviteRequest(null, null)).code());
        assertThat(w.send(w.stranger, w.general.id(), "joined").author().username()).isEqualTo("stranger");
    }

    @Test
    void aChangeSeenByOneAuthorIsSeenByTheNextAuthorToo() {
        Caller newcomer = w.world.user("newcomer");
        w.world.uc.invites().accept(newcomer, w.world.uc.invites().create(w.owner, w.community.id(),
                new CreateInviteRequest(null, null)).code());
        warm(w.member);
        w.world.uc.channels().putOverwrite(w.owner, w.general.id(), w.community.id(), new PutOverwriteRequest("role", null, SEND));

        fails(() -> w.send(newcomer, w.general.id(), "first"), ErrorCode.MISSING_PERMISSION);
    }

    private void warm(Caller who) {
        w.send(who, w.general.id(), "one");
        w.send(who, w.general.id(), "two");
    }

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }
}
