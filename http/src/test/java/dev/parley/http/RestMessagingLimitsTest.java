package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The brakes on sending, over HTTP, on the test server's movable clock: the per-user send budget
 * (a burst of 10, then 5 a second) and a channel's slowmode both answer 429 with Retry-After, and
 * a refused send posts nothing. Sends here go straight to the API so that the clock moves only
 * when a test moves it.
 */
class RestMessagingLimitsTest extends MessagingTestBase {

    @Test
    void theSendBudgetIsABurstOfTenThenRefillsWithTime() {
        Account owner = api.newAccount("burst");
        Room room = room(owner);
        Room other = room(owner);
        for (int i = 1; i <= 10; i++) {
            expect(send(owner, i % 2 == 0 ? room.chid() : other.chid(), "burst " + i), 201);
        }
        JsonNode before = chat.history(owner, room.chid(), "");
        rateLimited(send(owner, room.chid(), "one too many"), 1);
        assertThat(chat.history(owner, room.chid(), "")).as("a throttled send posts nothing").isEqualTo(before);

        Account someoneElse = api.newAccount("burst-other");
        steps.join(owner, room.cid(), someoneElse);
        expect(send(someoneElse, room.chid(), "my own budget"), 201);

        server.clock.advance(Duration.ofMillis(200));
        expect(send(owner, room.chid(), "refilled"), 201);
        rateLimited(send(owner, room.chid(), "not yet"), 1);
        server.clock.advance(Duration.ofSeconds(2));
        for (int i = 1; i <= 10; i++) {
            expect(send(owner, room.chid(), "full again " + i), 201);
        }
        rateLimited(send(owner, room.chid(), "spent"), 1);
    }

    @Test
    void slowmodeMakesMembersWaitButNotModeratorsOrRetries() {
        Account owner = api.newAccount("slow");
        Account member = api.newAccount("slow-member");
        Room room = room(owner, member);
        expect(api.send("PATCH", "/api/v1/channels/" + room.chid(), owner.token(), Map.of("slowmode_seconds", 30)), 200);

        Map<String, String> first = Map.of("content", "first", "client_msg_id", "slow-1");
        String id = expect(api.send("POST", path(room), member.token(), first), 201).str("id");
        JsonNode before = chat.history(owner, room.chid(), "");
        rateLimited(send(member, room.chid(), "too soon"), 30);
        assertThat(expect(api.send("POST", path(room), member.token(), first), 201).str("id"))
                .as("a retry of the earlier send is not slowed").isEqualTo(id);
        server.clock.advance(Duration.ofSeconds(29));
        rateLimited(send(member, room.chid(), "still too soon"), 1);
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);

        expect(send(owner, room.chid(), "moderators"), 201);
        expect(send(owner, room.chid(), "are not slowed"), 201);

        server.clock.advance(Duration.ofSeconds(1));
        expect(send(member, room.chid(), "now"), 201);
        rateLimited(send(member, room.chid(), "and again too soon"), 30);

        Room fast = room(owner, member);
        expect(send(member, fast.chid(), "slowmode is per channel"), 201);
        expect(send(member, fast.chid(), "so this is fine"), 201);
    }

    private Res send(Account author, String chid, String content) {
        return api.send("POST", "/api/v1/channels/" + chid + "/messages", author.token(),
                Map.of("content", content, "client_msg_id", Api.uniqueName("lim")));
    }

    private static String path(Room room) {
        return "/api/v1/channels/" + room.chid() + "/messages";
    }
}
