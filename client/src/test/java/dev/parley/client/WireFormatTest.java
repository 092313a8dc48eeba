package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.MemberView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK speaks the protocol's JSON: snake_case, ids as strings, ISO instants, unknown fields ignored. */
class WireFormatTest {

    @Test
    void writes_snake_case_with_ids_as_strings_and_omits_nulls() {
        String json = ParleyJson.write(new CreateChannelRequest("text", "general", null, 9007199254740993L, 2, null, false));

        Json.assertSameJson(json, """
                {"type":"text","name":"general","parent_id":"9007199254740993","position":2,"nsfw":false}""");
    }

    @Test
    void reads_ids_past_2_to_the_53_exactly_and_instants_as_iso_strings() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("""
                    {"id":"9007199254740993","name":"Rust","description":null,"owner_id":"2",
                     "member_count":3,"created_at":"2026-06-01T12:00:00.123Z"}""");

            CommunityView community = server.client().communities().get(9007199254740993L);

            assertThat(community).isEqualTo(new CommunityView(
                    9007199254740993L, "Rust", null, 2L, 3, Instant.parse("2026-06-01T12:00:00.123Z")));
        }
    }

    @Test
    void ignores_fields_a_newer_server_adds() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("""
                    {"community_id":"1","user":{"id":"5","username":"bob","badges":["early"],"deleted":false},
                     "nickname":"b","role_ids":["10","11"],"joined_at":"2026-06-01T12:00:00Z",
                     "voice_state":{"muted":true},"flags":4}""");

            MemberView member = server.client().members().get(1, 5);

            assertThat(member.user().id()).isEqualTo(5L);
            assertThat(member.user().username()).isEqualTo("bob");
            assertThat(member.roleIds()).containsExactly("10", "11");
            assertThat(member.joinedAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
        }
    }

    @Test
    void reads_lists() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("""
                    [{"id":"1","name":"a","owner_id":"2","member_count":1,"created_at":"2026-06-01T12:00:00Z"},
                     {"id":"3","name":"b","owner_id":"2","member_count":1,"created_at":"2026-06-01T12:00:00Z"}]""");

            List<CommunityView> communities = server.client().communities().list();

            assertThat(communities).extracting(CommunityView::id).containsExactly(1L, 3L);
        }
    }

    @Test
    void percent_encodes_string_path_segments() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("{}").replyJson("{}");
            ParleyClient client = server.client();

            client.users().byUsername("a b/c?d#e+ç");
            client.invites().preview("..");

            assertThat(server.requests()).extracting(FakeServer.Seen::target).containsExactly(
                    "/api/v1/users/by-username/a%20b%2Fc%3Fd%23e%2B%C3%A7",
                    "/api/v1/invites/%2E%2E");
        }
    }

    @Test
    void sends_json_accept_and_a_user_agent() {
        try (FakeServer server = FakeServer.start()) {
            server.client().auth().revokeOtherSessions();

            assertThat(server.last().header("Accept")).contains("application/json");
            assertThat(server.last().header("User-Agent")).startsWith("parley-java-client");
        }
    }
}
