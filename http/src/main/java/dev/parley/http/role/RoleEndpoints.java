package dev.parley.http.role;

import dev.parley.core.role.Roles;
import dev.parley.http.route.Call;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.UpdateRoleRequest;
import java.util.List;

/** {@code /api/v1/communities/{cid}/roles[/{rid}]}. */
public final class RoleEndpoints {
    private final Roles roles;

    public RoleEndpoints(Roles roles) {
        this.roles = roles;
    }

    public List<RoleView> list(Call call) {
        return roles.list(call.caller(), call.id("cid"));
    }

    public RoleView create(Call call, CreateRoleRequest body) {
        return roles.create(call.caller(), call.id("cid"), body);
    }

    public RoleView update(Call call, UpdateRoleRequest body) {
        return roles.update(call.caller(), call.id("cid"), call.id("rid"), body);
    }

    public void delete(Call call) {
        roles.delete(call.caller(), call.id("cid"), call.id("rid"));
    }
}
