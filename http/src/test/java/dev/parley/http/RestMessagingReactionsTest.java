package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import dev.parley.http.support.RawHttp;
import dev.parley.http.support.Res;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reactions over HTTP, with the emoji percent-encoded in the path: counts and {@code me} per
 * viewer, idempotent adding and removing, who reacted, and moderators removing others' reactions.
 */
class RestMessagingReactionsTest extends MessagingTestBase {
    private static final String THUMBS = "\uD83D\uDC4D";
    private static final String HEART = "\u2764\uFE0F";
    private static final String FLAG = "\uD83C\uDDF3\uD83C\uDDF4";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @Test
    void reactionsCountPerEmojiAndKnowTheViewer() {
        Account owner = api.newAccount("react");
        Account alice = api.newAccount("react-alice");
        Account bob = api.newAccount("react-bob");
        Room room = room(owner, alice, bob);
        String mid = chat.postId(owner, room.chid(), "react to me");

        chat.react(alice, mid, THUMBS);
        chat.react(alice, mid, THUMBS);
        chat.react(bob, mid, THUMBS);
        chat.react(bob, mid, HEART);
        chat.react(bob, mid, FLAG);
        chat.react(bob, mid, FAMILY);

        JsonNode seenByAlice = chat.message(alice, mid).path("reactions");
        assertThat(seenByAlice.size()).isEqualTo(4);
        assertThat(reaction(seenByAlice, THUMBS).path("count").asInt()).as("adding twice counts once").isEqualTo(2);
        assertThat(reaction(seenByAlice, THUMBS).path("me").asBoolean()).isTrue();
        assertThat(reaction(seenByAlice, HEART).path("count").asInt()).isEqualTo(1);
        assertThat(reaction(seenByAlice, HEART).path("me").asBoolean()).isFalse();
        assertThat(reaction(chat.message(owner, mid).path("reactions"), THUMBS).path("me").asBoolean()).isFalse();
        JsonNode inHistory = chat.history(bob, room.chid(), "").get(0).path("reactions");
        assertThat(reaction(inHistory, HEART).path("me").asBoolean()).isTrue();

        String users = "/api/v1/messages/" + mid + "/reactions/" + Chat.path(THUMBS);
        List<String> who = Chat.ids(expect(api.get(users, owner.token()), 200).json());
        assertThat(who).containsExactlyInAnyOrder(alice.id(), bob.id());
        String first = who.stream().sorted().findFirst().orElseThrow();
        assertThat(Chat.ids(expect(api.get(users + "?limit=1", owner.token()), 200).json())).containsExactly(first);
        assertThat(Chat.ids(expect(api.get(users + "?after=" + first, owner.token()), 200).json())).hasSize(1)
                .doesNotContain(first);
        invalid(api.get(users + "?limit=101", owner.token()), "limit");
        invalid(api.get(users + "?after=x", owner.token()), "after");

        expect(api.delete(own(mid, THUMBS), alice.token()), 204);
        expect(api.delete(own(mid, THUMBS), alice.token()), 204);
        JsonNode after = chat.message(alice, mid).path("reactions");
        assertThat(reaction(after, THUMBS).path("count").asInt()).isEqualTo(1);
        assertThat(reaction(after, THUMBS).path("me").asBoolean()).isFalse();
    }

    @Test
    void invalidEmojiAreRefusedAndChangeNothing() {
        Account owner = api.newAccount("emoji");
        Room room = room(owner);
        String mid = chat.postId(owner, room.chid(), "careful");
        chat.react(owner, mid, THUMBS);
        JsonNode before = chat.message(owner, mid);
        for (String bad : List.of("a", "thumbsup", THUMBS + THUMBS, ":)", "\u00e9", "1", THUMBS + "x")) {
            invalid(api.send("PUT", own(mid, bad), owner.token(), null), "emoji");
        }
        invalid(api.delete(own(mid, "nope"), owner.token()), "emoji");
        invalid(api.get("/api/v1/messages/" + mid + "/reactions/nope", owner.token()), "emoji");
        invalid(api.delete("/api/v1/messages/" + mid + "/reactions/nope", owner.token()), "emoji");
        for (String broken : List.of("%FF", "%F0%9F", "%F0%9F%91%8D%2F", "%00")) {
            Res res = api.send("PUT", "/api/v1/messages/" + mid + "/reactions/" + broken + "/@me", owner.token(), null);
            assertThat(res.status()).as(broken + ": %s", res).isEqualTo(400);
            assertThat(res.header("Content-Type")).isEqualTo("application/problem+json");
        }
        assertThat(RawHttp.get(api.port(), "/api/v1/messages/" + mid + "/reactions/%zz", owner.token()))
                .startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(chat.message(owner, mid)).isEqualTo(before);
        problem(api.send("PUT", own("999999999999999", THUMBS), owner.token(), null), 404, "not_found");
    }

    @Test
    void onlyModeratorsRemoveOthersReactions() {
        Account owner = api.newAccount("modr");
        Account alice = api.newAccount("modr-alice");
        Account bob = api.newAccount("modr-bob");
        Room room = room(owner, alice, bob);
        String mid = chat.postId(alice, room.chid(), "busy message");
        chat.react(alice, mid, THUMBS);
        chat.react(bob, mid, THUMBS);
        chat.react(bob, mid, HEART);
        chat.react(alice, mid, FLAG);
        JsonNode before = chat.message(owner, mid);

        String bobsThumb = "/api/v1/messages/" + mid + "/reactions/" + Chat.path(THUMBS) + "/" + bob.id();
        problem(api.delete(bobsThumb, alice.token()), 403, "missing_permission");
        problem(api.delete("/api/v1/messages/" + mid + "/reactions/" + Chat.path(HEART), alice.token()), 403,
                "missing_permission");
        problem(api.delete("/api/v1/messages/" + mid + "/reactions", alice.token()), 403, "missing_permission");
        assertThat(chat.message(owner, mid)).as("the author of the message is no moderator").isEqualTo(before);

        expect(api.delete("/api/v1/messages/" + mid + "/reactions/" + Chat.path(FLAG) + "/" + alice.id(), alice.token()), 204);
        assertThat(reaction(chat.message(owner, mid).path("reactions"), FLAG).isMissingNode()).as("one's own id is @me").isTrue();

        expect(api.delete(bobsThumb, owner.token()), 204);
        JsonNode thumbs = reaction(chat.message(bob, mid).path("reactions"), THUMBS);
        assertThat(thumbs.path("count").asInt()).isEqualTo(1);
        assertThat(thumbs.path("me").asBoolean()).isFalse();

        expect(api.delete("/api/v1/messages/" + mid + "/reactions/" + Chat.path(HEART), owner.token()), 204);
        assertThat(reaction(chat.message(owner, mid).path("reactions"), HEART).isMissingNode()).isTrue();
        assertThat(chat.message(owner, mid).path("reactions").size()).isEqualTo(1);
        expect(api.delete("/api/v1/messages/" + mid + "/reactions", owner.token()), 204);
        assertThat(chat.message(owner, mid).path("reactions").isEmpty()).isTrue();
    }

    @Test
    void deletedMessagesTakeNoReactions() {
        Account owner = api.newAccount("gone");
        Room room = room(owner);
        String mid = chat.postId(owner, room.chid(), "soon gone");
        expect(api.delete("/api/v1/messages/" + mid, owner.token()), 204);
        Res res = api.send("PUT", own(mid, THUMBS), owner.token(), null);
        problem(res, 404, "not_found");
        assertThat(chat.message(owner, mid).path("reactions").isEmpty()).isTrue();
    }

    private static String own(String mid, String emoji) {
        return "/api/v1/messages/" + mid + "/reactions/" + Chat.path(emoji) + "/@me";
    }

    private static JsonNode reaction(JsonNode reactions, String emoji) {
        for (JsonNode r : reactions) {
            if (r.path("emoji").asString().equals(emoji)) {
                return r;
            }
        }
        return MissingNode.getInstance();
    }
}
