package dev.parley.core.channel;

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
import dev.parley.protocol.community.OverwriteView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ChannelUpdated;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A channel that stops syncing with its category keeps the category's overwrites, so nobody
 * sees it who could not before. The world: a Staff category hidden from @everyone, and #mod-log
 * synced under it; milo is an ordinary member, nina another one.
 */
class CategorySyncTest {
    private static final long VIEW = PermissionSet.of(Permission.VIEW_CHANNEL).bits();
    private final World world = new World();
    private Caller owner;
    private Caller milo;
    private Caller nina;
    private CommunityView community;
    private ChannelView staff;
    private ChannelView modLog;

    @BeforeEach
    void setUp() {
        owner = world.user("olive");
        milo = world.user("milo");
        nina = world.user("nina");
        community = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        String code = world.uc.invites().create(owner, community.id(), new CreateInviteRequest(null, null)).code();
        world.uc.invites().accept(milo, code);
        world.uc.invites().accept(nina, code);
        staff = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("category", "Staff", null, null, null, null, null));
        staff = world.uc.channels().putOverwrite(owner, staff.id(), community.id(), new PutOverwriteRequest("role", null, VIEW));
        modLog = world.uc.channels().create(owner, community.id(), new CreateChannelRequest("text", "mod-log", null, staff.id(), null, null, null));
        assertThat(modLog.syncedWithCategory()).isTrue();
        assertHiddenFromMilo();
        world.bus.drain();
    }

    private void assertHiddenFromMilo() {
        assertThatThrownBy(() -> world.uc.channels().get(milo, modLog.id()))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(world.uc.channels().list(milo, community.id())).extracting(ChannelView::id).doesNotContain(modLog.id());
    }

    private OverwriteView everyoneDeniesView() {
        return new OverwriteView(community.id(), "role", 0, VIEW);
    }

    @Test
    void putting_a_member_overwrite_keeps_the_category_overwrites() {
        ChannelView changed = world.uc.channels().putOverwrite(owner, modLog.id(), nina.userId(),
                new PutOverwriteRequest("member", VIEW, null));
        assertThat(changed.syncedWithCategory()).isFalse();
        assertThat(changed.overwrites()).containsExactlyInAnyOrder(everyoneDeniesView(),
                new OverwriteView(nina.userId(), "member", VIEW, 0));
        assertHiddenFromMilo();
        assertThat(world.uc.channels().get(nina, modLog.id()).id()).isEqualTo(modLog.id());
    }

    @Test
    void removing_an_overwrite_removes_it_from_the_copy() {
        world.uc.channels().putOverwrite(owner, staff.id(), nina.userId(), new PutOverwriteRequest("member", VIEW, null));
        ChannelView changed = world.uc.channels().deleteOverwrite(owner, modLog.id(), nina.userId());
        assertThat(changed.overwrites()).containsExactly(everyoneDeniesView());
        assertHiddenFromMilo();
        assertThatThrownBy(() -> world.uc.channels().get(nina, modLog.id())).isInstanceOf(Failure.class);
    }

    @Test
    void turning_sync_off_keeps_the_category_overwrites() {
        ChannelView changed = world.uc.channels().update(owner, modLog.id(),
                new UpdateChannelRequest(null, null, null, null, null, null, false, null));
        assertThat(changed.syncedWithCategory()).isFalse();
        assertThat(changed.overwrites()).containsExactly(everyoneDeniesView());
        assertHiddenFromMilo();
    }

    @Test
    void leaving_the_category_keeps_its_overwrites() {
        ChannelView changed = world.uc.channels().update(owner, modLog.id(),
                new UpdateChannelRequest(null, null, null, null, null, null, null, List.of("parent_id")));
        assertThat(changed.parentId()).isNull();
        assertThat(changed.overwrites()).containsExactly(everyoneDeniesView());
        assertHiddenFromMilo();
    }

    @Test
    void deleting_the_category_hands_its_overwrites_to_synced_children_only() {
        ChannelView own = world.uc.channels().create(owner, community.id(),
                new CreateChannelRequest("text", "lounge", null, staff.id(), null, null, null));
        own = world.uc.channels().update(owner, own.id(), new UpdateChannelRequest(null, null, null, null, null, null, false, null));
        own = world.uc.channels().deleteOverwrite(owner, own.id(), community.id());
        assertThat(own.overwrites()).isEmpty();
        world.bus.drain();

        world.uc.channels().delete(owner, staff.id());

        List<ChannelView> updated = world.bus.drain().stream().filter(d -> d.event() instanceof ChannelUpdated)
                .map(d -> ((ChannelUpdated) d.event()).channel()).toList();
        assertThat(updated).extracting(ChannelView::id).containsExactlyInAnyOrder(modLog.id(), own.id());
        assertThat(updated).allSatisfy(ch -> {
            assertThat(ch.parentId()).isNull();
            assertThat(ch.syncedWithCategory()).isFalse();
        });
        assertThat(world.uc.channels().get(owner, modLog.id()).overwrites()).containsExactly(everyoneDeniesView());
        assertThat(world.uc.channels().get(owner, own.id()).overwrites()).as("not synced: keeps its own").isEmpty();
        assertHiddenFromMilo();
        assertThat(world.uc.channels().get(milo, own.id()).id()).isEqualTo(own.id());
    }
}
