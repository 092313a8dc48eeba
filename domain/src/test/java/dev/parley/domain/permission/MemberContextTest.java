package dev.parley.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.domain.role.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberContextTest {
    private static final Role EVERYONE = new Role(100, 100, Role.EVERYONE, 0, 0, PermissionSet.EVERYONE_DEFAULT);
    private static final Role MOD = new Role(1, 100, "mod", 0, 1, PermissionSet.NONE);

    @Test
    void knowsOwnerAndHeldRoles() {
        var member = new MemberContext(10, 10, EVERYONE, List.of(MOD));
        assertThat(member.isOwner()).isTrue();
        assertThat(member.holdsRole(MOD.id())).isTrue();
        assertThat(member.holdsRole(EVERYONE.id())).isFalse();
    }

    @Test
    void copiesRoles() {
        var roles = new ArrayList<>(List.of(MOD));
        var member = new MemberContext(10, 1, EVERYONE, roles);
        roles.clear();
        assertThat(member.roles()).containsExactly(MOD);
    }

    @Test
    void rejectsBrokenContracts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberContext(10, 1, MOD, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberContext(10, 1, EVERYONE, List.of(EVERYONE)));
        var foreign = new Role(2, 200, "elsewhere", 0, 1, PermissionSet.NONE);
        assertThatIllegalArgumentException().isThrownBy(() -> new MemberContext(10, 1, EVERYONE, List.of(foreign)));
    }
}
