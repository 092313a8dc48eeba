package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import dev.parley.http.support.Res;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sending and reading messages over HTTP: seq, history paging, idempotent sends and every refusal
 * of a send, each of which leaves the channel as it was. Limits, edits, mentions, reactions,
 * pins, conversations and read state have their own RestMessaging*Test.
 */
class RestMessagingTest extends MessagingTestBase {

    @Test
    void sendsGetConsecutiveSeqsAndHistoryPagesEveryWay() {
        Account owner = api.newAccount("hist");
        Account member = api.newAccount("hist-member");
        Room room = room(owner, member);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            JsonNode m = chat.post(i % 2 == 0 ? member : owner, room.chid(), "message " + i);
            assertThat(m.path("seq").asString()).isEqualTo(Integer.toString(i));
            assertThat(m.path("channel_id").asString()).isEqualTo(room.chid());
            assertThat(m.path("content").asString()).isEqualTo("message " + i);
            assertThat(m.path("author").path("id").asString()).isEqualTo(i % 2 == 0 ? member.id() : owner.id());
            assertThat(m.path("deleted").asBoolean()).isFalse();
            ids.add(m.path("id").asString());
        }
        Res one = expect(api.get("/api/v1/messages/" + ids.get(3), member.token()), 200);
        assertThat(one.str("content")).isEqualTo("message 4");

        assertThat(Chat.ids(chat.history(member, room.chid(), ""))).isEqualTo(ids);
        assertThat(Chat.ids(chat.history(member, room.chid(), "?limit=3"))).isEqualTo(ids.subList(4, 7));
        assertThat(Chat.ids(chat.history(member, room.chid(), "?before=" + ids.get(4) + "&limit=2")))
                .isEqualTo(ids.subList(2, 4));
        assertThat(Chat.ids(chat.history(member, room.chid(), "?after=" + ids.get(1) + "&limit=2")))
                .isEqualTo(ids.subList(2, 4));
        assertThat(Chat.ids(chat.history(member, room.chid(), "?around=" + ids.get(3) + "&limit=3")))
                .isEqualTo(ids.subList(2, 5));
        assertThat(Chat.ids(chat.history(member, room.chid(), "?from_seq=2&to_seq=4"))).isEqualTo(ids.subList(1, 4));
        assertThat(Chat.ids(chat.history(member, room.chid(), "?after=" + ids.get(6)))).isEmpty();
    }

    @Test
    void historyQueriesMustBeValid() {
        Account owner = api.newAccount("query");
        Room room = room(owner);
        Room elsewhere = room(owner);
        String foreign = chat.postId(owner, elsewhere.chid(), "in another channel");
        chat.post(owner, room.chid(), "here");
        String history = "/api/v1/channels/" + room.chid() + "/messages?";
        for (String param : List.of("before", "after", "around", "from_seq", "to_seq")) {
            for (String bad : List.of("abc", "0", "-5", "1.5", "99999999999999999999")) {
                invalid(api.get(history + param + "=" + bad, owner.token()), param);
            }
        }
        invalid(api.get(history + "limit=101", owner.token()), "limit");
        invalid(api.get(history + "limit=0", owner.token()), "limit");
        invalid(api.get(history + "limit=ten", owner.token()), "limit");
        invalid(api.get(history + "before=1&after=2", owner.token()), "before");
        invalid(api.get(history + "before=1&before=2", owner.token()), "before");
        invalid(api.get(history + "from_seq=3", owner.token()), "from_seq");
        invalid(api.get(history + "from_seq=4&to_seq=3", owner.token()), "from_seq");
        invalid(api.get(history + "around=" + foreign, owner.token()), "around");
        problem(api.get("/api/v1/channels/abc/messages", owner.token()), 400, "malformed_id");
        problem(api.get("/api/v1/messages/0", owner.token()), 400, "malformed_id");
    }

    @Test
    void aRetryAnswersTheOriginalAndAReusedIdWithOtherContentChangesNothing() {
        Account owner = api.newAccount("idem");
        Room room = room(owner);
        Map<String, String> body = Map.of("content", "exactly once", "client_msg_id", "retry-1");
        JsonNode first = expect(chat.send(owner, room.chid(), body), 201).json();
        JsonNode again = expect(chat.send(owner, room.chid(), body), 201).json();
        assertThat(again.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(again.path("seq").asString()).isEqualTo(first.path("seq").asString()).isEqualTo("1");
        assertThat(again.path("client_msg_id").asString()).isEqualTo("retry-1");
        JsonNode before = chat.history(owner, room.chid(), "");
        assertThat(before.size()).isEqualTo(1);

        problem(chat.send(owner, room.chid(), Map.of("content", "something else", "client_msg_id", "retry-1")),
                409, "client_msg_id_reused");
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);
        JsonNode next = chat.post(owner, room.chid(), "the next one");
        assertThat(next.path("seq").asString()).isEqualTo("2");

        Account other = api.newAccount("idem-other");
        steps.join(owner, room.cid(), other);
        JsonNode theirs = expect(chat.send(other, room.chid(), body), 201).json();
        assertThat(theirs.path("id").asString()).as("the key is per author").isNotEqualTo(first.path("id").asString());
    }

    @Test
    void refusedSendsChangeNothing() {
        Account owner = api.newAccount("refuse");
        Account member = api.newAccount("refuse-member");
        Account stranger = api.newAccount("refuse-stranger");
        Room room = room(owner, member);
        Room theirs = room(stranger);
        String anchor = chat.postId(owner, room.chid(), "first");
        String foreign = chat.postId(stranger, theirs.chid(), "theirs");
        JsonNode before = chat.history(owner, room.chid(), "");

        problem(chat.send(member, theirs.chid(), "not my community"), 404, "not_found");
        assertThat(Chat.ids(chat.history(stranger, theirs.chid(), ""))).containsExactly(foreign);
        problem(chat.send(member, "999999999999999", "nowhere"), 404, "not_found");
        invalid(chat.send(member, room.chid(), "x".repeat(4001)), "content");
        invalid(chat.send(member, room.chid(), ""), "content");
        invalid(chat.send(member, room.chid(), "   \n "), "content");
        invalid(chat.send(member, room.chid(), Map.of("content", "no key")), "client_msg_id");
        invalid(chat.send(member, room.chid(), Map.of("content", "bad key", "client_msg_id", "spaces are not allowed")),
                "client_msg_id");
        invalid(chat.send(member, room.chid(), Map.of("content", "a reply", "client_msg_id", "reply-x",
                "reply_to_id", foreign)), "reply_to_id");
        problem(api.send("POST", "/api/v1/channels/" + room.chid() + "/messages", member.token(),
                Map.of("content", "x", "client_msg_id", "k", "nonce", 1)), 400, "unknown_field");
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);

        String send = Long.toString(Permission.SEND_MESSAGES.mask());
        expect(api.send("PUT", "/api/v1/channels/" + room.chid() + "/overwrites/" + member.id(), owner.token(),
                Map.of("type", "member", "deny", send)), 200);
        expect(api.get("/api/v1/channels/" + room.chid(), member.token()), 200);
        assertThat(chat.history(member, room.chid(), "")).isEqualTo(before);
        problem(chat.send(member, room.chid(), "muted"), 403, "missing_permission");
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);

        JsonNode longest = chat.post(owner, room.chid(), "y".repeat(4000));
        assertThat(longest.path("content").asString()).hasSize(4000);
        JsonNode reply = expect(chat.send(owner, room.chid(), Map.of("content", "a reply", "client_msg_id", "reply-ok",
                "reply_to_id", anchor)), 201).json();
        assertThat(reply.path("reply_to_id").asString()).isEqualTo(anchor);
    }

    @Test
    void aRetriedSendInADmAnswersTheOriginalToo() {
        Account alice = api.newAccount("dm-idem");
        Account bob = api.newAccount("dm-idem-peer");
        String dm = chat.dm(alice, bob);
        Map<String, Object> body = new HashMap<>(Map.of("content", "hi", "client_msg_id", "dm-1"));
        String id = expect(chat.send(alice, dm, body), 201).str("id");
        assertThat(expect(chat.send(alice, dm, body), 201).str("id")).isEqualTo(id);
        assertThat(Chat.ids(chat.history(bob, dm, ""))).containsExactly(id);
    }
}
