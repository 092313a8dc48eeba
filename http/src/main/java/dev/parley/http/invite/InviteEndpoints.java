package dev.parley.http.invite;

import dev.parley.core.invite.Invites;
import dev.parley.http.route.Call;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.InvitePreview;
import dev.parley.protocol.community.InviteView;
import java.util.List;

/** Invites: created and listed under a community, previewed, accepted and revoked by code. */
public final class InviteEndpoints {
    private final Invites invites;

    public InviteEndpoints(Invites invites) {
        this.invites = invites;
    }

    public InviteView create(Call call, CreateInviteRequest body) {
        return invites.create(call.caller(), call.id("cid"), body);
    }

    public List<InviteView> list(Call call) {
        return invites.list(call.caller(), call.id("cid"));
    }

    public InvitePreview preview(Call call) {
        return invites.preview(call.text("code"));
    }

    public CommunityView accept(Call call) {
        return invites.accept(call.caller(), call.text("code"));
    }

    public void revoke(Call call) {
        invites.revoke(call.caller(), call.text("code"));
    }
}
