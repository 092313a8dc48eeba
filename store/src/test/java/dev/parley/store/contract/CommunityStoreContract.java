package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.User;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.community.CommunityStore}: communities and the cascade of their deletion. */
public abstract class CommunityStoreContract extends StorageContract {

    @Test
    void communityRoundTripsWithAndWithoutDescription() {
        User owner = fixtures.user("owner");
        Community plain = fixtures.community(owner);
        Community described = fixtures.community(owner).withDetails("Rust fans", "All things Rust.");
        insert(owner, plain, described);

        assertThat(committed().communities().byId(plain.id())).contains(plain);
        assertThat(committed().communities().byId(described.id())).contains(described);
        assertThat(committed().communities().byId(fixtures.id())).isEmpty();
    }

    @Test
    void updateReplacesDetailsAndOwner() {
        User owner = fixtures.user("owner");
        User heir = fixtures.user("heir");
        Community community = fixtures.community(owner);
        Community other = fixtures.community(owner);
        insert(owner, heir, community, other);
        Community changed = community.withDetails("Renamed", "Now with a description").withOwner(heir.id());

        inWrite(tx -> tx.communities().update(changed));

        assertThat(committed().communities().byId(community.id())).contains(changed);
        assertThat(committed().communities().byId(other.id())).contains(other);
    }

    @Test
    void updateCanClearTheDescription() {
        User owner = fixtures.user("owner");
        Community community = fixtures.community(owner).withDetails("Named", "Described");
        insert(owner, community);
        Community cleared = community.withDetails("Named", null);

        inWrite(tx -> tx.communities().update(cleared));

        assertThat(committed().communities().byId(community.id())).contains(cleared);
    }

    @Test
    void updateOfAnUnknownCommunityThrowsNotFound() {
        User owner = fixtures.user("owner");
        insert(owner);

        assertNotFound(() -> inWrite(tx -> tx.communities().update(fixtures.community(owner))));
    }

    @Test
    void deleteRemovesTheCommunity() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        inWrite(tx -> tx.communities().delete(world.id()));

        assertThat(committed().communities().byId(world.id())).isEmpty();
    }

    @Test
    void deleteOfAnUnknownCommunityThrowsNotFound() {
        assertNotFound(() -> inWrite(tx -> tx.communities().delete(fixtures.id())));
    }

    @Test
    void deleteCascadesToChannelsRolesMembersAndInvitesOfThatCommunityOnly() {
        BasicCommunity doomed = fixtures.basicCommunity();
        BasicCommunity kept = fixtures.basicCommunity();
        Role doomedMod = fixtures.role(doomed.community(), "mod", 1, PermissionSet.ALL);
        Channel doomedCategory = fixtures.category(doomed.community(), "Text");
        Channel doomedChannel = fixtures.channelIn(doomedCategory, "general");
        Invite doomedInvite = fixtures.invite(doomed.community(), doomed.owner());
        Role keptMod = fixtures.role(kept.community(), "mod", 1, PermissionSet.ALL);
        Channel keptChannel = fixtures.channel(kept.community(), "general");
        Invite keptInvite = fixtures.invite(kept.community(), kept.owner());
        var doomedMember = fixtures.member(doomed.community(), doomed.stranger(), doomedMod);
        insert(doomed.rows());
        insert(kept.rows());
        insert(doomedMod, doomedCategory, doomedChannel, doomedInvite, doomedMember, keptMod, keptChannel, keptInvite);

        inWrite(tx -> tx.communities().delete(doomed.id()));

        long gone = doomed.id();
        assertThat(committed().channels().ofCommunity(gone)).isEmpty();
        assertThat(committed().channels().byId(doomedChannel.id())).isEmpty();
        assertThat(committed().channels().byId(doomedCategory.id())).isEmpty();
        assertThat(committed().roles().ofCommunity(gone)).isEmpty();
        assertThat(committed().roles().byId(doomedMod.id())).isEmpty();
        assertThat(committed().roles().byId(doomed.everyone().id())).isEmpty();
        assertThat(committed().members().count(gone)).isZero();
        assertThat(committed().members().page(gone, 0, 100)).isEmpty();
        assertThat(committed().members().get(gone, doomed.owner().id())).isEmpty();
        assertThat(committed().invites().ofCommunity(gone)).isEmpty();
        assertThat(committed().invites().byCode(doomedInvite.code())).isEmpty();
        assertThat(committed().communities().ofMember(doomed.stranger().id())).isEmpty();

        assertThat(committed().users().byId(doomed.owner().id())).contains(doomed.owner());
        assertThat(committed().communities().byId(kept.id())).contains(kept.community());
        assertThat(committed().channels().ofCommunity(kept.id())).containsExactly(keptChannel);
        assertThat(committed().roles().ofCommunity(kept.id())).containsExactly(kept.everyone(), keptMod);
        assertThat(committed().members().page(kept.id(), 0, 100))
                .containsExactlyInAnyOrder(kept.ownerMembership(), kept.memberMembership());
        assertThat(committed().invites().ofCommunity(kept.id())).containsExactly(keptInvite);
    }

    @Test
    void ofMemberListsTheUsersCommunitiesOldestFirst() {
        User owner = fixtures.user("owner");
        User alice = fixtures.user("alice");
        Community first = fixtures.community(owner);
        Community notJoined = fixtures.community(owner);
        Community third = fixtures.community(owner);
        insert(owner, alice, third, notJoined, first);
        insert(fixtures.member(third, alice), fixtures.member(first, alice), fixtures.member(notJoined, owner));

        assertThat(committed().communities().ofMember(alice.id())).containsExactly(first, third);
        assertThat(committed().communities().ofMember(owner.id())).containsExactly(notJoined);
        assertThat(committed().communities().ofMember(fixtures.id())).isEmpty();
    }

    @Test
    void ofMemberForgetsACommunityTheUserLeft() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        inWrite(tx -> tx.members().delete(world.id(), world.member().id()));

        assertThat(committed().communities().ofMember(world.member().id())).isEmpty();
        assertThat(committed().communities().ofMember(world.owner().id())).containsExactly(world.community());
    }
}
