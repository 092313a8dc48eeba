package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;
import static dev.parley.http.support.Api.expect;

import dev.parley.domain.permission.Permission;
import java.util.List;
import java.util.Map;

/** Expected statuses for community and channel routes. Columns: own, other, missing. */
final class CommunityRows {
    private static final String SEND = Long.toString(Permission.SEND_MESSAGES.mask());

    private CommunityRows() {
    }

    static List<Row> all() {
        return List.of(
                row("GET", "/api/v1/communities", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("POST", "/api/v1/communities", """
                        anonymous   401 - -
                        non_member  201 - -
                        member      201 - -
                        moderator   201 - -
                        owner       201 - -
                        """).body(c -> Map.of("name", "Cell community")),
                row("GET", "/api/v1/communities/{cid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("PATCH", "/api/v1/communities/{cid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("description", "changed by a cell")),
                row("DELETE", "/api/v1/communities/{cid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       204 404 404
                        """).freshCommunity().body(c -> Map.of("confirm_name",
                        c.target == Target.OWN ? c.community().name() : c.world.bName)),
                row("POST", "/api/v1/communities/{cid}/transfer", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       200 404 404
                        """).freshCommunity().body(c -> Map.of("new_owner_id",
                        c.target == Target.OWN ? c.community().memberId() : c.world.member.id())),
                row("GET", "/api/v1/communities/{cid}/channels", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("POST", "/api/v1/communities/{cid}/channels", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   201 404 404
                        owner       201 404 404
                        """).body(c -> Map.of("name", "cell-made")),
                row("PUT", "/api/v1/communities/{cid}/channel-positions", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("channels", List.of(Map.of("id", c.param("chid"), "position", 7)))),
                row("GET", "/api/v1/channels/{chid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("PATCH", "/api/v1/channels/{chid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("topic", "set by a cell")),
                row("DELETE", "/api/v1/channels/{chid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """),
                row("PUT", "/api/v1/channels/{chid}/overwrites/{targetId}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 403
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("type", "role", "deny", SEND)),
                row("DELETE", "/api/v1/channels/{chid}/overwrites/{targetId}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 403
                        moderator   200 404 404
                        owner       200 404 404
                        """).setup(c -> {
                            if (c.target == Target.OWN) {
                                expect(c.world.api.send("PUT", "/api/v1/channels/" + c.param("chid") + "/overwrites/"
                                        + c.param("targetId"), c.world.owner.token(), Map.of("type", "role", "deny", SEND)), 200);
                            }
                        }),
                row("GET", "/api/v1/channels/{chid}/permissions/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """));
    }
}
