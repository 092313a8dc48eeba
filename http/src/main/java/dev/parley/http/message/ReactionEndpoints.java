package dev.parley.http.message;

import dev.parley.core.message.Reactions;
import dev.parley.http.route.Call;
import dev.parley.protocol.user.UserPublic;
import java.util.List;

/**
 * {@code /messages/{mid}/reactions[/{emoji}[/@me|/{uid}]]}. {@code {emoji}} arrives
 * percent-encoded and is decoded by the router; the use case decides whether it is one emoji.
 */
public final class ReactionEndpoints {
    private final Reactions reactions;

    public ReactionEndpoints(Reactions reactions) {
        this.reactions = reactions;
    }

    public void add(Call call) {
        reactions.add(call.caller(), call.id("mid"), call.text("emoji"));
    }

    public void removeOwn(Call call) {
        reactions.remove(call.caller(), call.id("mid"), call.text("emoji"), call.caller().userId());
    }

    /** Another user's reaction (moderators); the caller's own id works like {@code @me}. */
    public void removeUser(Call call) {
        reactions.remove(call.caller(), call.id("mid"), call.text("emoji"), call.userId("uid"));
    }

    public List<UserPublic> users(Call call) {
        return reactions.users(call.caller(), call.id("mid"), call.text("emoji"), call.queryId("after", 0), call.queryInt("limit"));
    }

    public void clearEmoji(Call call) {
        reactions.clear(call.caller(), call.id("mid"), call.text("emoji"));
    }

    public void clearAll(Call call) {
        reactions.clear(call.caller(), call.id("mid"), null);
    }
}
