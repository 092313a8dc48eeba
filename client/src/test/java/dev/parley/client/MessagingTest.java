package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.MessagePage;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReactionView;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The messaging facades' own logic: emoji in paths, history queries, generated client_msg_ids, bulk-delete answers. */
class MessagingTest {

    /** The request {@code call} sends, answered with {@code reply} (204 when null). */
    private static FakeServer.Seen sent(String reply, Consumer<ParleyClient> call) {
        try (FakeServer server = FakeServer.start()) {
            if (reply != null) {
                server.replyJson(reply);
            }
            call.accept(server.client().withToken("tok"));
            return server.last();
        }
    }

    private static String lastSegment(String target) {
        return target.substring(target.lastIndexOf('/') + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "thumbs up          | 👍          | %F0%9F%91%8D",
            "ZWJ family         | 👨‍👩‍👧          | %F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7",
            "skin tone          | 👍🏽          | %F0%9F%91%8D%F0%9F%8F%BD",
            "variation selector | ❤️          | %E2%9D%A4%EF%B8%8F",
            "keycap             | 1️⃣          | 1%EF%B8%8F%E2%83%A3",
            "flag               | 🇫🇷          | %F0%9F%87%AB%F0%9F%87%B7",
    })
    void an_emoji_is_one_percent_encoded_segment_that_decodes_back_to_itself(String name, String emoji, String encoded) {
        String prefix = "/api/v1/messages/8/reactions/";

        FakeServer.Seen add = sent(null, c -> c.reactions().add(8, emoji));
        assertThat(add.method() + " " + add.target()).isEqualTo("PUT " + prefix + encoded + "/@me");

        FakeServer.Seen removeOther = sent(null, c -> c.reactions().remove(8, emoji, 5));
        assertThat(removeOther.target()).isEqualTo(prefix + encoded + "/5");

        FakeServer.Seen clear = sent(null, c -> c.reactions().clear(8, emoji));
        assertThat(clear.target()).isEqualTo(prefix + encoded);
        assertThat(URI.create(clear.target()).getPath()).isEqualTo(prefix + emoji);
        assertThat(lastSegment(clear.target())).matches("[A-Za-z0-9%]+");
    }

    @Test
    void the_emoji_segment_is_encoded_before_the_query() {
        FakeServer.Seen seen = sent("[]", c -> c.reactions().users(8, "👨‍👩‍👧", 5L, 10));

        assertThat(seen.target()).isEqualTo(
                "/api/v1/messages/8/reactions/%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7?after=5&limit=10");
    }

    @Test
    void an_emoji_holding_path_or_query_characters_stays_one_segment() {
        FakeServer.Seen seen = sent(null, c -> c.reactions().clear(8, "../?#/@me"));

        assertThat(seen.target()).isEqualTo("/api/v1/messages/8/reactions/..%2F%3F%23%2F@me");
    }

    @Test
    void an_empty_or_null_emoji_is_refused_before_anything_is_sent() {
        try (FakeServer server = FakeServer.start()) {
            ReactionsApi reactions = server.client().withToken("tok").reactions();

            // an empty segment would turn DELETE .../reactions/{emoji} into "clear every reaction"
            assertThatThrownBy(() -> reactions.clear(8, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> reactions.add(8, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> reactions.remove(8, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> reactions.users(8, null)).isInstanceOf(NullPointerException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "latest()           | ''",
            "latest(30)         | ?limit=30",
            "before(8, 20)      | ?before=8&limit=20",
            "after(8, 20)       | ?after=8&limit=20",
            "around(8, 21)      | ?around=8&limit=21",
            "seqRange(5, 9)     | ?from_seq=5&to_seq=9",
            "seqRange(5, 300).withLimit(100) | ?from_seq=5&to_seq=300&limit=100",
            "before(8, 20).withLimit(null)   | ?before=8",
            "everything         | ?before=1&after=2&around=3&from_seq=4&to_seq=5&limit=0",
    })
    void history_sends_the_query_parameters_of_its_query(String name, String query) {
        HistoryQuery q = switch (name) {
            case "latest()" -> HistoryQuery.latest();
            case "latest(30)" -> HistoryQuery.latest(30);
            case "before(8, 20)" -> HistoryQuery.before(8, 20);
            case "after(8, 20)" -> HistoryQuery.after(8, 20);
            case "around(8, 21)" -> HistoryQuery.around(8, 21);
            case "seqRange(5, 9)" -> HistoryQuery.seqRange(5, 9);
            case "seqRange(5, 300).withLimit(100)" -> HistoryQuery.seqRange(5, 300).withLimit(100);
            case "before(8, 20).withLimit(null)" -> HistoryQuery.before(8, 20).withLimit(null);
            // the canonical constructor sends what the server must refuse, for validation tests
            case "everything" -> new HistoryQuery(1L, 2L, 3L, 4L, 5L, 0);
            default -> throw new IllegalArgumentException(name);
        };

        FakeServer.Seen seen = sent("{}", c -> c.messages().history(3, q));

        assertThat(seen.method() + " " + seen.target()).isEqualTo("GET /api/v1/channels/3/messages" + query);
    }

    @Test
    void history_reads_a_page() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("""
                    {"messages":[
                      {"id":"9007199254740993","channel_id":"3","seq":"41","author":{"id":"5","username":"bob"},
                       "content":"hi <@7>","client_msg_id":"abc","reply_to_id":"9007199254740990",
                       "mentions":{"users":["7"],"roles":[],"everyone":false,"here":true},
                       "reactions":[{"emoji":"👍","count":2,"me":true}],"pinned":true,"deleted":false,
                       "created_at":"2026-06-01T12:00:00Z","edited_at":null},
                      {"id":"9007199254740994","channel_id":"3","seq":"42","author":{"id":"5","username":"bob"},
                       "content":null,"mentions":{"users":[],"roles":[],"everyone":false,"here":false},
                       "reactions":[],"pinned":false,"deleted":true,"created_at":"2026-06-01T12:00:01Z"}]}""");

            MessagePage page = server.client().messages().history(3, HistoryQuery.latest(2));

            MessageView first = page.messages().getFirst();
            assertThat(first.id()).isEqualTo(9007199254740993L);
            assertThat(first.seq()).isEqualTo(41L);
            assertThat(first.author().username()).isEqualTo("bob");
            assertThat(first.clientMsgId()).isEqualTo("abc");
            assertThat(first.replyToId()).isEqualTo(9007199254740990L);
            assertThat(first.mentions().users()).containsExactly("7");
            assertThat(first.mentions().here()).isTrue();
            assertThat(first.reactions()).containsExactly(new ReactionView("👍", 2, true));
            assertThat(first.pinned()).isTrue();
            assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
            assertThat(page.messages().get(1).deleted()).isTrue();
            assertThat(page.messages().get(1).content()).isNull();
        }
    }

    @Test
    void send_with_text_draws_a_new_client_msg_id_every_call() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("{}").replyJson("{}").replyJson("{}");
            MessagesApi messages = server.client().withToken("tok").messages();

            messages.send(3, "hi");
            messages.send(3, "hi");
            messages.reply(3, 8, "re");

            List<FakeServer.Seen> requests = server.requests();
            var first = Json.tree(requests.get(0).body());
            var second = Json.tree(requests.get(1).body());
            var reply = Json.tree(requests.get(2).body());
            assertThat(first.get("content").asString()).isEqualTo("hi");
            assertThat(first.get("client_msg_id").asString()).matches("[0-9a-f]{32}");
            assertThat(first.has("reply_to_id")).isFalse();
            assertThat(second.get("client_msg_id").asString()).matches("[0-9a-f]{32}")
                    .isNotEqualTo(first.get("client_msg_id").asString());
            assertThat(reply.get("reply_to_id").asString()).isEqualTo("8");
            assertThat(reply.get("client_msg_id").asString()).matches("[0-9a-f]{32}");
            assertThat(requests).extracting(seen -> seen.method() + " " + seen.target())
                    .containsOnly("POST /api/v1/channels/3/messages");
        }
    }

    @Test
    void new_client_msg_ids_satisfy_the_server_rule() {
        for (int i = 0; i < 100; i++) {
            assertThat(MessagesApi.newClientMsgId()).matches("[A-Za-z0-9_\\-]{1,64}");
        }
    }

    @Test
    void bulk_delete_answers_the_deleted_ids_as_numbers() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("""
                    {"deleted":["8","9007199254740993"]}""").replyJson("{}");
            MessagesApi messages = server.client().messages();

            assertThat(messages.bulkDelete(3, List.of(8L, 9007199254740993L, 10L))).containsExactly(8L, 9007199254740993L);
            assertThat(messages.bulkDelete(3, List.of(8L))).isEmpty();
        }
    }
}
