package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Res;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Read state over HTTP: acks only move forward, unread counts come from the server, and in DMs
 * the author sees receipts, delivered (✓) and read (✓✓), unless the reader turned read receipts off.
 */
class RestMessagingReadStateTest extends MessagingTestBase {

    @Test
    void acksOnlyMoveForward() {
        Account owner = api.newAccount("ack");
        Account member = api.newAccount("ack-member");
        Room room = room(owner, member);
        Room other = room(owner, member);
        JsonNode fresh = chat.readState(member, room.chid());
        assertThat(fresh.path("read_seq").asString()).isEqualTo("0");
        assertThat(fresh.path("last_seq").asString()).isEqualTo("0");
        assertThat(fresh.path("unread_count").asInt()).isZero();

        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(chat.postId(owner, room.chid(), "news " + i));
        }
        JsonNode unread = chat.readState(member, room.chid());
        assertThat(unread.path("unread_count").asInt()).isEqualTo(5);
        assertThat(unread.path("last_seq").asString()).isEqualTo("5");
        assertThat(chat.readState(owner, room.chid()).path("unread_count").asInt()).as("one's own messages are read").isZero();

        JsonNode third = chat.ack(member, room.chid(), ids.get(2));
        assertThat(third.path("read_seq").asString()).isEqualTo("3");
        assertThat(third.path("last_read_message_id").asString()).isEqualTo(ids.get(2));
        assertThat(third.path("unread_count").asInt()).isEqualTo(2);
        assertThat(chat.ack(member, room.chid(), ids.get(1))).as("acking backwards changes nothing").isEqualTo(third);
        expect(api.send("POST", "/api/v1/channels/" + room.chid() + "/delivered", member.token(),
                Map.of("message_id", ids.get(0))), 200);
        assertThat(chat.readState(member, room.chid())).isEqualTo(third);

        String foreign = chat.postId(owner, other.chid(), "elsewhere");
        invalid(api.send("POST", "/api/v1/channels/" + room.chid() + "/ack", member.token(), Map.of("message_id", foreign)),
                "message_id");
        invalid(api.send("POST", "/api/v1/channels/" + room.chid() + "/ack", member.token(), Map.of()), "message_id");
        assertThat(chat.readState(member, room.chid())).isEqualTo(third);

        expect(api.delete("/api/v1/messages/" + ids.get(4), owner.token()), 204);
        assertThat(chat.readState(member, room.chid()).path("unread_count").asInt()).as("tombstones are not unread").isEqualTo(1);
        JsonNode all = chat.ack(member, room.chid(), ids.get(4));
        assertThat(all.path("unread_count").asInt()).isZero();
        assertThat(all.path("read_seq").asString()).isEqualTo("5");

        String dm = chat.dm(owner, member);
        chat.post(owner, dm, "psst");
        List<String> channels = new ArrayList<>();
        JsonNode states = expect(api.get("/api/v1/users/@me/read-states", member.token()), 200).json();
        states.forEach(s -> channels.add(s.path("channel_id").asString()));
        assertThat(channels).contains(room.chid(), other.chid(), dm);
        states.forEach(s -> {
            if (s.path("channel_id").asString().equals(dm)) {
                assertThat(s.path("unread_count").asInt()).isEqualTo(1);
            }
        });
    }

    @Test
    void receiptsShowDeliveredAndReadUnlessTheReaderHidesReading() {
        Account alice = api.newAccount("rcpt");
        Account bob = api.newAccount("rcpt-bob");
        String dm = chat.dm(alice, bob);
        String first = chat.postId(alice, dm, "did you get this?");
        assertReceipts(alice, first, List.of(), List.of());

        expect(api.send("POST", "/api/v1/channels/" + dm + "/delivered", bob.token(), Map.of("message_id", first)), 200);
        assertReceipts(alice, first, List.of(bob.id()), List.of());
        chat.ack(bob, dm, first);
        assertReceipts(alice, first, List.of(bob.id()), List.of(bob.id()));

        problem(api.get("/api/v1/messages/" + first + "/receipts", bob.token()), 403, "missing_permission");
        problem(api.get("/api/v1/messages/" + first + "/receipts", api.newAccount("rcpt-nosy").token()), 404, "not_found");

        chat.settings(bob, Map.of("read_receipts", false));
        assertReceipts(alice, first, List.of(bob.id()), List.of());
        String second = chat.postId(alice, dm, "and this?");
        chat.ack(bob, dm, second);
        assertReceipts(alice, second, List.of(bob.id()), List.of());
        assertThat(chat.readState(bob, dm).path("unread_count").asInt()).as("bob's own state still moves").isZero();

        chat.settings(bob, Map.of("read_receipts", true));
        assertReceipts(alice, second, List.of(bob.id()), List.of(bob.id()));

        Room room = room(alice, bob);
        String inCommunity = chat.postId(alice, room.chid(), "no receipts here");
        invalid(api.get("/api/v1/messages/" + inCommunity + "/receipts", alice.token()), "message_id");
    }

    @Test
    void receiptsInAGroupListEachPeer() {
        Account alice = api.newAccount("grcpt");
        Account bob = api.newAccount("grcpt-bob");
        Account carol = api.newAccount("grcpt-carol");
        String group = chat.group(alice, "Receipts", bob, carol);
        String mid = chat.postId(alice, group, "everyone there?");
        chat.ack(bob, group, mid);
        expect(api.send("POST", "/api/v1/channels/" + group + "/delivered", carol.token(), Map.of("message_id", mid)), 200);
        assertReceipts(alice, mid, List.of(bob.id(), carol.id()), List.of(bob.id()));
    }

    private void assertReceipts(Account author, String mid, List<String> delivered, List<String> read) {
        Res res = expect(api.get("/api/v1/messages/" + mid + "/receipts", author.token()), 200);
        assertThat(res.str("message_id")).isEqualTo(mid);
        assertThat(strings(res.json().path("delivered_to"))).as("delivered (✓)").containsExactlyInAnyOrderElementsOf(delivered);
        assertThat(strings(res.json().path("read_by"))).as("read (✓✓)").containsExactlyInAnyOrderElementsOf(read);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
