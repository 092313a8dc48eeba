package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Expected statuses for DM, group, settings and read-state list routes. Columns: own, other,
 * missing. Community standing does not matter here: OWN is a conversation the actor is in (their
 * DM with the pal, or a fresh group), OTHER is B's owner's group with the pal.
 */
final class ConversationRows {
    private ConversationRows() {
    }

    static List<Row> all() {
        return List.of(
                row("POST", "/api/v1/conversations/dm", """
                        anonymous   401 - -
                        non_member  201 - -
                        member      201 - -
                        moderator   201 - -
                        owner       201 - -
                        """).body(c -> Map.of("user_id", c.world.pal.id())),
                row("POST", "/api/v1/conversations/dm", """
                        anonymous   401 - -
                        non_member  403 - -
                        member      403 - -
                        moderator   403 - -
                        owner       403 - -
                        """).variant("dms closed").body(c -> Map.of("user_id", c.world.closed.id())),
                row("POST", "/api/v1/conversations/dm", """
                        anonymous   401 - -
                        non_member  404 - -
                        member      404 - -
                        moderator   404 - -
                        owner       404 - -
                        """).variant("unknown user").body(c -> Map.of("user_id", MatrixWorld.MISSING_ID)),
                row("POST", "/api/v1/conversations/groups", """
                        anonymous   401 - -
                        non_member  201 - -
                        member      201 - -
                        moderator   201 - -
                        owner       201 - -
                        """).body(c -> Map.of("name", "cell group", "user_ids", List.of(c.world.pal.id()))),
                row("POST", "/api/v1/conversations/groups", """
                        anonymous   401 - -
                        non_member  403 - -
                        member      403 - -
                        moderator   403 - -
                        owner       403 - -
                        """).variant("dms closed").body(c -> Map.of("user_ids", List.of(c.world.pal.id(), c.world.closed.id()))),
                row("GET", "/api/v1/conversations", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                conversation(row("GET", "/api/v1/conversations/{cid}", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """), c -> c.world.dm(c.accountOrMember())),
                conversation(row("PATCH", "/api/v1/conversations/{cid}", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """), c -> c.world.groupOwnedBy(c.accountOrMember(), c.world.pal)).body(c -> Map.of("name", "renamed")),
                conversation(row("PATCH", "/api/v1/conversations/{cid}", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """).variant("not its owner"), c -> c.world.groupJoinedBy(c.accountOrMember()))
                        .body(c -> Map.of("name", "renamed")),
                conversation(row("PATCH", "/api/v1/conversations/{cid}", """
                        anonymous   401 401 401
                        non_member  400 404 404
                        member      400 404 404
                        moderator   400 404 404
                        owner       400 404 404
                        """).variant("dm"), c -> c.world.dm(c.accountOrMember())).body(c -> Map.of("name", "renamed")),
                conversation(row("POST", "/api/v1/conversations/{cid}/participants", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """), c -> c.world.groupOwnedBy(c.accountOrMember(), c.world.pal))
                        .body(c -> Map.of("user_id", c.world.guest.id())),
                conversation(row("POST", "/api/v1/conversations/{cid}/participants", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """).variant("dms closed"), c -> c.world.groupOwnedBy(c.accountOrMember(), c.world.pal))
                        .body(c -> Map.of("user_id", c.world.closed.id())),
                conversation(row("POST", "/api/v1/conversations/{cid}/participants", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """).variant("not its owner"), c -> c.world.groupJoinedBy(c.accountOrMember()))
                        .body(c -> Map.of("user_id", c.world.bOwner.id())),
                conversation(row("DELETE", "/api/v1/conversations/{cid}/participants/{uid}", """
                        anonymous   401 401 401
                        non_member  204 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """).variant("remove").own("uid", c -> c.world.guest.id()),
                        c -> c.world.groupOwnedBy(c.accountOrMember(), c.world.pal, c.world.guest)),
                conversation(row("DELETE", "/api/v1/conversations/{cid}/participants/{uid}", """
                        anonymous   401 401 401
                        non_member  403 404 403
                        member      403 404 403
                        moderator   403 404 403
                        owner       403 404 403
                        """).variant("remove, not its owner").own("uid", c -> c.world.guest.id()),
                        c -> c.world.groupJoinedBy(c.accountOrMember())),
                conversation(row("DELETE", "/api/v1/conversations/{cid}/participants/{uid}", """
                        anonymous   401 401 401
                        non_member  204 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """).variant("leave").fixed("uid", "@me"), c -> c.world.groupJoinedBy(c.accountOrMember())),
                conversation(row("DELETE", "/api/v1/conversations/{cid}/participants/{uid}", """
                        anonymous   401 401 401
                        non_member  400 404 404
                        member      400 404 404
                        moderator   400 404 404
                        owner       400 404 404
                        """).variant("leave a dm").fixed("uid", "@me"), c -> c.world.dm(c.accountOrMember())),
                row("GET", "/api/v1/users/@me/settings", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("PATCH", "/api/v1/users/@me/settings", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """).body(c -> Map.of("read_receipts", true, "dms_from_strangers", true)),
                row("GET", "/api/v1/users/@me/read-states", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """));
    }

    /** OWN {@code cid} is made by {@code own}; OTHER is B's owner's group. */
    private static Row conversation(Row row, Function<Cell, String> own) {
        return row.own("cid", own).other("cid", c -> c.world.bGroup);
    }
}
