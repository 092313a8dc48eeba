package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.community.MemberStore}: memberships, their roles and paging. */
public abstract class MemberStoreContract extends StorageContract {

    @Test
    void memberRoundTripsNicknameAndRoles() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.of(Permission.KICK_MEMBERS));
        Role dj = fixtures.role(world.community(), "dj", 2, PermissionSet.NONE);
        Member stranger = fixtures.member(world.community(), world.stranger(), mod, dj).withNickname("Stranger Things");
        insert(world.rows());
        insert(mod, dj, stranger);

        assertThat(committed().members().get(world.id(), world.stranger().id())).contains(stranger);
        assertThat(committed().members().get(world.id(), world.stranger().id()).orElseThrow().roleIds())
                .containsExactlyInAnyOrder(mod.id(), dj.id());
    }

    @Test
    void memberWithoutNicknameOrRolesRoundTrips() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        assertThat(committed().members().get(world.id(), world.member().id())).contains(world.memberMembership());
        assertThat(committed().members().get(world.id(), world.member().id()).orElseThrow().roleIds()).isEmpty();
    }

    @Test
    void nonMembersAreNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity elsewhere = fixtures.basicCommunity();
        insert(world.rows());
        insert(elsewhere.rows());

        assertThat(committed().members().get(world.id(), world.stranger().id())).isEmpty();
        assertThat(committed().members().get(world.id(), elsewhere.member().id())).isEmpty();
        assertThat(committed().members().get(fixtures.id(), world.member().id())).isEmpty();
    }

    @Test
    void insertRejectsAnExistingMembership() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());
        Member again = fixtures.member(world.community(), world.member()).withNickname("again");

        assertConflict("member", () -> insert(again));
        assertThat(committed().members().get(world.id(), world.member().id())).contains(world.memberMembership());
    }

    @Test
    void aUserMayBelongToManyCommunities() {
        BasicCommunity first = fixtures.basicCommunity();
        Community second = fixtures.community(first.owner());
        insert(first.rows());
        Member there = fixtures.member(second, first.member());
        insert(second, fixtures.everyoneRole(second), there);

        assertThat(committed().members().get(second.id(), first.member().id())).contains(there);
        assertThat(committed().members().get(first.id(), first.member().id())).contains(first.memberMembership());
    }

    @Test
    void ofUserListsTheUsersMemberRecordsWithTheirRolesByCommunity() {
        BasicCommunity first = fixtures.basicCommunity();
        BasicCommunity without = fixtures.basicCommunity();
        Community second = fixtures.community(first.owner());
        Role mod = fixtures.role(second, "mod", 1, PermissionSet.NONE);
        Role dj = fixtures.role(second, "dj", 2, PermissionSet.NONE);
        Member there = fixtures.member(second, first.member(), mod, dj).withNickname("Second");
        insert(first.rows());
        insert(without.rows());
        insert(second, fixtures.everyoneRole(second), mod, dj, there);

        assertThat(committed().members().ofUser(first.member().id())).containsExactly(first.memberMembership(), there);
        assertThat(committed().members().ofUser(first.member().id()).get(1).roleIds())
                .containsExactlyInAnyOrder(mod.id(), dj.id());
        assertThat(committed().members().ofUser(first.stranger().id())).isEmpty();
    }

    @Test
    void countsAnswerForEveryCommunityAskedWithZeroForUnknownOnes() {
        BasicCommunity two = fixtures.basicCommunity();
        BasicCommunity three = fixtures.basicCommunity();
        insert(two.rows());
        insert(three.rows());
        insert(fixtures.member(three.community(), three.stranger()));
        long unknown = fixtures.id();

        assertThat(committed().members().counts(List.of(two.id(), three.id(), unknown, two.id())))
                .isEqualTo(Map.of(two.id(), 2, three.id(), 3, unknown, 0));
        assertThat(committed().members().counts(List.of())).isEmpty();
    }

    @Test
    void pageListsMembersByUserIdAfterTheGivenIdUpToTheLimit() {
        User owner = fixtures.user("owner");
        List<User> users = IntStream.range(0, 5).mapToObj(i -> fixtures.user("user" + i)).toList();
        Community community = fixtures.community(owner);
        Community other = fixtures.community(owner);
        List<Member> members = users.stream().map(u -> fixtures.member(community, u)).toList();
        insert(owner);
        insert(users);
        insert(community, other, fixtures.member(other, users.get(2)), fixtures.member(other, owner));
        insert(members.get(3), members.get(0), members.get(4), members.get(2), members.get(1));

        assertThat(committed().members().page(community.id(), 0, 2)).containsExactly(members.get(0), members.get(1));
        assertThat(committed().members().page(community.id(), users.get(1).id(), 2))
                .containsExactly(members.get(2), members.get(3));
        assertThat(committed().members().page(community.id(), users.get(3).id(), 2)).containsExactly(members.get(4));
        assertThat(committed().members().page(community.id(), users.get(4).id(), 2)).isEmpty();
        assertThat(committed().members().page(community.id(), 0, 100)).containsExactlyElementsOf(members);
    }

    @Test
    void pagingThroughACommunityVisitsEveryMemberOnceInUserIdOrder() {
        User owner = fixtures.user("owner");
        Community community = fixtures.community(owner);
        List<User> users = IntStream.range(0, 100).mapToObj(i -> fixtures.user("user" + i)).toList();
        List<Member> members = users.stream().map(u -> fixtures.member(community, u)).toList();
        List<Member> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new Random(42));
        insert(owner, community);
        insert(users);
        insert(shuffled);

        List<Member> visited = new ArrayList<>();
        long after = 0;
        for (int pages = 0; pages <= members.size() / 7 + 1; pages++) {
            List<Member> page = committed().members().page(community.id(), after, 7);
            assertThat(page.size()).isLessThanOrEqualTo(7);
            if (page.isEmpty()) {
                break;
            }
            visited.addAll(page);
            after = page.getLast().userId();
        }

        assertThat(visited).containsExactlyElementsOf(members);
    }

    @Test
    void pageStartsAfterAnIdThatIsNotAMember() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());
        long between = world.owner().id() + 1;

        assertThat(committed().members().page(world.id(), between, 10)).containsExactly(world.memberMembership());
    }

    @Test
    void updateReplacesNicknameAndRolesButNotTheJoinTime() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);
        Role dj = fixtures.role(world.community(), "dj", 2, PermissionSet.NONE);
        Member before = fixtures.member(world.community(), world.stranger(), mod).withNickname("old");
        insert(world.rows());
        insert(mod, dj, before);
        Member after = new Member(before.communityId(), before.userId(), "new", Set.of(dj.id()), fixtures.now());

        inWrite(tx -> tx.members().update(after));

        assertThat(committed().members().get(world.id(), world.stranger().id()))
                .contains(before.withNickname("new").withRoles(Set.of(dj.id())));
        assertThat(committed().members().get(world.id(), world.member().id())).contains(world.memberMembership());
    }

    @Test
    void updateCanClearNicknameAndRoles() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);
        Member before = fixtures.member(world.community(), world.stranger(), mod).withNickname("nick");
        insert(world.rows());
        insert(mod, before);
        Member cleared = before.withNickname(null).withRoles(Set.of());

        inWrite(tx -> tx.members().update(cleared));

        assertThat(committed().members().get(world.id(), world.stranger().id())).contains(cleared);
    }

    @Test
    void updateOfANonMemberThrowsNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        assertNotFound(() -> inWrite(tx -> tx.members().update(fixtures.member(world.community(), world.stranger()))));
        assertThat(committed().members().get(world.id(), world.stranger().id())).isEmpty();
    }

    @Test
    void deleteEndsTheMembershipOnly() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        inWrite(tx -> tx.members().delete(world.id(), world.member().id()));

        assertThat(committed().members().get(world.id(), world.member().id())).isEmpty();
        assertThat(committed().members().page(world.id(), 0, 10)).containsExactly(world.ownerMembership());
        assertThat(committed().users().byId(world.member().id())).contains(world.member());
    }

    @Test
    void deleteOfANonMemberThrowsNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        insert(world.rows());

        assertNotFound(() -> inWrite(tx -> tx.members().delete(world.id(), world.stranger().id())));
        assertThat(committed().members().count(world.id())).isEqualTo(2);
    }

    @Test
    void countCountsTheMembersOfOneCommunity() {
        BasicCommunity world = fixtures.basicCommunity();
        Community empty = fixtures.community(world.owner());
        insert(world.rows());
        insert(empty, fixtures.member(empty, world.owner()));

        assertThat(committed().members().count(world.id())).isEqualTo(2);
        assertThat(committed().members().count(empty.id())).isEqualTo(1);
        inWrite(tx -> tx.members().delete(empty.id(), world.owner().id()));
        assertThat(committed().members().count(empty.id())).isZero();
    }

    @Test
    void ofUsersReturnsTheMembersAmongTheIdsByUserIdWithTheirRoles() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity elsewhere = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);
        Member modded = world.memberMembership().withRoles(Set.of(mod.id()));
        insert(world.rows());
        insert(elsewhere.rows());
        insert(mod);
        inWrite(tx -> tx.members().update(modded));

        List<Member> found = committed().members().ofUsers(world.id(), List.of(
                world.stranger().id(), world.member().id(), elsewhere.member().id(), world.owner().id(),
                world.member().id(), fixtures.id()));

        assertThat(found).containsExactly(world.ownerMembership(), modded);
        assertThat(found.get(1).roleIds()).containsExactly(mod.id());
        assertThat(committed().members().ofUsers(world.id(), List.of())).isEmpty();
    }

    @Test
    void ofUsersAnswersForMoreIdsThanOneStatementHolds() {
        User owner = fixtures.user("owner");
        Community community = fixtures.community(owner);
        List<User> users = IntStream.range(0, 1203).mapToObj(i -> fixtures.user("user" + i)).toList();
        List<Member> members = users.stream().filter(u -> users.indexOf(u) % 2 == 0)
                .map(u -> fixtures.member(community, u)).toList();
        insert(owner, community);
        insert(users);
        insert(members);

        assertThat(committed().members().ofUsers(community.id(), users.stream().map(User::id).toList()))
                .containsExactlyElementsOf(members);
    }

    @Test
    void searchMatchesAPrefixOfUsernameOrNicknameIgnoringCaseOrderedByUsername() {
        User owner = fixtures.user("Zed");
        User ada = fixtures.user("ada");
        User adam = fixtures.user("Adam");
        User bob = fixtures.user("bob");
        User carl = fixtures.user("carl");
        Community community = fixtures.community(owner);
        Role mod = fixtures.role(community, "mod", 1, PermissionSet.NONE);
        insert(owner, ada, adam, bob, carl, community, fixtures.everyoneRole(community), mod);
        Member bobby = fixtures.member(community, bob, mod).withNickname("ADMIRAL Bob");
        insert(fixtures.member(community, owner).withNickname("zed"), fixtures.member(community, carl),
                fixtures.member(community, adam), bobby, fixtures.member(community, ada));

        List<Member> found = committed().members().search(community.id(), "aD", 10);

        assertThat(found).extracting(Member::userId).containsExactly(ada.id(), adam.id(), bob.id());
        assertThat(found.get(2)).isEqualTo(bobby);
        assertThat(committed().members().search(community.id(), "ZE", 10)).extracting(Member::userId)
                .containsExactly(owner.id());
        assertThat(committed().members().search(community.id(), "nobody", 10)).isEmpty();
        assertThat(committed().members().search(community.id(), "", 3)).extracting(Member::userId)
                .containsExactly(ada.id(), adam.id(), bob.id());
    }

    @Test
    void searchIsLimitedAndSeesOnlyTheCommunityAndTheCurrentNickname() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity elsewhere = fixtures.basicCommunity();
        insert(world.rows());
        insert(elsewhere.rows());
        inWrite(tx -> tx.members().update(world.memberMembership().withNickname("Émile")));

        assertThat(committed().members().search(world.id(), "ÉMI", 10)).extracting(Member::userId)
                .containsExactly(world.member().id());
        assertThat(committed().members().search(world.id(), "owner", 10)).containsExactly(world.ownerMembership());
        assertThat(committed().members().search(world.id(), "stranger", 10)).isEmpty();
        assertThat(committed().members().search(world.id(), "", 1)).hasSize(1);
        assertThat(committed().members().search(world.id(), "", 0)).isEmpty();

        inWrite(tx -> tx.members().update(world.memberMembership().withNickname(null)));
        assertThat(committed().members().search(world.id(), "émi", 10)).isEmpty();
    }
}
