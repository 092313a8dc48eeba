package dev.parley.core.delivery;

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
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.error.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private World world;
    private Caller owner;
    private Caller member;
    private Caller stranger;
    private CommunityView community;
    private ChannelView general;
    private ChannelView category;
    private ChannelView hidden;

    @BeforeEach
    void setUp() {
        world = new World();
        owner = world.user("olive");
        member = world.user("milo");
        stranger = world.user("sam");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        world.uc.invites().accept(member, world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code());
        general = world.uc.channels().list(owner, community.id()).getFirst();
        category = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("category", "Staff", null, null, null, null, null));
        hidden = world.uc.channels().create(owner, community.id(), new CreateChannelRequest(null, "staff", null, null, null, null, null));
        world.uc.channels().putOverwrite(owner, hidden.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.VIEW_CHANNEL).bits()));
    }

    @Test
    void visible_channels_per_member_include_categories_and_leave_out_non_members() {
        Map<Long, Set<Long>> visible = world.uc.delivery().visibleChannels(community.id(),
                List.of(owner.userId(), member.userId(), stranger.userId()));
        assertThat(visible).containsOnlyKeys(owner.userId(), member.userId());
        assertThat(visible.get(owner.userId())).containsExactlyInAnyOrder(general.id(), category.id(), hidden.id());
        assertThat(visible.get(member.userId())).containsExactlyInAnyOrder(general.id(), category.id());
        assertThat(world.uc.delivery().visibleChannels(424242L, List.of(owner.userId()))).isEmpty();
    }

    @Test
    void visible_channels_answer_for_ten_thousand_members_at_once() {
        List<Long> many = new java.util.ArrayList<>();
        world.storage.write(tx -> {
            for (long userId = 1; userId <= 10_000; userId++) {
                tx.members().insert(new dev.parley.domain.community.Member(community.id(), userId, null, Set.of(), world.clock.instant()));
                many.add(userId);
            }
            return null;
        });
        many.add(stranger.userId());

        Map<Long, Set<Long>> visible = world.uc.delivery().visibleChannels(community.id(), many);

        assertThat(visible).hasSize(10_000).doesNotContainKey(stranger.userId());
        assertThat(visible.values()).allSatisfy(channels -> assertThat(channels).containsExactlyInAnyOrder(general.id(), category.id()));
    }

    @Test
    void memberships_list_communities_and_conversation_participants() {
        ConversationView dm = world.uc.conversations().openDm(member, new OpenDmRequest(owner.userId()));
        ConversationView group = world.uc.conversations().createGroup(member,
                new CreateGroupRequest("pals", List.of(Long.toString(owner.userId()), Long.toString(stranger.userId()))));

        Memberships mine = world.uc.delivery().memberships(member.userId());
        assertThat(mine.communityIds()).containsExactly(community.id());
        assertThat(mine.conversations()).containsOnlyKeys(dm.id(), group.id());
        assertThat(mine.conversations().get(dm.id())).containsExactlyInAnyOrder(member.userId(), owner.userId());
        assertThat(mine.conversations().get(group.id())).containsExactlyInAnyOrder(member.userId(), owner.userId(), stranger.userId());
        assertThat(world.uc.delivery().memberships(stranger.userId()).communityIds()).isEmpty();
    }

    @Test
    void typing_needs_what_sending_needs() {
        assertThat(world.uc.delivery().checkTyping(member, general.id())).isEqualTo(general.communityId());
        world.uc.delivery().checkTyping(owner, hidden.id());
        assertCode(() -> world.uc.delivery().checkTyping(member, hidden.id()), ErrorCode.NOT_FOUND);
        assertCode(() -> world.uc.delivery().checkTyping(stranger, general.id()), ErrorCode.NOT_FOUND);
        assertCode(() -> world.uc.delivery().checkTyping(member, 999_999L), ErrorCode.NOT_FOUND);

        world.uc.channels().putOverwrite(owner, general.id(), community.id(),
                new PutOverwriteRequest("role", null, PermissionSet.of(Permission.SEND_MESSAGES).bits()));
        assertCode(() -> world.uc.delivery().checkTyping(member, general.id()), ErrorCode.MISSING_PERMISSION);

        ConversationView dm = world.uc.conversations().openDm(member, new OpenDmRequest(owner.userId()));
        assertThat(world.uc.delivery().checkTyping(owner, dm.id())).isZero();
        assertCode(() -> world.uc.delivery().checkTyping(stranger, dm.id()), ErrorCode.NOT_FOUND);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, ErrorCode code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }
}
