package dev.parley.core.community;

import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.community.Member;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.RequestMembers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's REQUEST_MEMBERS (gateway.md §2, §14): members of a community the caller belongs
 * to, in exactly one mode. By ids ({@code user_ids}, 1 to 100): the members among them by user
 * id, and {@code not_found} for the rest in the order asked. By query (1 to 32 characters): members
 * whose username or nickname starts with it, case-insensitively, by username, {@code limit} 1 to
 * 100 (25). Otherwise a page: members after user id {@code after}, by user id, {@code limit} 1 to
 * 1,000 (100), with {@code next} set while more remain. The nonce is echoed; presences are left to
 * the gateway.
 */
public final class MemberRequests {
    private final Mutations mutations;

    public MemberRequests(Mutations mutations) {
        this.mutations = mutations;
    }

    /**
     * @throws Failure VALIDATION_FAILED (every bad field at once), NOT_FOUND unless the caller is a
     *     member of the community
     */
    public MembersChunk request(Caller caller, RequestMembers request) {
        List<Long> ids = validate(request);
        long communityId = request.communityId();
        return mutations.read(tx -> {
            Access.of(tx, communityId, caller.userId());
            if (ids != null) {
                List<Member> found = tx.members().ofUsers(communityId, ids);
                Set<Long> members = new LinkedHashSet<>(found.stream().map(Member::userId).toList());
                List<String> notFound = ids.stream().filter(id -> !members.contains(id)).map(String::valueOf).toList();
                return chunk(request, found.stream().map(m -> Views.member(tx, m)).toList(), notFound, null);
            }
            if (request.query() != null) {
                int limit = request.limit() == null ? GatewayLimits.MEMBERS_QUERY_DEFAULT_LIMIT : request.limit();
                List<Member> found = tx.members().search(communityId, request.query(), limit);
                return chunk(request, found.stream().map(m -> Views.member(tx, m)).toList(), null, null);
            }
            int limit = request.limit() == null ? GatewayLimits.MEMBERS_PAGE_DEFAULT_LIMIT : request.limit();
            long after = request.after() == null ? 0 : request.after();
            List<Member> page = tx.members().page(communityId, after, limit + 1);
            boolean more = page.size() > limit;
            List<MemberView> views = page.stream().limit(limit).map(m -> Views.member(tx, m)).toList();
            return chunk(request, views, null, more ? views.getLast().user().id() : null);
        });
    }

    private static MembersChunk chunk(RequestMembers request, List<MemberView> members, List<String> notFound, Long next) {
        return new MembersChunk(request.communityId(), members, null, notFound, next, request.nonce());
    }

    /** Checks the request; returns the distinct user ids in the order asked in ids mode, else null. */
    private static List<Long> validate(RequestMembers request) {
        Check check = Check.start().require("community_id", request.communityId())
                .line("nonce", request.nonce(), 0, GatewayLimits.MAX_NONCE_LENGTH);
        List<Long> ids = null;
        if (request.userIds() != null && request.query() != null) {
            check.fail("user_ids", "cannot be combined with query: ask in one mode");
        } else if (request.userIds() != null) {
            ids = userIds(check, request.userIds());
            if (request.limit() != null) {
                check.fail("limit", "is not used with user_ids");
            }
            if (request.after() != null) {
                check.fail("after", "is not used with user_ids");
            }
        } else if (request.query() != null) {
            check.line("query", request.query(), 1, GatewayLimits.MEMBERS_QUERY_MAX_LENGTH)
                    .range("limit", request.limit(), 1, GatewayLimits.MEMBERS_QUERY_MAX_LIMIT);
            if (request.after() != null) {
                check.fail("after", "is not used with query");
            }
        } else {
            check.range("limit", request.limit(), 1, GatewayLimits.MEMBERS_PAGE_MAX_LIMIT);
            if (request.after() != null && request.after() < 0) {
                check.fail("after", "must be a user id");
            }
        }
        check.orThrow();
        return ids;
    }

    private static List<Long> userIds(Check check, List<String> raw) {
        if (raw.isEmpty() || raw.size() > GatewayLimits.MEMBERS_MAX_USER_IDS) {
            check.fail("user_ids", "must list 1 to " + GatewayLimits.MEMBERS_MAX_USER_IDS + " users");
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : raw) {
            try {
                long parsed = Long.parseLong(id);
                if (parsed <= 0) {
                    throw new NumberFormatException(id);
                }
                ids.add(parsed);
            } catch (NumberFormatException | NullPointerException e) {
                check.fail("user_ids", "holds something that is not an id");
                return List.of();
            }
        }
        return new ArrayList<>(ids);
    }
}
