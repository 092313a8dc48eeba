package dev.parley.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.error.ErrorCode;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A basic community: an owner, a moderator, a member and a stranger. */
class CommunityRulesTest {
    private World world;
    private Caller owner;
    private Caller moderator;
    private Caller member;
    private Caller stranger;
    private CommunityView community;
    private RoleView modRole;

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private void join(Caller who) {
        world.uc.invites().accept(who, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
    }

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("owner");
        moderator = world.user("moderator");
        member = world.user("member");
        stranger = world.user("stranger");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Guild", null));
        join(moderator);
        join(member);
        modRole = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Mods", null, 10,
                PermissionSet.of(Permission.KICK_MEMBERS, Permission.MANAGE_ROLES, Permission.MANAGE_CHANNELS,
                        Permission.MANAGE_NICKNAMES).bits()));
        world.uc.members().addRole(owner, community.id(), moderator.userId(), modRole.id());
    }

    @Test
    void strangers_see_nothing_of_a_community() {
        fails(() -> world.uc.communities().get(stranger, community.id()), ErrorCode.NOT_FOUND);
        fails(() -> world.uc.channels().list(stranger, community.id()), ErrorCode.NOT_FOUND);
        ChannelView general = world.uc.channels().list(owner, community.id()).getFirst();
        fails(() -> world.uc.channels().get(stranger, general.id()), ErrorCode.NOT_FOUND);
        fails(() -> world.uc.members().list(stranger, community.id(), 0, null), ErrorCode.NOT_FOUND);
        assertThat(world.uc.communities().mine(stranger)).isEmpty();
    }

    @Test
    void members_lacking_a_permission_are_refused_with_403_semantics() {
        fails(() -> world.uc.communities().update(member, community.id(), new UpdateCommunityRequest("Mine", null, null)), ErrorCode.MISSING_PERMISSION);
        fails(() -> world.uc.channels().create(member, community.id(), new CreateChannelRequest(null, "x", null, null, null, null, null)), ErrorCode.MISSING_PERMISSION);
        fails(() -> world.uc.members().kick(member, community.id(), moderator.userId()), ErrorCode.MISSING_PERMISSION);
        fails(() -> world.uc.invites().list(member, community.id()), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void a_hidden_channel_answers_not_found_and_drops_out_of_the_list() {
        ChannelView secret = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "staff", null, null, null, null, null));
        world.uc.channels().putOverwrite(owner, secret.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.VIEW_CHANNEL).bits()));
        world.uc.channels().putOverwrite(owner, secret.id(), modRole.id(),
                new PutOverwriteRequest("role", PermissionSet.of(Permission.VIEW_CHANNEL).bits(), null));

        fails(() -> world.uc.channels().get(member, secret.id()), ErrorCode.NOT_FOUND);
        assertThat(world.uc.channels().list(member, community.id())).extracting(ChannelView::id).doesNotContain(secret.id());
        assertThat(world.uc.channels().get(moderator, secret.id()).name()).isEqualTo("staff");
        assertThat(world.uc.channels().permissions(owner, secret.id(), member.userId()).bits()).isZero();
        assertThat(world.uc.channels().permissions(moderator, secret.id(), moderator.userId()).names()).contains("VIEW_CHANNEL");
    }

    @Test
    void moderators_manage_only_below_their_highest_role() {
        fails(() -> world.uc.roles().create(moderator, community.id(), new CreateRoleRequest("Peer", null, 10, null)), ErrorCode.HIERARCHY);
        RoleView helper = world.uc.roles().create(moderator, community.id(), new CreateRoleRequest("Helper", null, 5, null));
        fails(() -> world.uc.roles().update(moderator, community.id(), modRole.id(), new UpdateRoleRequest("Gods", null, null, null)), ErrorCode.HIERARCHY);
        fails(() -> world.uc.roles().update(moderator, community.id(), helper.id(), new UpdateRoleRequest(null, null, 11, null)), ErrorCode.HIERARCHY);
        fails(() -> world.uc.roles().create(moderator, community.id(), new CreateRoleRequest("Admins", null, 2,
                PermissionSet.of(Permission.ADMINISTRATOR).bits())), ErrorCode.MISSING_PERMISSION);
        fails(() -> world.uc.members().kick(moderator, community.id(), owner.userId()), ErrorCode.HIERARCHY);
        fails(() -> world.uc.members().updateNickname(moderator, community.id(), owner.userId(), new UpdateMemberRequest("boss", null)), ErrorCode.HIERARCHY);

        world.uc.members().updateNickname(moderator, community.id(), member.userId(), new UpdateMemberRequest("newbie", null));
        world.uc.members().kick(moderator, community.id(), member.userId());
        fails(() -> world.uc.communities().get(member, community.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void the_owner_cannot_leave_but_can_transfer_then_leave() {
        fails(() -> world.uc.members().leave(owner, community.id()), ErrorCode.OWNER_CANNOT_LEAVE);
        fails(() -> world.uc.communities().transfer(owner, community.id(),
                new dev.parley.protocol.community.TransferOwnershipRequest(stranger.userId())), ErrorCode.VALIDATION_FAILED);
        world.uc.communities().transfer(owner, community.id(), new dev.parley.protocol.community.TransferOwnershipRequest(member.userId()));
        world.uc.members().leave(owner, community.id());
        assertThat(world.uc.communities().get(member, community.id()).ownerId()).isEqualTo(member.userId());
    }

    @Test
    void invites_expire_and_run_out_and_say_so() {
        var once = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(60, 1));
        world.uc.invites().accept(stranger, once.code());
        Caller late = world.user("late");
        fails(() -> world.uc.invites().accept(late, once.code()), ErrorCode.INVITE_USED_UP);
        fails(() -> world.uc.invites().preview(once.code()), ErrorCode.INVITE_USED_UP);

        var brief = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(60, 0));
        assertThat(world.uc.invites().preview(brief.code()).memberCount()).isEqualTo(4);
        world.clock.advance(Duration.ofSeconds(60));
        fails(() -> world.uc.invites().accept(late, brief.code()), ErrorCode.INVITE_EXPIRED);
        fails(() -> world.uc.invites().preview("nope"), ErrorCode.NOT_FOUND);

        var revoked = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(0, 0));
        world.uc.invites().revoke(owner, revoked.code());
        fails(() -> world.uc.invites().accept(late, revoked.code()), ErrorCode.NOT_FOUND);
    }

    @Test
    void accepting_twice_spends_one_use() {
        var invite = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, 2));
        world.uc.invites().accept(stranger, invite.code());
        world.uc.invites().accept(stranger, invite.code());
        assertThat(world.uc.invites().list(owner, community.id()))
                .filteredOn(i -> i.code().equals(invite.code())).singleElement()
                .satisfies(i -> assertThat(i.uses()).isEqualTo(1));
    }

    @Test
    void a_member_following_a_dead_invite_still_lands_in_the_community() {
        var brief = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(60, 1));
        world.uc.invites().accept(stranger, brief.code());
        world.clock.advance(Duration.ofSeconds(60));
        assertThat(world.uc.invites().accept(stranger, brief.code()).id()).isEqualTo(community.id());
        assertThat(world.uc.invites().accept(member, brief.code()).id()).isEqualTo(community.id());
    }

    @Test
    void announcement_channels_take_posts_only_from_moderators() {
        ChannelView news = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("announcement", "news", null, null, null, null, null));
        assertThat(world.uc.channels().permissions(member, news.id(), member.userId()).names()).doesNotContain("SEND_MESSAGES");
        assertThat(world.uc.channels().permissions(owner, news.id(), owner.userId()).names()).contains("SEND_MESSAGES");
    }
}
