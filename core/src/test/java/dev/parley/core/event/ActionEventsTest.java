package dev.parley.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bus.Audience;
import dev.parley.bus.Dispatch;
import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.auth.ChangePasswordRequest;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.InviteView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.CommunityUpdated;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.InviteCreated;
import dev.parley.protocol.event.InviteDeleted;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import dev.parley.protocol.event.SessionsRevoked;
import dev.parley.protocol.event.UserDeleted;
import dev.parley.protocol.event.UserUpdated;
import dev.parley.protocol.user.UpdateProfileRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * For each action: exactly which events it publishes, to whom, in order, and only after commit.
 * A refused action publishes nothing.
 */
class ActionEventsTest {
    private World world;
    private Caller owner;
    private Caller member;
    private CommunityView community;
    private Audience toCommunity;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        member = world.user("milo");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        InviteView invite = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null));
        world.uc.invites().accept(member, invite.code());
        world.bus.drain();
        toCommunity = new Audience.Community(community.id());
    }

    private List<Dispatch> events() {
        return world.bus.drain();
    }

    private static List<Class<? extends Event>> types(List<Dispatch> dispatches) {
        return dispatches.stream().<Class<? extends Event>>map(d -> d.event().getClass()).toList();
    }

    @Test
    void creating_a_community_tells_its_creator() {
        CommunityView created = world.uc.communities().create(owner, new CreateCommunityRequest("Chess", "weekly"));
        assertThat(events()).containsExactly(new Dispatch(Audience.user(owner.userId()), new CommunityCreated(created)));
    }

    @Test
    void updating_transferring_and_deleting_a_community() {
        CommunityView renamed = world.uc.communities().update(owner, community.id(), new UpdateCommunityRequest("Books", null, null));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new CommunityUpdated(renamed)));

        CommunityView transferred = world.uc.communities().transfer(owner, community.id(), new TransferOwnershipRequest(member.userId()));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new CommunityUpdated(transferred)));

        world.uc.communities().delete(member, community.id(), new DeleteCommunityRequest("Books"));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new CommunityDeleted(community.id())));
    }

    @Test
    void joining_by_invite_tells_the_community_and_the_newcomer() {
        InviteView invite = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(3600, 5));
        Audience managers = Audience.user(owner.userId()); // the owner holds MANAGE_COMMUNITY and created it
        assertThat(events()).containsExactly(new Dispatch(managers, new InviteCreated(invite)));

        Caller newcomer = world.user("nora");
        CommunityView joined = world.uc.invites().accept(newcomer, invite.code());
        List<Dispatch> events = events();
        assertThat(types(events)).containsExactly(MemberJoined.class, CommunityCreated.class);
        assertThat(events.get(0).audience()).isEqualTo(toCommunity);
        assertThat(((MemberJoined) events.get(0).event()).member().user().id()).isEqualTo(newcomer.userId());
        assertThat(events.get(1)).isEqualTo(new Dispatch(Audience.user(newcomer.userId()), new CommunityCreated(joined)));

        world.uc.invites().revoke(owner, invite.code());
        assertThat(events()).containsExactly(new Dispatch(managers, new InviteDeleted(community.id(), invite.code())));
    }

    @Test
    void channel_lifecycle() {
        ChannelView created = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "news", null, null, null, null, null));
        Audience viewers = new Audience.Channel(community.id(), created.id());
        assertThat(events()).containsExactly(new Dispatch(viewers, new ChannelCreated(created)));

        ChannelView updated = world.uc.channels().update(owner, created.id(),
                new UpdateChannelRequest(null, "daily", null, null, 10, null, null, null));
        assertThat(events()).containsExactly(new Dispatch(viewers, new ChannelUpdated(updated)));

        List<ChannelView> moved = world.uc.channels().reorder(owner, community.id(),
                new ReorderChannelsRequest(List.of(new ReorderChannelsRequest.Entry(created.id(), 7))));
        assertThat(events()).containsExactly(new Dispatch(viewers, new ChannelUpdated(moved.getFirst())));

        ChannelView overwritten = world.uc.channels().putOverwrite(owner, created.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.SEND_MESSAGES).bits()));
        assertThat(events()).as("denying SEND_MESSAGES hides nothing").containsExactly(new Dispatch(viewers, new ChannelUpdated(overwritten)));

        world.uc.channels().delete(owner, created.id());
        assertThat(events()).containsExactly(new Dispatch(new Audience.Users(Set.of(owner.userId(), member.userId())),
                new ChannelDeleted(community.id(), created.id())));
    }

    @Test
    void deleting_a_category_moves_its_children_out_and_says_so() {
        ChannelView category = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("category", "Reading", null, null, null, null, null));
        category = world.uc.channels().putOverwrite(owner, category.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.SEND_MESSAGES).bits()));
        ChannelView child = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("text", "novels", null, category.id(), null, null, null));
        events();

        world.uc.channels().delete(owner, category.id());

        List<Dispatch> events = events();
        assertThat(types(events)).containsExactly(ChannelUpdated.class, ChannelDeleted.class);
        assertThat(events.get(0).audience()).isEqualTo(new Audience.Channel(community.id(), child.id()));
        ChannelView movedChild = ((ChannelUpdated) events.get(0).event()).channel();
        assertThat(movedChild.id()).isEqualTo(child.id());
        assertThat(movedChild.parentId()).isNull();
        assertThat(movedChild.syncedWithCategory()).isFalse();
        assertThat(movedChild.overwrites()).as("a synced child keeps the category's overwrites").isEqualTo(category.overwrites());
    }

    @Test
    void role_lifecycle_and_assignment() {
        RoleView role = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Mods", 0xFF0000, 5, PermissionSet.of(Permission.KICK_MEMBERS).bits()));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new RoleCreated(role)));

        RoleView updated = world.uc.roles().update(owner, community.id(), role.id(), new UpdateRoleRequest("Moderators", null, null, null));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new RoleUpdated(updated)));

        var withRole = world.uc.members().addRole(owner, community.id(), member.userId(), role.id());
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new MemberUpdated(withRole)));

        world.uc.members().addRole(owner, community.id(), member.userId(), role.id());
        assertThat(events()).as("adding a held role again changes nothing").isEmpty();

        ChannelView staff = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "staff", null, null, null, null, null));
        world.uc.channels().putOverwrite(owner, staff.id(), role.id(), new PutOverwriteRequest("role", PermissionSet.of(Permission.SEND_MESSAGES).bits(), null));
        world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "untouched", null, null, null, null, null));
        events();

        world.uc.roles().delete(owner, community.id(), role.id());
        var withoutRole = world.uc.members().get(owner, community.id(), member.userId());
        ChannelView withoutOverwrite = world.uc.channels().get(owner, staff.id());
        assertThat(withoutRole.roleIds()).isEmpty();
        assertThat(withoutOverwrite.overwrites()).isEmpty();
        assertThat(events()).as("the cascade is announced before the deletion").containsExactly(
                new Dispatch(toCommunity, new MemberUpdated(withoutRole)),
                new Dispatch(new Audience.Channel(community.id(), staff.id()), new ChannelUpdated(withoutOverwrite)),
                new Dispatch(toCommunity, new RoleDeleted(community.id(), role.id())));
    }

    @Test
    void nickname_kick_and_leave() {
        var renamed = world.uc.members().updateNickname(member, community.id(), member.userId(), new UpdateMemberRequest("Mi", null));
        assertThat(events()).containsExactly(new Dispatch(toCommunity, new MemberUpdated(renamed)));

        world.uc.members().kick(owner, community.id(), member.userId());
        assertThat(events()).containsExactly(
                new Dispatch(toCommunity, new MemberLeft(community.id(), member.userId(), "kicked")),
                new Dispatch(Audience.user(member.userId()), new CommunityDeleted(community.id())));

        Caller other = world.user("otto");
        world.uc.invites().accept(other, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        events();
        world.uc.members().leave(other, community.id());
        assertThat(events()).containsExactly(
                new Dispatch(toCommunity, new MemberLeft(community.id(), other.userId(), "left")),
                new Dispatch(Audience.user(other.userId()), new CommunityDeleted(community.id())));
    }

    @Test
    void profile_update_tells_the_users_peers() {
        var me = world.uc.profiles().update(member, new UpdateProfileRequest(null, "hello", "they/them", null, 0x00FF00, null, null));
        List<Dispatch> events = events();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().audience()).isEqualTo(new Audience.PeersOf(member.userId()));
        assertThat(((UserUpdated) events.getFirst().event()).user().bio()).isEqualTo(me.bio());
    }

    @Test
    void logout_revocation_and_password_change_revoke_sessions() {
        TokenResponse second = world.login("milo");
        events();
        world.uc.accounts().logout(member);
        assertThat(events()).containsExactly(new Dispatch(Audience.user(member.userId()),
                new SessionsRevoked(member.userId(), List.of(Long.toString(member.sessionId())))));

        Caller current = new Caller(member.userId(), second.sessionId(), "127.0.0.1");
        TokenResponse third = world.login("milo");
        events();
        world.uc.accounts().changePassword(current, new ChangePasswordRequest(World.PASSWORD, "a much better passphrase"));
        assertThat(events()).containsExactly(new Dispatch(Audience.user(member.userId()),
                new SessionsRevoked(member.userId(), List.of(Long.toString(third.sessionId())))));
    }

    @Test
    void replaying_a_spent_refresh_token_revokes_the_session() {
        TokenResponse tokens = world.login("milo");
        world.uc.accounts().refresh(tokens.refreshToken(), "127.0.0.1");
        events();

        assertThatThrownBy(() -> world.uc.accounts().refresh(tokens.refreshToken(), "127.0.0.1")).isInstanceOf(Failure.class);
        assertThat(events()).containsExactly(new Dispatch(Audience.user(member.userId()),
                new SessionsRevoked(member.userId(), List.of(Long.toString(tokens.sessionId())))));
    }

    @Test
    void deleting_an_account_leaves_communities_ends_sessions_and_tells_peers() {
        world.uc.accounts().deleteAccount(member, new DeleteAccountRequest(World.PASSWORD));
        assertThat(events()).containsExactly(
                new Dispatch(toCommunity, new MemberLeft(community.id(), member.userId(), "deleted")),
                new Dispatch(Audience.user(member.userId()), new CommunityDeleted(community.id())),
                new Dispatch(Audience.user(member.userId()), new SessionsRevoked(member.userId(), List.of(Long.toString(member.sessionId())))),
                new Dispatch(new Audience.PeersOf(member.userId()), new UserDeleted(member.userId())));
    }

    @Test
    void refused_actions_publish_nothing() {
        assertThatThrownBy(() -> world.uc.communities().update(member, community.id(), new UpdateCommunityRequest("Mine now", null, null)))
                .isInstanceOf(Failure.class);
        assertThatThrownBy(() -> world.uc.channels().create(member, community.id(), new CreateChannelRequest(null, "Bad Name!", null, null, null, null, null)))
                .isInstanceOf(Failure.class);
        assertThatThrownBy(() -> world.uc.communities().delete(owner, community.id(), new DeleteCommunityRequest("wrong")))
                .isInstanceOf(Failure.class);
        assertThatThrownBy(() -> world.uc.members().leave(owner, community.id())).isInstanceOf(Failure.class);
        assertThat(events()).isEmpty();
    }
}
