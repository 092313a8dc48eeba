package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;

import java.util.List;
import java.util.Map;

/** Expected statuses for role, member and invite routes. Columns: own, other, missing. */
final class MemberRows {
    private MemberRows() {
    }

    static List<Row> all() {
        return List.of(
                row("GET", "/api/v1/communities/{cid}/roles", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("POST", "/api/v1/communities/{cid}/roles", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   201 404 404
                        owner       201 404 404
                        """).body(c -> Map.of("name", "cell-made")),
                row("PATCH", "/api/v1/communities/{cid}/roles/{rid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("color", 255)),
                row("DELETE", "/api/v1/communities/{cid}/roles/{rid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """),
                row("GET", "/api/v1/communities/{cid}/members", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("GET", "/api/v1/communities/{cid}/members/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("PATCH", "/api/v1/communities/{cid}/members/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("nickname", "Renamed")),
                row("PATCH", "/api/v1/communities/{cid}/members/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).variant("own nickname").fixed("uid", "@me").body(c -> Map.of("nickname", "Me")),
                row("DELETE", "/api/v1/communities/{cid}/members/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """).variant("kick"),
                row("DELETE", "/api/v1/communities/{cid}/members/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       409 404 404
                        """).variant("leave").fixed("uid", "@me").disposableActor(),
                row("PUT", "/api/v1/communities/{cid}/members/{uid}/roles/{rid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("DELETE", "/api/v1/communities/{cid}/members/{uid}/roles/{rid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("POST", "/api/v1/communities/{cid}/invites", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      201 404 404
                        moderator   201 404 404
                        owner       201 404 404
                        """),
                row("GET", "/api/v1/communities/{cid}/invites", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("GET", "/api/v1/invites/{code}", """
                        anonymous   200 200 404
                        non_member  200 200 404
                        member      200 200 404
                        moderator   200 200 404
                        owner       200 200 404
                        """),
                row("POST", "/api/v1/invites/{code}/accept", """
                        anonymous   401 401 401
                        non_member  200 200 404
                        member      200 200 404
                        moderator   200 200 404
                        owner       200 200 404
                        """).disposableActor().after((c, res) -> {
                            if (c.target == Target.OTHER && res.status() == 200) {
                                c.world.api.delete("/api/v1/communities/" + c.world.b + "/members/@me", c.token());
                            }
                        }),
                row("DELETE", "/api/v1/invites/{code}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """));
    }
}
