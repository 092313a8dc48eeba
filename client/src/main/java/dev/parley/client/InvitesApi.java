package dev.parley.client;

import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.InvitePreview;
import dev.parley.protocol.community.InviteView;
import java.util.List;

/** Invites: created per community, then addressed by their code. */
public final class InvitesApi {
    private final Requester requester;

    InvitesApi(Requester requester) {
        this.requester = requester;
    }

    public InviteView create(long communityId, CreateInviteRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("communities", communityId, "invites"), request), InviteView.class);
    }

    public List<InviteView> list(long communityId) {
        return requester.fetchList(ApiCall.get(ApiPath.of("communities", communityId, "invites")), InviteView.class);
    }

    /** What the invite leads to; needs no login and sends no token. */
    public InvitePreview preview(String code) {
        return requester.fetch(ApiCall.get(ApiPath.of("invites", code)).anonymous(), InvitePreview.class);
    }

    /** Joins the invite's community; answers the community. */
    public CommunityView accept(String code) {
        return requester.fetch(ApiCall.post(ApiPath.of("invites", code, "accept")), CommunityView.class);
    }

    public void delete(String code) {
        requester.execute(ApiCall.delete(ApiPath.of("invites", code)));
    }
}
