package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import dev.parley.http.support.Res;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DMs and group chats over HTTP, and the privacy setting that closes DMs to strangers. */
class RestMessagingConversationsTest extends MessagingTestBase {

    @Test
    void openingADmIsIdempotentFromEitherSide() {
        Account alice = api.newAccount("dm");
        Account bob = api.newAccount("dm-peer");
        Res opened = expect(api.send("POST", "/api/v1/conversations/dm", alice.token(), Map.of("user_id", bob.id())), 201);
        String dm = opened.str("id");
        assertThat(opened.str("kind")).isEqualTo("dm");
        assertThat(Chat.ids(opened.json().path("participants"))).containsExactlyInAnyOrder(alice.id(), bob.id());
        assertThat(chat.dm(alice, bob)).isEqualTo(dm);
        assertThat(chat.dm(bob, alice)).isEqualTo(dm);

        String mid = chat.postId(alice, dm, "hello bob");
        JsonNode bobsView = expect(api.get("/api/v1/conversations/" + dm, bob.token()), 200).json();
        assertThat(bobsView.path("last_message").path("id").asString()).isEqualTo(mid);
        assertThat(bobsView.path("unread_count").asInt()).isEqualTo(1);
        assertThat(Chat.ids(conversations(bob))).containsExactly(dm);
        assertThat(Chat.ids(conversations(alice))).containsExactly(dm);

        invalid(api.send("POST", "/api/v1/conversations/dm", alice.token(), Map.of("user_id", alice.id())), "user_id");
        invalid(api.send("POST", "/api/v1/conversations/dm", alice.token(), Map.of()), "user_id");
        problem(api.send("POST", "/api/v1/conversations/dm", alice.token(), Map.of("user_id", "999999999999999")), 404,
                "not_found");
        problem(api.get("/api/v1/conversations/" + dm, api.newAccount("dm-nosy").token()), 404, "not_found");
        assertThat(Chat.ids(conversations(alice))).containsExactly(dm);
    }

    @Test
    void whoClosedDmsToStrangersIsReachableOnlyThroughACommunity() {
        Account shy = api.newAccount("shy");
        Account stranger = api.newAccount("shy-stranger");
        Account pal = api.newAccount("shy-pal");
        JsonNode defaults = expect(api.get("/api/v1/users/@me/settings", shy.token()), 200).json();
        assertThat(defaults.path("dms_from_strangers").asBoolean()).isTrue();
        assertThat(defaults.path("read_receipts").asBoolean()).isTrue();
        JsonNode closed = expect(api.send("PATCH", "/api/v1/users/@me/settings", shy.token(),
                Map.of("dms_from_strangers", false)), 200).json();
        assertThat(closed.path("dms_from_strangers").asBoolean()).isFalse();
        assertThat(closed.path("read_receipts").asBoolean()).as("untouched").isTrue();
        problem(api.send("PATCH", "/api/v1/users/@me/settings", shy.token(), Map.of("dms_from_strangers", "no")), 400,
                "malformed_json");

        problem(api.send("POST", "/api/v1/conversations/dm", stranger.token(), Map.of("user_id", shy.id())), 403, "dms_closed");
        problem(api.send("POST", "/api/v1/conversations/groups", stranger.token(),
                Map.of("user_ids", List.of(pal.id(), shy.id()))), 403, "dms_closed");
        String group = chat.group(stranger, "no shy", pal);
        problem(api.send("POST", "/api/v1/conversations/" + group + "/participants", stranger.token(),
                Map.of("user_id", shy.id())), 403, "dms_closed");
        assertThat(conversations(shy).isEmpty()).isTrue();
        assertThat(Chat.ids(conversations(stranger))).containsExactly(group);
        assertThat(Chat.ids(expect(api.get("/api/v1/conversations/" + group, pal.token()), 200).json().path("participants")))
                .containsExactlyInAnyOrder(stranger.id(), pal.id());

        room(shy, stranger);
        String dm = chat.dm(stranger, shy);
        assertThat(Chat.ids(conversations(shy))).containsExactly(dm);
        chat.settings(shy, Map.of("dms_from_strangers", true));
        chat.dm(pal, shy);
    }

    @Test
    void groupsAreRunByTheirOwnerAndCloseWithTheLastToLeave() {
        Account owner = api.newAccount("grp");
        Account bob = api.newAccount("grp-bob");
        Account carol = api.newAccount("grp-carol");
        Account dave = api.newAccount("grp-dave");
        Res created = expect(api.send("POST", "/api/v1/conversations/groups", owner.token(),
                Map.of("name", "Plans", "user_ids", List.of(bob.id(), carol.id(), owner.id()))), 201);
        String group = created.str("id");
        assertThat(created.str("kind")).isEqualTo("group");
        assertThat(created.str("owner_id")).isEqualTo(owner.id());
        assertThat(Chat.ids(created.json().path("participants"))).containsExactlyInAnyOrder(owner.id(), bob.id(), carol.id());
        invalid(api.send("POST", "/api/v1/conversations/groups", owner.token(), Map.of("user_ids", List.of())), "user_ids");
        invalid(api.send("POST", "/api/v1/conversations/groups", owner.token(), Map.of("user_ids", List.of(owner.id()))),
                "user_ids");
        assertThat(Chat.ids(conversations(owner))).containsExactly(group);

        JsonNode before = view(owner, group);
        problem(rename(bob, group, Map.of("name", "Mine now")), 403, "missing_permission");
        problem(add(bob, group, dave), 403, "missing_permission");
        problem(api.delete(participant(group, carol.id()), bob.token()), 403, "missing_permission");
        problem(add(owner, group, carol), 409, "already_member");
        assertThat(view(owner, group)).isEqualTo(before);

        assertThat(expect(rename(owner, group, Map.of("name", "Better plans")), 200).str("name")).isEqualTo("Better plans");
        assertThat(expect(rename(owner, group, Map.of("clear", List.of("name"))), 200).json().has("name")).isFalse();
        JsonNode grown = expect(add(owner, group, dave), 200).json();
        assertThat(Chat.ids(grown.path("participants"))).hasSize(4).contains(dave.id());
        chat.post(dave, group, "hi all");

        expect(api.delete(participant(group, carol.id()), owner.token()), 204);
        problem(api.get("/api/v1/conversations/" + group, carol.token()), 404, "not_found");
        problem(chat.send(carol, group, "still here?"), 404, "not_found");
        problem(api.delete(participant(group, carol.id()), owner.token()), 404, "not_found");

        expect(api.delete(participant(group, "@me"), bob.token()), 204);
        expect(api.delete(participant(group, owner.id()), owner.token()), 204);
        JsonNode handedOver = view(dave, group);
        assertThat(handedOver.path("owner_id").asString()).as("the longest-standing participant takes over").isEqualTo(dave.id());
        assertThat(Chat.ids(handedOver.path("participants"))).containsExactly(dave.id());
        expect(rename(dave, group, Map.of("name", "Just me")), 200);

        expect(api.delete(participant(group, "@me"), dave.token()), 204);
        problem(api.get("/api/v1/conversations/" + group, dave.token()), 404, "not_found");
        assertThat(conversations(dave).isEmpty()).isTrue();

        String dm = chat.dm(owner, bob);
        invalid(api.delete(participant(dm, "@me"), owner.token()), "conversation_id");
        invalid(rename(owner, dm, Map.of("name", "A DM")), "conversation_id");
        assertThat(view(bob, dm).path("kind").asString()).isEqualTo("dm");
    }

    private JsonNode conversations(Account user) {
        return expect(api.get("/api/v1/conversations", user.token()), 200).json();
    }

    private JsonNode view(Account user, String cid) {
        return expect(api.get("/api/v1/conversations/" + cid, user.token()), 200).json();
    }

    private Res rename(Account actor, String cid, Map<String, ?> body) {
        return api.send("PATCH", "/api/v1/conversations/" + cid, actor.token(), body);
    }

    private Res add(Account actor, String cid, Account who) {
        return api.send("POST", "/api/v1/conversations/" + cid + "/participants", actor.token(), Map.of("user_id", who.id()));
    }

    private static String participant(String cid, String uid) {
        return "/api/v1/conversations/" + cid + "/participants/" + uid;
    }
}
