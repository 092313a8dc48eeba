package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;
import static dev.parley.http.support.Api.expect;

import java.util.List;

/**
 * Expected statuses for reaction routes. Columns: own, other, missing. The emoji is fixed (👍),
 * so MISSING names a message that does not exist, or, where a user follows, a user who does not.
 * OWN is a fresh message of the owner in A; OTHER is B's message.
 */
final class ReactionRows {
    private ReactionRows() {
    }

    static List<Row> all() {
        return List.of(
                emoji(row("PUT", "/api/v1/messages/{mid}/reactions/{emoji}/@me", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """)),
                row("PUT", "/api/v1/messages/{mid}/reactions/{emoji}/@me", """
                        anonymous   401 401 401
                        non_member  400 400 400
                        member      400 400 400
                        moderator   400 400 400
                        owner       400 400 400
                        """).variant("not an emoji").fixed("emoji", "thumbs-up"),
                MessageRows.dmMessage(emoji(row("PUT", "/api/v1/messages/{mid}/reactions/{emoji}/@me", """
                        anonymous   401 401 401
                        non_member  204 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """))),
                emoji(row("DELETE", "/api/v1/messages/{mid}/reactions/{emoji}/@me", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """)).setup(ReactionRows::actorReacts),
                emoji(row("DELETE", "/api/v1/messages/{mid}/reactions/{emoji}/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 403
                        moderator   204 404 204
                        owner       204 404 204
                        """)).variant("someone else's").own("uid", c -> c.world.reactorOn(c.param("mid"))),
                emoji(row("DELETE", "/api/v1/messages/{mid}/reactions/{emoji}/{uid}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      204 404 403
                        moderator   204 404 204
                        owner       204 404 204
                        """)).variant("own id").own("uid", c -> c.accountOrMember().id()).setup(ReactionRows::actorReacts),
                emoji(row("GET", "/api/v1/messages/{mid}/reactions/{emoji}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      200 404 404
                        moderator   200 404 404
                        owner       200 404 404
                        """)).setup(ReactionRows::ownerReacts),
                emoji(row("DELETE", "/api/v1/messages/{mid}/reactions/{emoji}", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """)).setup(ReactionRows::ownerReacts),
                row("DELETE", "/api/v1/messages/{mid}/reactions", """
                        anonymous   401 401 401
                        non_member  404 404 404
                        member      403 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """).setup(ReactionRows::ownerReacts),
                MessageRows.dmMessage(row("DELETE", "/api/v1/messages/{mid}/reactions", """
                        anonymous   401 401 401
                        non_member  403 404 404
                        member      403 404 404
                        moderator   403 404 404
                        owner       403 404 404
                        """)));
    }

    private static Row emoji(Row row) {
        return row.fixed("emoji", MatrixWorld.EMOJI);
    }

    /** The actor (when they can see it) has reacted to the OWN message, so there is something of theirs to remove. */
    private static void actorReacts(Cell c) {
        if (c.target == Target.OWN && c.account() != null && c.actor != Actor.NON_MEMBER) {
            react(c, c.account().token());
        }
    }

    private static void ownerReacts(Cell c) {
        if (c.target == Target.OWN) {
            react(c, c.world.owner.token());
        }
    }

    private static void react(Cell c, String token) {
        expect(c.world.api.send("PUT", "/api/v1/messages/" + c.param("mid") + "/reactions/" + MatrixWorld.EMOJI + "/@me",
                token, null), 204);
    }
}
