package dev.parley.http.support;

import static dev.parley.http.support.Api.expect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Messaging steps through the real API. The send budget (a burst of 10, then 5 a second) runs on
 * the test server's clock, which stands still, so every send made here first moves the clock on
 * by {@link #TICK}: enough to earn one more send, never enough to matter elsewhere.
 */
public final class Chat {
    public static final Duration TICK = Duration.ofMillis(250);
    private final Api api;
    private final MutableClock clock;

    public Chat(Api api, MutableClock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** Moves the clock on by one {@link #TICK}, for a send made elsewhere. */
    public void tick() {
        clock.advance(TICK);
    }

    /** An emoji as a path segment: percent-encoded UTF-8. */
    public static String path(String emoji) {
        return URLEncoder.encode(emoji, StandardCharsets.UTF_8);
    }

    /** Sends {@code content} as a fresh message (a fresh client_msg_id) and returns the raw answer. */
    public Res send(Account author, String chid, String content) {
        return send(author, chid, Map.of("content", content, "client_msg_id", Api.uniqueName("msg")));
    }

    /** Sends a body as it is, after moving the clock on. */
    public Res send(Account author, String chid, Map<String, ?> body) {
        tick();
        return api.send("POST", "/api/v1/channels/" + chid + "/messages", author.token(), body);
    }

    /** Posts a message; returns it. */
    public JsonNode post(Account author, String chid, String content) {
        return expect(send(author, chid, content), 201).json();
    }

    /** Posts a message; returns its id. */
    public String postId(Account author, String chid, String content) {
        return post(author, chid, content).path("id").asString();
    }

    /** The messages of a history page, for a query such as {@code "?before=1&limit=2"} ("" for the newest). */
    public JsonNode history(Account reader, String chid, String query) {
        return expect(api.get("/api/v1/channels/" + chid + "/messages" + query, reader.token()), 200).json().path("messages");
    }

    /** The ids of the newest page, oldest first. */
    public List<String> ids(Account reader, String chid) {
        return ids(history(reader, chid, ""));
    }

    /** The ids of a list of messages (or of anything with an id), in order. */
    public static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    public JsonNode message(Account reader, String mid) {
        return expect(api.get("/api/v1/messages/" + mid, reader.token()), 200).json();
    }

    public void react(Account user, String mid, String emoji) {
        expect(api.send("PUT", "/api/v1/messages/" + mid + "/reactions/" + path(emoji) + "/@me", user.token(), null), 204);
    }

    /** Opens (or finds) the DM of two users; returns its id. */
    public String dm(Account from, Account to) {
        return expect(api.send("POST", "/api/v1/conversations/dm", from.token(), Map.of("user_id", to.id())), 201).str("id");
    }

    /** Creates a group owned by {@code owner}; returns its id. */
    public String group(Account owner, String name, Account... others) {
        List<String> ids = Arrays.stream(others).map(Account::id).toList();
        return expect(api.send("POST", "/api/v1/conversations/groups", owner.token(), Map.of("name", name, "user_ids", ids)), 201)
                .str("id");
    }

    public JsonNode readState(Account user, String chid) {
        return expect(api.get("/api/v1/channels/" + chid + "/read-state", user.token()), 200).json();
    }

    public JsonNode ack(Account user, String chid, String mid) {
        return expect(api.send("POST", "/api/v1/channels/" + chid + "/ack", user.token(), Map.of("message_id", mid)), 200).json();
    }

    public void settings(Account user, Map<String, Boolean> changes) {
        expect(api.send("PATCH", "/api/v1/users/@me/settings", user.token(), changes), 200);
    }
}
