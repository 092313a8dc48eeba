package dev.parley.client;

import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.UpdateRoleRequest;
import java.util.List;

/** A community's roles ({@code /api/v1/communities/{cid}/roles}). */
public final class RolesApi {
    private final Requester requester;

    RolesApi(Requester requester) {
        this.requester = requester;
    }

    public List<RoleView> list(long communityId) {
        return requester.fetchList(ApiCall.get(ApiPath.of("communities", communityId, "roles")), RoleView.class);
    }

    public RoleView create(long communityId, CreateRoleRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("communities", communityId, "roles"), request), RoleView.class);
    }

    public RoleView update(long communityId, long roleId, UpdateRoleRequest request) {
        return requester.fetch(ApiCall.patch(ApiPath.of("communities", communityId, "roles", roleId), request), RoleView.class);
    }

    public void delete(long communityId, long roleId) {
        requester.execute(ApiCall.delete(ApiPath.of("communities", communityId, "roles", roleId)));
    }
}
