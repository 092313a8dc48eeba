package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.community.MemberPage;
import org.junit.jupiter.api.Test;

class MemberPagingTest {
    private static String page(String userId, String next) {
        return """
                {"members":[{"community_id":"1","user":{"id":"%s","username":"u%s"},"role_ids":[]}],"next":%s}
                """.formatted(userId, userId, next == null ? "null" : "\"" + next + "\"");
    }

    @Test
    void a_page_reads_its_cursor() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(page("5", "5"));

            MemberPage page = server.client().members().page(1, null, 1);

            assertThat(server.last().target()).isEqualTo("/api/v1/communities/1/members?limit=1");
            assertThat(page.next()).isEqualTo(5L);
        }
    }

    @Test
    void all_follows_the_cursor_to_the_last_page() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(page("5", "5")).replyJson(page("9", "9")).replyJson(page("12", null));

            assertThat(server.client().members().all(1))
                    .extracting(member -> member.user().id())
                    .containsExactly(5L, 9L, 12L);
            assertThat(server.requests()).extracting(FakeServer.Seen::target).containsExactly(
                    "/api/v1/communities/1/members",
                    "/api/v1/communities/1/members?after=5",
                    "/api/v1/communities/1/members?after=9");
        }
    }

    @Test
    void all_refuses_a_cursor_that_does_not_advance() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(page("5", "5")).replyJson(page("5", "5"));

            assertThatThrownBy(() -> server.client().members().all(1))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
