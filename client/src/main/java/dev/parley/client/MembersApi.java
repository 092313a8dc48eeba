package dev.parley.client;

import dev.parley.protocol.community.MemberPage;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.UpdateMemberRequest;
import java.util.ArrayList;
import java.util.List;

/** A community's members ({@code /api/v1/communities/{cid}/members}); the {@code *Me} methods address the caller. */
public final class MembersApi {
    private final Requester requester;

    MembersApi(Requester requester) {
        this.requester = requester;
    }

    /** The first page, of the server's default size. */
    public MemberPage list(long communityId) {
        return page(communityId, null, null);
    }

    /**
     * One page of members ordered by user id, starting after user id {@code after}; a null
     * {@code after} or {@code limit} is left out of the query, so the server's default applies.
     */
    public MemberPage page(long communityId, Long after, Integer limit) {
        QueryString query = new QueryString().add("after", after).add("limit", limit);
        return requester.fetch(ApiCall.get(ApiPath.of("communities", communityId, "members") + query), MemberPage.class);
    }

    /** Every member, following {@link MemberPage#next()} until the last page. */
    public List<MemberView> all(long communityId) {
        List<MemberView> members = new ArrayList<>();
        Long after = null;
        do {
            MemberPage page = page(communityId, after, null);
            members.addAll(page.members());
            if (page.next() != null && after != null && page.next() <= after) {
                throw new IllegalStateException("member paging did not advance past " + after);
            }
            after = page.next();
        } while (after != null);
        return members;
    }

    public MemberView get(long communityId, long userId) {
        return requester.fetch(ApiCall.get(memberPath(communityId, userId)), MemberView.class);
    }

    public MemberView me(long communityId) {
        return requester.fetch(ApiCall.get(memberPath(communityId, ApiPath.ME)), MemberView.class);
    }

    public MemberView update(long communityId, long userId, UpdateMemberRequest request) {
        return requester.fetch(ApiCall.patch(memberPath(communityId, userId), request), MemberView.class);
    }

    public MemberView updateMe(long communityId, UpdateMemberRequest request) {
        return requester.fetch(ApiCall.patch(memberPath(communityId, ApiPath.ME), request), MemberView.class);
    }

    /** Removes another member from the community. */
    public void kick(long communityId, long userId) {
        requester.execute(ApiCall.delete(memberPath(communityId, userId)));
    }

    /** The caller leaves the community (its owner cannot). */
    public void leave(long communityId) {
        requester.execute(ApiCall.delete(memberPath(communityId, ApiPath.ME)));
    }

    public MemberView addRole(long communityId, long userId, long roleId) {
        return requester.fetch(ApiCall.put(rolePath(communityId, userId, roleId)), MemberView.class);
    }

    public MemberView removeRole(long communityId, long userId, long roleId) {
        return requester.fetch(ApiCall.delete(rolePath(communityId, userId, roleId)), MemberView.class);
    }

    private static String memberPath(long communityId, Object user) {
        return ApiPath.of("communities", communityId, "members", user);
    }

    private static String rolePath(long communityId, long userId, long roleId) {
        return ApiPath.of("communities", communityId, "members", userId, "roles", roleId);
    }
}
