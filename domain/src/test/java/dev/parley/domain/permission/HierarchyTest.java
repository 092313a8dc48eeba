package dev.parley.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.role.Role;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchyTest {
    private static final long COMMUNITY = 100;
    private static final long OWNER = 1;
    private static final Role EVERYONE = new Role(COMMUNITY, COMMUNITY, Role.EVERYONE, 0, 0, PermissionSet.EVERYONE_DEFAULT);

    /** One row: a check and its expected answer. */
    sealed interface Row {
    }

    record Highest(MemberContext member, int expected) implements Row {
    }

    record ManagesRole(MemberContext actor, Role target, boolean expected) implements Row {
    }

    record ManagesMember(MemberContext actor, MemberContext target, boolean expected) implements Row {
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("highest: the owner ranks above every position", new Highest(owner(), Integer.MAX_VALUE)),
                row("highest: no roles ranks at 0", new Highest(member(10), 0)),
                row("highest: the highest of several roles", new Highest(member(10, 2, 5, 3), 5)),
                row("role: the owner manages the top role", new ManagesRole(owner(), role(10), true)),
                row("role: a role below the actor's highest", new ManagesRole(member(10, 2, 5), role(3), true)),
                row("role: not a role at the actor's position", new ManagesRole(member(10, 5), role(5), false)),
                row("role: not a role above the actor", new ManagesRole(member(10, 5), role(7), false)),
                row("role: no roles cannot manage @everyone", new ManagesRole(member(10), EVERYONE, false)),
                row("role: any role above 0 manages @everyone", new ManagesRole(member(10, 1), EVERYONE, true)),
                row("role: ADMINISTRATOR does not reach above its rank",
                        new ManagesRole(admin(10, 2), role(4), false)),
                row("member: the owner manages a high member", new ManagesMember(owner(), member(10, 50), true)),
                row("member: nobody manages the owner", new ManagesMember(member(10, 50), owner(), false)),
                row("member: the owner does not manage themself", new ManagesMember(owner(), owner(), false)),
                row("member: nobody manages themself", new ManagesMember(member(10, 5), member(10, 5), false)),
                row("member: equal highest positions", new ManagesMember(member(10, 3), member(11, 1, 3), false)),
                row("member: above manages below", new ManagesMember(member(10, 1, 4), member(11, 3), true)),
                row("member: below cannot manage above", new ManagesMember(member(10, 3), member(11, 4), false)),
                row("member: any role manages a member without roles", new ManagesMember(member(10, 1), member(11), true)),
                row("member: without roles cannot manage another without roles",
                        new ManagesMember(member(10), member(11), false)),
                row("member: ADMINISTRATOR cannot manage a higher member",
                        new ManagesMember(admin(10, 2), member(11, 3), false)),
                row("member: ADMINISTRATOR manages a lower member", new ManagesMember(admin(10, 2), member(11, 1), true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void ranks(String name, Row row) {
        switch (row) {
            case Highest(var member, var expected) ->
                    assertThat(Hierarchy.highestPosition(member)).as(name).isEqualTo(expected);
            case ManagesRole(var actor, var target, var expected) ->
                    assertThat(Hierarchy.canManageRole(actor, target)).as(name).isEqualTo(expected);
            case ManagesMember(var actor, var target, var expected) ->
                    assertThat(Hierarchy.canManageMember(actor, target)).as(name).isEqualTo(expected);
        }
    }

    private static Arguments row(String name, Row row) {
        return Arguments.of(name, row);
    }

    /** The owner, holding no roles. */
    private static MemberContext owner() {
        return new MemberContext(OWNER, OWNER, EVERYONE, List.of());
    }

    /** A non-owner member holding roles (without permissions) at the given positions. */
    private static MemberContext member(long userId, int... positions) {
        return new MemberContext(userId, OWNER, EVERYONE, Arrays.stream(positions).mapToObj(HierarchyTest::role).toList());
    }

    /** A non-owner member whose only role, at {@code position}, grants ADMINISTRATOR. */
    private static MemberContext admin(long userId, int position) {
        var role = new Role(1000 + position, COMMUNITY, "admin", 0, position, PermissionSet.of(Permission.ADMINISTRATOR));
        return new MemberContext(userId, OWNER, EVERYONE, List.of(role));
    }

    private static Role role(int position) {
        return new Role(1000 + position, COMMUNITY, "role " + position, 0, position, PermissionSet.NONE);
    }
}
