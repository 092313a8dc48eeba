package dev.parley.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.World;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.error.ErrorCode;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Role assignment and nicknames. mona moderates (Mods, position 5, MANAGE_ROLES only); sam ranks
 * above her (Seniors, 8); Helpers (2) grants nothing, Bouncers (3) grants KICK_MEMBERS, which mona
 * lacks; milo is an ordinary member.
 */
class MembersTest {
    private final World world = new World();
    private final Members members = world.uc.members();
    private Caller owner;
    private Caller mona;
    private Caller sam;
    private Caller milo;
    private long community;
    private RoleView helpers;
    private RoleView bouncers;

    private static void fails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    private RoleView role(String name, int position, Permission... permissions) {
        return world.uc.roles().create(owner, community, new CreateRoleRequest(name, 0, position, PermissionSet.of(permissions).bits()));
    }

    @BeforeEach
    void setUp() {
        owner = world.user("olive");
        mona = world.user("mona");
        sam = world.user("sam");
        milo = world.user("milo");
        CommunityView view = world.uc.communities().create(owner, new CreateCommunityRequest("Book club", null));
        community = view.id();
        String code = world.uc.invites().create(owner, community, new CreateInviteRequest(null, null)).code();
        for (Caller c : new Caller[] {mona, sam, milo}) {
            world.uc.invites().accept(c, code);
        }
        members.addRole(owner, community, mona.userId(), role("Mods", 5, Permission.MANAGE_ROLES).id());
        members.addRole(owner, community, sam.userId(), role("Seniors", 8).id());
        helpers = role("Helpers", 2);
        bouncers = role("Bouncers", 3, Permission.KICK_MEMBERS);
    }

    @Test
    void roles_go_only_to_members_ranked_below_the_caller() {
        fails(() -> members.addRole(mona, community, sam.userId(), helpers.id()), ErrorCode.HIERARCHY);
        fails(() -> members.addRole(mona, community, owner.userId(), helpers.id()), ErrorCode.HIERARCHY);
        members.addRole(owner, community, sam.userId(), helpers.id());
        fails(() -> members.removeRole(mona, community, sam.userId(), helpers.id()), ErrorCode.HIERARCHY);
        assertThat(members.addRole(mona, community, milo.userId(), helpers.id()).roleIds()).contains(String.valueOf(helpers.id()));
        assertThat(members.addRole(mona, community, mona.userId(), helpers.id()).roleIds()).as("herself").hasSize(2);
    }

    @Test
    void a_role_granting_permissions_the_caller_lacks_cannot_be_handed_out_even_to_oneself() {
        fails(() -> members.addRole(mona, community, milo.userId(), bouncers.id()), ErrorCode.MISSING_PERMISSION);
        fails(() -> members.addRole(mona, community, mona.userId(), bouncers.id()), ErrorCode.MISSING_PERMISSION);
        members.addRole(owner, community, milo.userId(), bouncers.id());
        fails(() -> members.removeRole(mona, community, milo.userId(), bouncers.id()), ErrorCode.MISSING_PERMISSION);
    }

    @Test
    void an_empty_nickname_update_keeps_the_nickname_and_clear_removes_it() {
        members.updateNickname(milo, community, milo.userId(), new UpdateMemberRequest("Mi", null));
        assertThat(members.updateNickname(milo, community, milo.userId(), new UpdateMemberRequest(null, null)).nickname()).isEqualTo("Mi");
        assertThat(members.updateNickname(milo, community, milo.userId(), new UpdateMemberRequest(null, List.of())).nickname()).isEqualTo("Mi");
        assertThat(members.updateNickname(milo, community, milo.userId(), new UpdateMemberRequest(null, List.of("nickname"))).nickname()).isNull();
    }
}
