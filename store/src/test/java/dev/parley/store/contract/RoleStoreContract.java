package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.role.RoleStore}: roles and what deleting one takes with it. */
public abstract class RoleStoreContract extends StorageContract {

    @Test
    void rolesRoundTripEveryField() {
        BasicCommunity world = fixtures.basicCommunity();
        Role admin = new Role(fixtures.id(), world.id(), "Admin", 0xE91E63, 7, PermissionSet.ALL);
        Role muted = new Role(fixtures.id(), world.id(), "Muted", 0, 1, PermissionSet.NONE);
        insert(world.rows());
        insert(admin, muted);

        assertThat(committed().roles().byId(world.everyone().id())).contains(world.everyone());
        assertThat(committed().roles().byId(admin.id())).contains(admin);
        assertThat(committed().roles().byId(muted.id())).contains(muted);
        assertThat(committed().roles().byId(fixtures.id())).isEmpty();
    }

    @Test
    void ofCommunityOrdersByPositionLowestFirstThenIdAndIncludesEveryone() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        Role top = fixtures.role(world.community(), "top", 3, PermissionSet.NONE);
        Role tiedFirst = fixtures.role(world.community(), "tied first", 2, PermissionSet.NONE);
        Role tiedSecond = fixtures.role(world.community(), "tied second", 2, PermissionSet.NONE);
        Role low = fixtures.role(world.community(), "low", 1, PermissionSet.NONE);
        Role elsewhere = fixtures.role(other.community(), "elsewhere", 1, PermissionSet.NONE);
        insert(world.rows());
        insert(other.rows());
        insert(tiedSecond, top, elsewhere, low, tiedFirst);

        assertThat(committed().roles().ofCommunity(world.id()))
                .containsExactly(world.everyone(), low, tiedFirst, tiedSecond, top);
        assertThat(committed().roles().ofCommunity(other.id())).containsExactly(other.everyone(), elsewhere);
        assertThat(committed().roles().ofCommunity(fixtures.id())).isEmpty();
    }

    @Test
    void ofCommunitiesIsOfCommunityForEachCommunityThatHasRoles() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        BasicCommunity unasked = fixtures.basicCommunity();
        Role top = fixtures.role(world.community(), "top", 3, PermissionSet.NONE);
        Role low = fixtures.role(world.community(), "low", 1, PermissionSet.NONE);
        Role elsewhere = fixtures.role(other.community(), "elsewhere", 1, PermissionSet.NONE);
        insert(world.rows());
        insert(other.rows());
        insert(unasked.rows());
        insert(top, elsewhere, low);
        long unknown = fixtures.id();

        var roles = committed().roles().ofCommunities(List.of(world.id(), other.id(), unknown, world.id()));

        assertThat(roles).containsOnlyKeys(world.id(), other.id());
        assertThat(roles.get(world.id())).containsExactly(world.everyone(), low, top);
        assertThat(roles.get(other.id())).containsExactly(other.everyone(), elsewhere);
        assertThat(committed().roles().ofCommunities(List.of())).isEmpty();
    }

    @Test
    void updateReplacesNameColorPositionAndPermissions() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.of(Permission.KICK_MEMBERS));
        Role other = fixtures.role(world.community(), "other", 2, PermissionSet.NONE);
        insert(world.rows());
        insert(mod, other);
        Role changed = mod.with("moderator", 0x2ECC71, 4, PermissionSet.of(Permission.BAN_MEMBERS, Permission.MANAGE_MESSAGES));
        Role everyone = world.everyone().with(Role.EVERYONE, 0, 0, PermissionSet.NONE);

        inWrite(tx -> {
            tx.roles().update(changed);
            tx.roles().update(everyone);
        });

        assertThat(committed().roles().byId(mod.id())).contains(changed);
        assertThat(committed().roles().byId(world.everyone().id())).contains(everyone);
        assertThat(committed().roles().byId(other.id())).contains(other);
    }

    @Test
    void updateOfAnUnknownRoleThrowsNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());
        Role ghost = fixtures.role(world.community(), "ghost", 1, PermissionSet.NONE);

        assertNotFound(() -> inWrite(tx -> tx.roles().update(ghost)));
        assertThat(committed().roles().byId(ghost.id())).isEmpty();
    }

    @Test
    void deleteRemovesTheRole() {
        BasicCommunity world = fixtures.basicCommunity();
        Role doomed = fixtures.role(world.community(), "doomed", 1, PermissionSet.NONE);
        Role kept = fixtures.role(world.community(), "kept", 2, PermissionSet.NONE);
        insert(world.rows());
        insert(doomed, kept);

        inWrite(tx -> tx.roles().delete(doomed.id()));

        assertThat(committed().roles().byId(doomed.id())).isEmpty();
        assertThat(committed().roles().ofCommunity(world.id())).containsExactly(world.everyone(), kept);
    }

    @Test
    void deleteOfAnUnknownRoleThrowsNotFound() {
        assertNotFound(() -> inWrite(tx -> tx.roles().delete(fixtures.id())));
    }

    @Test
    void deleteTakesTheRoleFromEveryMemberThatHeldIt() {
        BasicCommunity world = fixtures.basicCommunity();
        Role doomed = fixtures.role(world.community(), "doomed", 1, PermissionSet.NONE);
        Role kept = fixtures.role(world.community(), "kept", 2, PermissionSet.NONE);
        Member both = fixtures.member(world.community(), world.stranger(), doomed, kept).withNickname("both");
        insert(world.rows());
        insert(doomed, kept, both);
        Member onlyDoomed = world.memberMembership().withRoles(Set.of(doomed.id()));
        inWrite(tx -> tx.members().update(onlyDoomed));

        inWrite(tx -> tx.roles().delete(doomed.id()));

        assertThat(committed().members().get(world.id(), world.stranger().id()))
                .contains(both.withRoles(Set.of(kept.id())));
        assertThat(committed().members().get(world.id(), world.member().id()))
                .contains(onlyDoomed.withRoles(Set.of()));
        assertThat(committed().members().get(world.id(), world.owner().id())).contains(world.ownerMembership());
    }

    @Test
    void deleteDropsTheChannelOverwritesThatTargetTheRole() {
        BasicCommunity world = fixtures.basicCommunity();
        Role doomed = fixtures.role(world.community(), "doomed", 1, PermissionSet.NONE);
        Role kept = fixtures.role(world.community(), "kept", 2, PermissionSet.NONE);
        Overwrite onDoomed = new Overwrite(Overwrite.Target.ROLE, doomed.id(), PermissionSet.ALL, PermissionSet.NONE);
        Overwrite onKept = new Overwrite(Overwrite.Target.ROLE, kept.id(), PermissionSet.NONE, PermissionSet.ALL);
        Overwrite onMember = new Overwrite(Overwrite.Target.MEMBER, world.member().id(),
                PermissionSet.of(Permission.SEND_MESSAGES), PermissionSet.NONE);
        Channel mixed = withOverwrites(fixtures.channel(world.community(), "mixed"), onDoomed, onKept, onMember);
        Channel onlyDoomed = withOverwrites(fixtures.channel(world.community(), "only-doomed"), onDoomed);
        Channel unrelated = withOverwrites(fixtures.channel(world.community(), "unrelated"), onKept);
        insert(world.rows());
        insert(doomed, kept, mixed, onlyDoomed, unrelated);

        inWrite(tx -> tx.roles().delete(doomed.id()));

        assertThat(committed().channels().byId(mixed.id()).map(RoleStoreContract::canonical))
                .contains(canonical(withOverwrites(mixed, onKept, onMember)));
        assertThat(committed().channels().byId(onlyDoomed.id())).contains(withOverwrites(onlyDoomed));
        assertThat(committed().channels().byId(unrelated.id())).contains(unrelated);
    }

    private static Channel withOverwrites(Channel c, Overwrite... overwrites) {
        return c.with(c.name(), c.topic(), c.position(), c.parentId(), c.slowmodeSeconds(), c.nsfw(),
                c.syncedWithCategory(), List.of(overwrites));
    }
}
