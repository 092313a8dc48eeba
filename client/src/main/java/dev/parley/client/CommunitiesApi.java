package dev.parley.client;

import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import java.util.List;

/** Communities ({@code /api/v1/communities}). */
public final class CommunitiesApi {
    private final Requester requester;

    CommunitiesApi(Requester requester) {
        this.requester = requester;
    }

    /** The communities the caller is a member of. */
    public List<CommunityView> list() {
        return requester.fetchList(ApiCall.get(ApiPath.of("communities")), CommunityView.class);
    }

    /** Creates a community owned by the caller. */
    public CommunityView create(CreateCommunityRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("communities"), request), CommunityView.class);
    }

    public CommunityView get(long communityId) {
        return requester.fetch(ApiCall.get(ApiPath.of("communities", communityId)), CommunityView.class);
    }

    public CommunityView update(long communityId, UpdateCommunityRequest request) {
        return requester.fetch(ApiCall.patch(ApiPath.of("communities", communityId), request), CommunityView.class);
    }

    /** Deletes the community; {@code confirmName} must be its exact name. */
    public void delete(long communityId, String confirmName) {
        requester.execute(ApiCall.delete(ApiPath.of("communities", communityId), new DeleteCommunityRequest(confirmName)));
    }

    /** Hands the community to another member. */
    public CommunityView transfer(long communityId, long newOwnerId) {
        return requester.fetch(
                ApiCall.post(ApiPath.of("communities", communityId, "transfer"), new TransferOwnershipRequest(newOwnerId)),
                CommunityView.class);
    }
}
