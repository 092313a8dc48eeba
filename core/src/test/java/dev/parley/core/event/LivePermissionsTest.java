package dev.parley.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bus.Audience;
import dev.parley.bus.Dispatch;
import dev.parley.core.Caller;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.InviteView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.CommunityUpdated;
import dev.parley.protocol.event.InviteCreated;
import dev.parley.protocol.event.InviteDeleted;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live permissions (gateway.md §7): after a change's own event, exactly the members who lost a
 * channel get {@code channel_deleted} and exactly those who gained one get {@code channel_created};
 * nobody else hears of it. Also the audiences of channel and invite events.
 */
class LivePermissionsTest {
    private static final long VIEW = PermissionSet.of(Permission.VIEW_CHANNEL).bits();
    private World world;
    private Caller owner;
    private Caller milo;
    private Caller nora;
    private CommunityView community;
    private long everyone;
    private ChannelView general;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        milo = world.user("milo");
        nora = world.user("nora");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        everyone = community.id();
        for (Caller joiner : List.of(milo, nora)) {
            world.uc.invites().accept(joiner, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        }
        general = world.uc.channels().list(owner, community.id()).getFirst();
        world.bus.drain();
    }

    private List<Dispatch> events() {
        return world.bus.drain();
    }

    private Audience viewersOf(ChannelView channel) {
        return new Audience.Channel(community.id(), channel.id());
    }

    private static Audience users(Caller... callers) {
        return new Audience.Users(Set.of(callers).stream().map(Caller::userId).collect(java.util.stream.Collectors.toSet()));
    }

    private ChannelView hide(ChannelView channel) {
        return world.uc.channels().putOverwrite(owner, channel.id(), everyone, new PutOverwriteRequest("role", null, VIEW));
    }

    private ChannelView channel(String name, Long parentId) {
        return world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, name, null, parentId, null, null, null));
    }

    @Test
    void an_overwrite_that_hides_a_channel_tells_who_lost_it_and_removing_it_tells_who_regained_it() {
        ChannelView hidden = hide(general);
        assertThat(events()).containsExactly(
                new Dispatch(viewersOf(general), new ChannelUpdated(hidden)),
                new Dispatch(users(milo, nora), new ChannelDeleted(community.id(), general.id())));

        ChannelView shown = world.uc.channels().deleteOverwrite(owner, general.id(), everyone);
        assertThat(events()).containsExactly(
                new Dispatch(viewersOf(general), new ChannelUpdated(shown)),
                new Dispatch(users(milo, nora), new ChannelCreated(shown)));
    }

    @Test
    void a_member_overwrite_reveals_the_channel_to_that_member_only() {
        hide(general);
        events();
        ChannelView shown = world.uc.channels().putOverwrite(owner, general.id(), milo.userId(), new PutOverwriteRequest("member", VIEW, null));
        assertThat(events()).containsExactly(
                new Dispatch(viewersOf(general), new ChannelUpdated(shown)),
                new Dispatch(users(milo), new ChannelCreated(shown)));
    }

    @Test
    void gaining_and_losing_a_role_shows_and_hides_the_channels_it_opens() {
        RoleView staff = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Staff", null, null, 0L));
        assertThat(events()).as("a new role is held by nobody").containsExactly(
                new Dispatch(new Audience.Community(community.id()), new RoleCreated(staff)));
        ChannelView room = hide(channel("staff-room", null));
        room = world.uc.channels().putOverwrite(owner, room.id(), staff.id(), new PutOverwriteRequest("role", VIEW, null));
        events();

        var withRole = world.uc.members().addRole(owner, community.id(), milo.userId(), staff.id());
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new MemberUpdated(withRole)),
                new Dispatch(users(milo), new ChannelCreated(room)));

        var withoutRole = world.uc.members().removeRole(owner, community.id(), milo.userId(), staff.id());
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new MemberUpdated(withoutRole)),
                new Dispatch(users(milo), new ChannelDeleted(community.id(), room.id())));
    }

    @Test
    void changing_a_roles_permissions_tells_its_holders_per_channel_in_position_order() {
        ChannelView news = channel("news", null);
        events();
        long withoutView = PermissionSet.EVERYONE_DEFAULT.bits() & ~VIEW;
        RoleView blind = world.uc.roles().update(owner, community.id(), everyone, new UpdateRoleRequest(null, null, null, withoutView));
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new RoleUpdated(blind)),
                new Dispatch(users(milo, nora), new ChannelDeleted(community.id(), general.id())),
                new Dispatch(users(milo, nora), new ChannelDeleted(community.id(), news.id())));

        RoleView staff = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Staff", null, null, 0L));
        world.uc.members().addRole(owner, community.id(), nora.userId(), staff.id());
        events();
        RoleView renamed = world.uc.roles().update(owner, community.id(), staff.id(), new UpdateRoleRequest("Crew", null, null, null));
        assertThat(events()).as("a name grants nothing").containsExactly(
                new Dispatch(new Audience.Community(community.id()), new RoleUpdated(renamed)));

        RoleView seeing = world.uc.roles().update(owner, community.id(), staff.id(), new UpdateRoleRequest(null, null, null, VIEW));
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new RoleUpdated(seeing)),
                new Dispatch(users(nora), new ChannelCreated(general)),
                new Dispatch(users(nora), new ChannelCreated(news)));
    }

    @Test
    void deleting_a_role_announces_its_cascade_then_the_channels_its_holders_lost() {
        RoleView staff = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Staff", null, null, 0L));
        ChannelView room = hide(channel("staff-room", null));
        world.uc.channels().putOverwrite(owner, room.id(), staff.id(), new PutOverwriteRequest("role", VIEW, null));
        world.uc.members().addRole(owner, community.id(), milo.userId(), staff.id());
        events();

        world.uc.roles().delete(owner, community.id(), staff.id());
        var milosRecord = world.uc.members().get(owner, community.id(), milo.userId());
        ChannelView roomAfter = world.uc.channels().get(owner, room.id());
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new MemberUpdated(milosRecord)),
                new Dispatch(viewersOf(room), new ChannelUpdated(roomAfter)),
                new Dispatch(new Audience.Community(community.id()), new RoleDeleted(community.id(), staff.id())),
                new Dispatch(users(milo), new ChannelDeleted(community.id(), room.id())));
    }

    @Test
    void moving_into_a_hidden_category_and_changing_the_category_reach_its_synced_children() {
        ChannelView category = world.uc.channels().create(owner, community.id(),
                new CreateChannelRequest("category", "Private", null, null, null, null, null));
        category = hide(category);
        ChannelView plans = channel("plans", null);
        events();

        ChannelView moved = world.uc.channels().update(owner, plans.id(),
                new UpdateChannelRequest(null, null, null, category.id(), null, null, true, null));
        assertThat(events()).containsExactly(
                new Dispatch(viewersOf(plans), new ChannelUpdated(moved)),
                new Dispatch(users(milo, nora), new ChannelDeleted(community.id(), plans.id())));

        ChannelView open = world.uc.channels().deleteOverwrite(owner, category.id(), everyone);
        assertThat(events()).containsExactly(
                new Dispatch(viewersOf(category), new ChannelUpdated(open)),
                new Dispatch(users(milo, nora), new ChannelCreated(open)),
                new Dispatch(users(milo, nora), new ChannelCreated(moved)));
    }

    @Test
    void a_channel_created_in_a_hidden_category_goes_to_its_viewers_only() {
        ChannelView category = hide(world.uc.channels().create(owner, community.id(),
                new CreateChannelRequest("category", "Private", null, null, null, null, null)));
        events();
        ChannelView inside = channel("secret", category.id());
        assertThat(events()).containsExactly(new Dispatch(viewersOf(inside), new ChannelCreated(inside)));
    }

    @Test
    void deleting_a_channel_tells_exactly_those_who_could_see_it() {
        ChannelView room = hide(channel("staff-room", null));
        world.uc.channels().putOverwrite(owner, room.id(), milo.userId(), new PutOverwriteRequest("member", VIEW, null));
        events();
        world.uc.channels().delete(owner, room.id());
        assertThat(events()).containsExactly(new Dispatch(users(owner, milo), new ChannelDeleted(community.id(), room.id())));
    }

    @Test
    void transferring_ownership_moves_the_owners_sight() {
        hide(general);
        events();
        CommunityView transferred = world.uc.communities().transfer(owner, community.id(), new TransferOwnershipRequest(milo.userId()));
        assertThat(events()).containsExactly(
                new Dispatch(new Audience.Community(community.id()), new CommunityUpdated(transferred)),
                new Dispatch(users(owner), new ChannelDeleted(community.id(), general.id())),
                new Dispatch(users(milo), new ChannelCreated(world.uc.channels().get(milo, general.id()))));
    }

    @Test
    void invites_are_told_to_community_managers_and_their_creator() {
        InviteView byMilo = world.uc.invites().create(milo, community.id(), new CreateInviteRequest(null, null));
        assertThat(events()).containsExactly(new Dispatch(users(owner, milo), new InviteCreated(byMilo)));

        RoleView managers = world.uc.roles().create(owner, community.id(), new CreateRoleRequest("Managers", null, null,
                PermissionSet.of(Permission.MANAGE_COMMUNITY).bits()));
        world.uc.members().addRole(owner, community.id(), nora.userId(), managers.id());
        events();
        InviteView another = world.uc.invites().create(milo, community.id(), new CreateInviteRequest(null, null));
        assertThat(events()).containsExactly(new Dispatch(users(owner, milo, nora), new InviteCreated(another)));

        world.uc.invites().revoke(nora, byMilo.code());
        assertThat(events()).containsExactly(new Dispatch(users(owner, milo, nora), new InviteDeleted(community.id(), byMilo.code())));

        world.uc.members().kick(owner, community.id(), milo.userId());
        events();
        world.uc.invites().revoke(owner, another.code());
        assertThat(events()).as("a creator who left is not told")
                .containsExactly(new Dispatch(users(owner, nora), new InviteDeleted(community.id(), another.code())));
    }
}
