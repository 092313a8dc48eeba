package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers for JSON: canned replies and order-insensitive comparison. */
final class Json {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode tree(String json) {
        return PLAIN.readTree(json);
    }

    static void assertSameJson(String actual, String expected) {
        assertThat(tree(actual)).isEqualTo(tree(expected));
    }

    /** A token response as the server sends it. */
    static String tokens(String access, String refresh) {
        return """
                {"access_token":"%s","token_type":"Bearer","expires_in":900,"refresh_token":"%s",
                 "session_id":"77","user":{"id":"1","username":"alice","created_at":"2026-06-01T12:00:00Z"}}
                """.formatted(access, refresh);
    }

    static final String USER_SELF = """
            {"id":"1","username":"alice","display_name":"Alice","admin":false,"created_at":"2026-06-01T12:00:00Z"}
            """;
}
