package dev.parley.http.member;

import dev.parley.core.community.Members;
import dev.parley.http.route.Call;
import dev.parley.protocol.community.MemberPage;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.UpdateMemberRequest;

/** {@code /api/v1/communities/{cid}/members[/{uid}[/roles/{rid}]]}; {@code {uid}} may be {@code @me}. */
public final class MemberEndpoints {
    private final Members members;

    public MemberEndpoints(Members members) {
        this.members = members;
    }

    public MemberPage list(Call call) {
        return members.list(call.caller(), call.id("cid"), call.queryId("after", 0), call.queryInt("limit"));
    }

    public MemberView get(Call call) {
        return members.get(call.caller(), call.id("cid"), call.userId("uid"));
    }

    public MemberView update(Call call, UpdateMemberRequest body) {
        return members.updateNickname(call.caller(), call.id("cid"), call.userId("uid"), body);
    }

    /** Kicks another member, or leaves when the target is the caller. */
    public void remove(Call call) {
        long userId = call.userId("uid");
        if (userId == call.caller().userId()) {
            members.leave(call.caller(), call.id("cid"));
        } else {
            members.kick(call.caller(), call.id("cid"), userId);
        }
    }

    public MemberView addRole(Call call) {
        return members.addRole(call.caller(), call.id("cid"), call.userId("uid"), call.id("rid"));
    }

    public MemberView removeRole(Call call) {
        return members.removeRole(call.caller(), call.id("cid"), call.userId("uid"), call.id("rid"));
    }
}
