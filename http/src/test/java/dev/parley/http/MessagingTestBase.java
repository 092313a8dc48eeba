package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Chat;
import dev.parley.http.support.Res;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/** A real server over real HTTP for the messaging flows, with the steps they share. */
abstract class MessagingTestBase extends RestFlowBase {
    protected Chat chat;

    /** A community and one text channel in it. */
    protected record Room(String cid, String chid) {
    }

    @BeforeAll
    void startChat() {
        chat = new Chat(api, server.clock);
    }

    /** A fresh community of {@code owner}'s, joined by {@code members}, with a text channel. */
    protected Room room(Account owner, Account... members) {
        String cid = steps.community(owner, Api.uniqueName("Room"));
        for (Account member : members) {
            steps.join(owner, cid, member);
        }
        return new Room(cid, steps.channel(owner, cid, Map.of("name", "chat")));
    }

    /** The answer is the problem {@code code} with {@code status}. */
    protected static Res problem(Res res, int status, String code) {
        assertThat(res.status()).as("%s", res).isEqualTo(status);
        assertThat(res.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(res.code()).as("%s", res).isEqualTo(code);
        return res;
    }

    /** The answer is 400 validation_failed about {@code field}. */
    protected static Res invalid(Res res, String field) {
        problem(res, 400, "validation_failed");
        assertThat(res.json().path("errors").findValuesAsString("field")).as("%s", res).contains(field);
        return res;
    }

    /** The answer is 429 rate_limited with a Retry-After of {@code seconds}. */
    protected static Res rateLimited(Res res, long seconds) {
        problem(res, 429, "rate_limited");
        assertThat(res.header("Retry-After")).isEqualTo(Long.toString(seconds));
        assertThat(res.json().path("retry_after_seconds").asLong()).isEqualTo(seconds);
        return res;
    }
}
