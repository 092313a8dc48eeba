package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import dev.parley.http.support.Res;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pins over HTTP: moderators pin in communities, every participant in DMs; at most 50 per channel. */
class RestMessagingPinsTest extends MessagingTestBase {

    @Test
    void moderatorsPinAndUnpinMembersCannot() {
        Account owner = api.newAccount("pin");
        Account member = api.newAccount("pin-member");
        Room room = room(owner, member);
        String older = chat.postId(member, room.chid(), "older");
        String newer = chat.postId(member, room.chid(), "newer");

        problem(pin(member, newer), 403, "missing_permission");
        assertThat(pins(owner, room.chid())).isEmpty();
        assertThat(chat.message(owner, newer).path("pinned").asBoolean()).isFalse();

        assertThat(expect(pin(owner, newer), 200).json().path("pinned").asBoolean()).isTrue();
        server.clock.advance(Duration.ofSeconds(1));
        expect(pin(owner, older), 200);
        expect(pin(owner, older), 200);
        assertThat(pins(member, room.chid())).as("most recently pinned first").containsExactly(older, newer);
        assertThat(chat.history(member, room.chid(), "").get(0).path("pinned").asBoolean()).isTrue();

        problem(api.delete("/api/v1/messages/" + older + "/pin", member.token()), 403, "missing_permission");
        assertThat(pins(member, room.chid())).containsExactly(older, newer);
        JsonNode unpinned = expect(api.delete("/api/v1/messages/" + older + "/pin", owner.token()), 200).json();
        assertThat(unpinned.path("pinned").asBoolean()).isFalse();
        expect(api.delete("/api/v1/messages/" + older + "/pin", owner.token()), 200);
        assertThat(pins(member, room.chid())).containsExactly(newer);

        expect(api.delete("/api/v1/messages/" + newer, member.token()), 204);
        assertThat(pins(owner, room.chid())).as("a deleted message is no longer pinned").isEmpty();
        problem(pin(owner, newer), 404, "not_found");
    }

    @Test
    void aChannelHoldsFiftyPins() {
        Account owner = api.newAccount("pins50");
        Room room = room(owner);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(chat.postId(owner, room.chid(), "pin me " + i));
        }
        for (int i = 0; i < 50; i++) {
            expect(pin(owner, ids.get(i)), 200);
        }
        problem(pin(owner, ids.get(50)), 409, "conflict");
        assertThat(pins(owner, room.chid())).hasSize(50).doesNotContain(ids.get(50));
        assertThat(chat.message(owner, ids.get(50)).path("pinned").asBoolean()).isFalse();
        expect(pin(owner, ids.get(0)), 200);

        expect(api.delete("/api/v1/messages/" + ids.get(0) + "/pin", owner.token()), 200);
        expect(pin(owner, ids.get(50)), 200);
        assertThat(pins(owner, room.chid())).hasSize(50).contains(ids.get(50));
    }

    @Test
    void everyParticipantPinsInADm() {
        Account alice = api.newAccount("dmpin");
        Account bob = api.newAccount("dmpin-peer");
        Account stranger = api.newAccount("dmpin-stranger");
        String dm = chat.dm(alice, bob);
        String mid = chat.postId(alice, dm, "remember this");
        problem(pin(stranger, mid), 404, "not_found");
        problem(api.get("/api/v1/channels/" + dm + "/pins", stranger.token()), 404, "not_found");
        expect(pin(bob, mid), 200);
        assertThat(pins(alice, dm)).containsExactly(mid);
    }

    private Res pin(Account actor, String mid) {
        return api.send("PUT", "/api/v1/messages/" + mid + "/pin", actor.token(), null);
    }

    private List<String> pins(Account reader, String chid) {
        return Chat.ids(expect(api.get("/api/v1/channels/" + chid + "/pins", reader.token()), 200).json());
    }
}
