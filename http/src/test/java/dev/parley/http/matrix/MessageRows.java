package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;
import static dev.parley.http.support.Api.expect;

import dev.parley.http.support.Api;
import java.util.List;
import java.util.Map;

/**
 * Expected statuses for message, pin and read-state routes. Columns: own, other, missing. OWN is
 * a fresh channel of A, or a fresh message of the owner in A; OTHER is B's channel or message.
 * Variants marked [dm] act in the actor's DM with the pal (OTHER: B's owner's group), where
 * every participant reads, writes and pins, and nobody moderates another's messages.
 */
final class MessageRows {
    private MessageRows() {
    }

    static List<Row> all() {
        return List.of(
                row("POST", "/api/v1/channels/{chid}/messages", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      201 404 404
                        moderator   201 404 404
                        owner       201 404 404
                        """).setup(c -> c.world.chat.tick()).body(MessageRows::send),
                row("POST", "/api/v1/channels/{chid}/messages", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       201 404 404
                        """).variant("send denied").own("chid", c -> c.world.sendDeniedChannel())
                        .setup(c -> c.world.chat.tick()).body(MessageRows::send),
                dm(row("POST", "/api/v1/channels/{chid}/messages", """
                        anonymous   401 401 401
                        non_member  201 404 404
                        member      201 404 404
                        moderator   201 404 404
                        owner       201 404 404
                        """)).setup(c -> c.world.chat.tick()).body(MessageRows::send),
                row("GET", "/api/v1/channels/{chid}/messages", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                dm(row("GET", "/api/v1/channels/{chid}/messages", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """)),
                row("POST", "/api/v1/channels/{chid}/messages/bulk-delete", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("message_ids", List.of(c.target == Target.OWN
                        ? c.world.post(c.param("chid")) : MatrixWorld.MISSING_ID))),
                dm(row("POST", "/api/v1/channels/{chid}/messages/bulk-delete", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """)).body(c -> Map.of("message_ids", List.of(c.target == Target.OWN
                        ? c.world.palMessageTo(c.accountOrMember()) : MatrixWorld.MISSING_ID))),
                row("GET", "/api/v1/channels/{chid}/pins", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("POST", "/api/v1/channels/{chid}/ack", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(MessageRows::ackBody),
                dm(row("POST", "/api/v1/channels/{chid}/ack", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """)).body(c -> Map.of("message_id", c.target == Target.OWN
                        ? c.world.palMessageTo(c.accountOrMember()) : MatrixWorld.MISSING_ID)),
                row("POST", "/api/v1/channels/{chid}/delivered", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).body(MessageRows::ackBody),
                row("GET", "/api/v1/channels/{chid}/read-state", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("GET", "/api/v1/messages/{mid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("PATCH", "/api/v1/messages/{mid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       200 404 404
                        """).body(c -> Map.of("content", "edited by a cell")),
                row("PATCH", "/api/v1/messages/{mid}", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).variant("author").own("mid", MessageRows::actorsMessage)
                        .body(c -> Map.of("content", "edited by its author")),
                row("DELETE", "/api/v1/messages/{mid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """),
                row("DELETE", "/api/v1/messages/{mid}", """
                        anonymous   401 401 401
                        non_member  204 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """).variant("author").own("mid", MessageRows::actorsMessage),
                row("GET", "/api/v1/messages/{mid}/versions", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                row("PUT", "/api/v1/messages/{mid}/pin", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """),
                dmMessage(row("PUT", "/api/v1/messages/{mid}/pin", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """)),
                row("DELETE", "/api/v1/messages/{mid}/pin", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).setup(c -> {
                            if (c.target == Target.OWN) {
                                expect(c.world.api.send("PUT", "/api/v1/messages/" + c.param("mid") + "/pin",
                                        c.world.owner.token(), null), 200);
                            }
                        }),
                row("GET", "/api/v1/messages/{mid}/receipts", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      400 404 404
                        moderator   400 404 404
                        owner       400 404 404
                        """).variant("community channel"),
                row("GET", "/api/v1/messages/{mid}/receipts", """
                        anonymous   401 401 401
                        non_member  200 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """).variant("author in a dm").own("mid", c -> c.world.dmMessageBy(c.accountOrMember())),
                dmMessage(row("GET", "/api/v1/messages/{mid}/receipts", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """)));
    }

    /** OWN {@code chid} is the actor's DM with the pal; OTHER, B's owner's group. */
    static Row dm(Row row) {
        return row.variant("dm").own("chid", c -> c.world.dm(c.accountOrMember())).other("chid", c -> c.world.bGroup);
    }

    /** OWN {@code mid} is a fresh message of the pal in the actor's DM with them. */
    static Row dmMessage(Row row) {
        return row.variant("dm").own("mid", c -> c.world.palMessageTo(c.accountOrMember()));
    }

    private static Object send(Cell c) {
        return Map.of("content", "sent by a cell", "client_msg_id", Api.uniqueName("cell"));
    }

    private static Object ackBody(Cell c) {
        return Map.of("message_id", c.target == Target.OWN ? c.world.post(c.param("chid")) : MatrixWorld.MISSING_ID);
    }

    /** A fresh message the actor wrote: in A, or for the non-member in their DM. */
    private static String actorsMessage(Cell c) {
        return c.world.messageBy(c.accountOrMember(), c.actor);
    }
}
