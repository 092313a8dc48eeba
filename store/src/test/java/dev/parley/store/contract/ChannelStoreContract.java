package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.channel.ChannelStore}: channels with their overwrites. Overwrites are
 * compared without regard to order ({@link #canonical(Channel)}); the port promises none.
 */
public abstract class ChannelStoreContract extends StorageContract {

    @Test
    void channelRoundTripsEveryFieldWithOverwritesOfBothTargets() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);
        Channel category = fixtures.category(world.community(), "Text");
        Channel base = fixtures.channelIn(category, "rules");
        Channel rules = new Channel(base.id(), world.id(), ChannelType.ANNOUNCEMENT, "rules", "Read them.", 3,
                category.id(), 30, true, false, List.of(
                        new Overwrite(Overwrite.Target.ROLE, world.everyone().id(),
                                PermissionSet.NONE, PermissionSet.of(Permission.SEND_MESSAGES)),
                        new Overwrite(Overwrite.Target.ROLE, mod.id(), PermissionSet.ALL, PermissionSet.NONE),
                        new Overwrite(Overwrite.Target.MEMBER, world.member().id(),
                                PermissionSet.of(Permission.SEND_MESSAGES, Permission.EMBED_LINKS),
                                PermissionSet.of(Permission.ADD_REACTIONS))),
                base.createdAt());
        insert(world.rows());
        insert(mod, category, rules);

        assertThat(committed().channels().byId(rules.id()).map(ChannelStoreContract::canonical))
                .contains(canonical(rules));
        assertThat(committed().channels().byId(rules.id()).orElseThrow().overwrites()).hasSize(3);
    }

    @Test
    void channelWithoutTopicParentOrOverwritesRoundTrips() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel general = fixtures.channel(world.community(), "general");
        Channel category = fixtures.category(world.community(), "Voice");
        insert(world.rows());
        insert(general, category);

        assertThat(committed().channels().byId(general.id())).contains(general);
        assertThat(committed().channels().byId(category.id())).contains(category);
        assertThat(committed().channels().byId(fixtures.id())).isEmpty();
    }

    @Test
    void ofCommunityOrdersByPositionThenId() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        Channel a = at(fixtures.channel(world.community(), "a"), 2);
        Channel b = at(fixtures.channel(world.community(), "b"), 0);
        Channel c = at(fixtures.channel(world.community(), "c"), 1);
        Channel d = at(fixtures.channel(world.community(), "d"), 0);
        Channel elsewhere = fixtures.channel(other.community(), "elsewhere");
        insert(world.rows());
        insert(other.rows());
        insert(a, elsewhere, d, c, b);

        assertThat(committed().channels().ofCommunity(world.id())).containsExactly(b, d, c, a);
        assertThat(committed().channels().ofCommunity(other.id())).containsExactly(elsewhere);
        assertThat(committed().channels().ofCommunity(fixtures.id())).isEmpty();
    }

    @Test
    void ofCommunitiesIsOfCommunityWithOverwritesForEachCommunityThatHasChannels() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        BasicCommunity empty = fixtures.basicCommunity();
        Channel late = at(fixtures.channel(world.community(), "late"), 1);
        Channel early = fixtures.channel(world.community(), "early").with("early", null, 0, null, 0, false, false,
                List.of(new Overwrite(Overwrite.Target.ROLE, world.everyone().id(), PermissionSet.NONE,
                                PermissionSet.of(Permission.VIEW_CHANNEL)),
                        new Overwrite(Overwrite.Target.MEMBER, world.member().id(),
                                PermissionSet.of(Permission.VIEW_CHANNEL), PermissionSet.NONE)));
        Channel elsewhere = fixtures.channel(other.community(), "elsewhere");
        insert(world.rows());
        insert(other.rows());
        insert(empty.rows());
        insert(late, elsewhere, early);

        var channels = committed().channels().ofCommunities(List.of(world.id(), other.id(), empty.id(), fixtures.id()));

        assertThat(channels).containsOnlyKeys(world.id(), other.id());
        assertThat(channels.get(world.id())).map(ChannelStoreContract::canonical)
                .containsExactly(canonical(early), late);
        assertThat(channels.get(other.id())).containsExactly(elsewhere);
        assertThat(committed().channels().ofCommunities(List.of())).isEmpty();
    }

    @Test
    void updateReplacesEveryMutableFieldAndTheOverwrites() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel category = fixtures.category(world.community(), "Text");
        Channel channel = fixtures.channel(world.community(), "general").with("general", null, 0, null, 0,
                false, false, List.of(new Overwrite(Overwrite.Target.ROLE, world.everyone().id(),
                        PermissionSet.NONE, PermissionSet.of(Permission.VIEW_CHANNEL))));
        Channel untouched = fixtures.channel(world.community(), "random");
        insert(world.rows());
        insert(category, channel, untouched);
        Channel changed = channel.with("chat", "Say hi", 5, category.id(), 10, true, true, List.of(
                new Overwrite(Overwrite.Target.MEMBER, world.member().id(),
                        PermissionSet.of(Permission.MANAGE_MESSAGES), PermissionSet.NONE)));

        inWrite(tx -> tx.channels().update(changed));

        assertThat(committed().channels().byId(channel.id())).contains(changed);
        assertThat(committed().channels().byId(untouched.id())).contains(untouched);
    }

    @Test
    void updateCanClearTopicParentAndOverwrites() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel category = fixtures.category(world.community(), "Text");
        Channel channel = fixtures.channelIn(category, "general").with("general", "topic", 1, category.id(), 0,
                false, true, List.of(new Overwrite(Overwrite.Target.MEMBER, world.owner().id(),
                        PermissionSet.ALL, PermissionSet.NONE)));
        insert(world.rows());
        insert(category, channel);
        Channel cleared = channel.with("general", null, 1, null, 0, false, false, List.of());

        inWrite(tx -> tx.channels().update(cleared));

        assertThat(committed().channels().byId(channel.id())).contains(cleared);
    }

    @Test
    void updateKeepsTypeCommunityAndCreationTime() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel channel = fixtures.channel(world.community(), "general");
        insert(world.rows());
        insert(channel);
        Channel tampered = new Channel(channel.id(), world.id(), ChannelType.CATEGORY, "renamed", null, 0, null,
                0, false, false, List.of(), fixtures.now());

        inWrite(tx -> tx.channels().update(tampered));

        assertThat(committed().channels().byId(channel.id()))
                .contains(channel.with("renamed", null, 0, null, 0, false, false, List.of()));
    }

    @Test
    void updateOfAnUnknownChannelThrowsNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());
        Channel ghost = fixtures.channel(world.community(), "ghost");

        assertNotFound(() -> inWrite(tx -> tx.channels().update(ghost)));
        assertThat(committed().channels().byId(ghost.id())).isEmpty();
    }

    @Test
    void deleteRemovesOnlyThatChannel() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel doomed = fixtures.channel(world.community(), "doomed").with("doomed", null, 0, null, 0, false,
                false, List.of(new Overwrite(Overwrite.Target.ROLE, world.everyone().id(),
                        PermissionSet.NONE, PermissionSet.ALL)));
        Channel kept = fixtures.channel(world.community(), "kept");
        insert(world.rows());
        insert(doomed, kept);

        inWrite(tx -> tx.channels().delete(doomed.id()));

        assertThat(committed().channels().byId(doomed.id())).isEmpty();
        assertThat(committed().channels().ofCommunity(world.id())).containsExactly(kept);
    }

    @Test
    void deleteOfAnUnknownChannelThrowsNotFound() {
        assertNotFound(() -> inWrite(tx -> tx.channels().delete(fixtures.id())));
    }

    @Test
    void deletingACategoryMovesItsChannelsOutOfIt() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel doomed = fixtures.category(world.community(), "Doomed");
        Channel kept = fixtures.category(world.community(), "Kept");
        Channel first = fixtures.channelIn(doomed, "first").with("first", "topic", 1, doomed.id(), 5, true, true,
                List.of(new Overwrite(Overwrite.Target.MEMBER, world.member().id(), PermissionSet.ALL,
                        PermissionSet.NONE)));
        Channel second = at(fixtures.channelIn(doomed, "second"), 2);
        Channel staying = fixtures.channelIn(kept, "staying");
        insert(world.rows());
        insert(doomed, kept, first, second, staying);

        inWrite(tx -> tx.channels().delete(doomed.id()));

        assertThat(committed().channels().byId(first.id())).contains(unparented(first));
        assertThat(committed().channels().byId(second.id())).contains(unparented(second));
        assertThat(committed().channels().byId(staying.id())).contains(staying);
        assertThat(committed().channels().byId(doomed.id())).isEmpty();
    }

    private static Channel at(Channel c, int position) {
        return c.with(c.name(), c.topic(), position, c.parentId(), c.slowmodeSeconds(), c.nsfw(),
                c.syncedWithCategory(), c.overwrites());
    }

    private static Channel unparented(Channel c) {
        return c.with(c.name(), c.topic(), c.position(), null, c.slowmodeSeconds(), c.nsfw(),
                c.syncedWithCategory(), c.overwrites());
    }
}
