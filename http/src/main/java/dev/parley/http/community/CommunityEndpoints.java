package dev.parley.http.community;

import dev.parley.core.community.Communities;
import dev.parley.http.route.Call;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import java.util.List;

/** {@code /api/v1/communities[/{cid}]}: creating, reading, changing, deleting, handing over. */
public final class CommunityEndpoints {
    private final Communities communities;

    public CommunityEndpoints(Communities communities) {
        this.communities = communities;
    }

    public List<CommunityView> mine(Call call) {
        return communities.mine(call.caller());
    }

    public CommunityView create(Call call, CreateCommunityRequest body) {
        return communities.create(call.caller(), body);
    }

    public CommunityView get(Call call) {
        return communities.get(call.caller(), call.id("cid"));
    }

    public CommunityView update(Call call, UpdateCommunityRequest body) {
        return communities.update(call.caller(), call.id("cid"), body);
    }

    public void delete(Call call, DeleteCommunityRequest body) {
        communities.delete(call.caller(), call.id("cid"), body);
    }

    public CommunityView transfer(Call call, TransferOwnershipRequest body) {
        return communities.transfer(call.caller(), call.id("cid"), body);
    }
}
