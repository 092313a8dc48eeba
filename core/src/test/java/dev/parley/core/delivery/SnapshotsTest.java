package dev.parley.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** READY equals what the REST reads answer at the same instant, and names the log position it covers. */
class SnapshotsTest {
    private World world;
    private Caller owner;
    private Caller member;
    private CommunityView community;
    private ChannelView general;
    private ChannelView hidden;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        member = world.user("milo");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        world.uc.invites().accept(member, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        general = world.uc.channels().list(owner, community.id()).getFirst();
        hidden = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "staff", null, null, null, null, null));
        world.uc.channels().putOverwrite(owner, hidden.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.VIEW_CHANNEL).bits()));
        world.uc.messages().send(owner, general.id(), new SendMessageRequest("hello <@" + member.userId() + ">", "m1", null));
        var dm = world.uc.conversations().openDm(owner, new OpenDmRequest(member.userId()));
        world.uc.messages().send(owner, dm.id(), new SendMessageRequest("psst", "m2", null));
    }

    @Test
    void ready_is_what_rest_answers_for_the_same_user() {
        ReadySnapshot ready = world.uc.snapshots().ready(member);

        assertThat(ready.user()).isEqualTo(world.uc.profiles().me(member));
        assertThat(ready.settings()).isEqualTo(world.uc.privacy().get(member));
        assertThat(ready.conversations()).isEqualTo(world.uc.conversations().list(member));
        assertThat(ready.readStates()).isEqualTo(world.uc.readStates().all(member));
        assertThat(ready.readStates()).anySatisfy(rs -> {
            assertThat(rs.channelId()).isEqualTo(general.id());
            assertThat(rs.unreadCount()).isEqualTo(1);
            assertThat(rs.mentionCount()).isEqualTo(1);
        });
        assertThat(ready.communities()).containsExactly(communityAsRestSees());
        assertThat(ready.communities().getFirst().channels()).extracting(ChannelView::id).containsExactly(general.id());
    }

    @Test
    void read_states_and_conversations_are_what_the_one_channel_reads_answer() {
        Caller lena = world.user("lena");
        ChannelView quiet = world.uc.channels().create(owner, community.id(),
                new CreateChannelRequest(null, "no-history", null, null, null, null, null));
        world.uc.channels().putOverwrite(owner, quiet.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.READ_MESSAGE_HISTORY).bits()));
        world.uc.messages().send(owner, quiet.id(), new SendMessageRequest("unseen @everyone", "q1", null));
        var read = world.uc.messages().send(owner, general.id(), new SendMessageRequest("read", "m4", null));
        world.uc.messages().send(owner, general.id(), new SendMessageRequest("hi @everyone", "m5", null));
        world.uc.readStates().ack(member, general.id(), new AckRequest(read.id()));
        var group = world.uc.conversations().createGroup(owner, new CreateGroupRequest("trio",
                List.of(Long.toString(member.userId()), Long.toString(lena.userId()))));
        world.uc.messages().send(lena, group.id(), new SendMessageRequest("hey <@" + member.userId() + ">", "g1", null));

        for (Caller who : List.of(owner, member, lena)) {
            ReadySnapshot ready = world.uc.snapshots().ready(who);
            assertThat(ready.readStates()).hasSize(ready.communities().stream().mapToInt(c -> c.channels().size()).sum()
                    + ready.conversations().size());
            assertThat(ready.readStates()).allSatisfy(rs ->
                    assertThat(rs).isEqualTo(world.uc.readStates().get(who, rs.channelId())));
            assertThat(ready.conversations()).allSatisfy(c ->
                    assertThat(c).isEqualTo(world.uc.conversations().get(who, c.id())));
        }
        ReadySnapshot milo = world.uc.snapshots().ready(member);
        assertThat(milo.readStates()).filteredOn(rs -> rs.channelId() == quiet.id()).singleElement()
                .satisfies(rs -> assertThat(List.of(rs.lastSeq(), (long) rs.unreadCount())).containsExactly(1L, 0L));
        assertThat(milo.readStates()).filteredOn(rs -> rs.channelId() == general.id()).singleElement()
                .satisfies(rs -> assertThat(List.of(rs.unreadCount(), rs.mentionCount())).containsExactly(1, 1));
        assertThat(milo.conversations()).filteredOn(c -> c.id() == group.id()).singleElement()
                .satisfies(c -> assertThat(List.of(c.unreadCount(), c.mentionCount())).containsExactly(1, 1));
    }

    @Test
    void identify_checks_the_token_and_its_session_in_the_snapshots_transaction() {
        TokenResponse tokens = world.login("milo");

        Snapshots.Identified identified = world.uc.snapshots().identify(tokens.accessToken(), "203.0.113.9");

        assertThat(identified.caller()).isEqualTo(new Caller(member.userId(), tokens.sessionId(), "203.0.113.9"));
        assertThat(identified.snapshot()).isEqualTo(world.uc.snapshots().ready(identified.caller()));

        world.uc.accounts().logout(identified.caller());
        for (String token : List.of(tokens.accessToken(), "not-a-token")) {
            assertThatThrownBy(() -> world.uc.snapshots().identify(token, "203.0.113.9"))
                    .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOKEN_INVALID));
        }
    }

    /**
     * A community's channels, roles, view and member count are kept between snapshots: each change
     * of them must reach the next READY, whether it is read through IDENTIFY or not.
     */
    @Test
    void kept_community_parts_follow_every_change_of_them() {
        TokenResponse tokens = world.login("milo");
        assertReadyIsRest(tokens);
        List<Runnable> changes = List.of(
                () -> world.uc.communities().update(owner, community.id(), new UpdateCommunityRequest("Reading club", null, null)),
                () -> world.uc.channels().update(owner, general.id(),
                        new UpdateChannelRequest("lobby", "say hi", null, null, null, null, null, null)),
                () -> world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "news", null, null, null, null, null)),
                () -> world.uc.channels().putOverwrite(owner, hidden.id(), community.id(),
                        new PutOverwriteRequest("role", PermissionSet.of(Permission.VIEW_CHANNEL).bits(), null)),
                () -> world.uc.roles().create(owner, community.id(), new CreateRoleRequest("readers", 0x336699, null, null)),
                () -> world.uc.invites().accept(world.user("nina"),
                        world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code()),
                () -> world.uc.members().updateNickname(owner, community.id(), member.userId(), new UpdateMemberRequest("M", null)));
        for (Runnable change : changes) {
            change.run();
            assertReadyIsRest(tokens);
        }
    }

    private void assertReadyIsRest(TokenResponse tokens) {
        Snapshots.Identified identified = world.uc.snapshots().identify(tokens.accessToken(), "203.0.113.9");
        for (ReadySnapshot ready : List.of(identified.snapshot(), world.uc.snapshots().ready(member))) {
            assertThat(ready.communities()).containsExactly(communityAsRestSees());
            assertThat(ready.readStates()).isEqualTo(world.uc.readStates().all(member));
        }
    }

    /** The member's community as the REST reads answer now. */
    private CommunitySnapshot communityAsRestSees() {
        return new CommunitySnapshot(
                world.uc.communities().get(member, community.id()),
                world.uc.channels().list(member, community.id()),
                world.uc.roles().list(member, community.id()),
                world.uc.members().get(member, community.id(), member.userId()),
                false);
    }

    @Test
    void the_owner_sees_every_channel() {
        ReadySnapshot ready = world.uc.snapshots().ready(owner);
        assertThat(ready.communities().getFirst().channels()).isEqualTo(world.uc.channels().list(owner, community.id()));
        assertThat(ready.communities().getFirst().channels()).extracting(ChannelView::id).contains(hidden.id());
    }

    @Test
    void position_is_the_log_head_so_later_events_come_after_it() {
        long head = world.storage.read(tx -> tx.events().head());
        ReadySnapshot ready = world.uc.snapshots().ready(member);
        assertThat(ready.position()).isEqualTo(head).isPositive();

        world.uc.messages().send(owner, general.id(), new SendMessageRequest("later", "m3", null));
        var after = world.storage.read(tx -> tx.events().after(ready.position(), 10));
        assertThat(after).hasSize(1);
        assertThat(world.uc.snapshots().ready(member).position()).isEqualTo(after.getFirst().position());
    }

    @Test
    void large_is_decided_by_the_threshold() {
        assertThat(world.uc.snapshots().ready(member, 1).communities().getFirst().large()).isTrue();
        assertThat(world.uc.snapshots().ready(member, 2).communities().getFirst().large()).isFalse();
        assertThat(world.uc.snapshots().ready(member).communities().getFirst().large()).isFalse();
    }

    @Test
    void a_user_without_communities_or_conversations_gets_empty_lists() {
        Caller loner = world.user("lena");
        ReadySnapshot ready = world.uc.snapshots().ready(loner);
        assertThat(ready.communities()).isEmpty();
        assertThat(ready.conversations()).isEmpty();
        assertThat(ready.readStates()).isEqualTo(List.of());
    }
}
