package dev.parley.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCodecTest {

    @Test
    void nestingBeyondTheParserLimitIsMalformedJson() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> Json.read(deep.getBytes(StandardCharsets.UTF_8), Object.class))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.MALFORMED_JSON));
    }

    @Test
    void writesSnakeCaseIdsAsStringsIsoInstantsAndLeavesNullsOut() {
        String json = new String(Json.write(new CommunityView(123L, "Cats", null, 9_007_199_254_740_993L, 2,
                Instant.parse("2026-06-01T12:00:00Z"))), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"id\":\"123\",\"name\":\"Cats\",\"owner_id\":\"9007199254740993\","
                + "\"member_count\":2,\"created_at\":\"2026-06-01T12:00:00Z\"}");
    }

    @Test
    void readsIdsFromDigitStrings() {
        assertThat(read("{\"new_owner_id\":\"42\"}", TransferOwnershipRequest.class).newOwnerId()).isEqualTo(42L);
        assertThat(read("{\"id\":\"7\",\"position\":3}", ReorderChannelsRequest.Entry.class).id()).isEqualTo(7L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"new_owner_id\":42}                     | new_owner_id: must be a string of decimal digits.",
            "{\"new_owner_id\":\"abc\"}                | new_owner_id: must be a string of decimal digits.",
            "{\"new_owner_id\":\"-1\"}                 | new_owner_id: must be a string of decimal digits.",
            "{\"new_owner_id\":\" 1\"}                 | new_owner_id: must be a string of decimal digits.",
            "{\"new_owner_id\":\"99999999999999999999\"} | new_owner_id: must be a string of decimal digits.",
            "{\"new_owner_id\":\"9999999999999999999\"}  | new_owner_id: must be an id of at most 19 digits that fits in 64 bits.",
            "{\"new_owner_id\":true}                   | new_owner_id: must be a string of decimal digits.",
    })
    void refusesIdsThatAreNotDigitStrings(String body, String detail) {
        assertFailure(body, TransferOwnershipRequest.class, ErrorCode.MALFORMED_JSON, detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":5}                    | CreateCommunityRequest | name: must be a string.",
            "{\"name\":true}                 | CreateCommunityRequest | name: must be a string.",
            "{\"name\":{}}                   | CreateCommunityRequest | name: must be a string.",
            "{\"max_uses\":\"5\"}            | CreateInviteRequest    | max_uses: must be an integer.",
            "{\"max_uses\":1.5}              | CreateInviteRequest    | max_uses: must be an integer.",
            "{\"max_uses\":\"\"}             | CreateInviteRequest    | max_uses: must be an integer.",
            "{\"max_uses\":99999999999}      | CreateInviteRequest    | max_uses: is out of range.",
            "{\"nsfw\":\"true\"}             | UpdateChannelRequest   | nsfw: must be true or false.",
            "{\"nsfw\":1}                    | UpdateChannelRequest   | nsfw: must be true or false.",
            "{\"clear\":\"description\"}     | UpdateCommunityRequest | clear: must be an array.",
            "{\"clear\":[1]}                 | UpdateCommunityRequest | clear[0]: must be a string.",
            "{\"parent_id\":12}              | CreateChannelRequest   | parent_id: must be a string of decimal digits.",
    })
    void namesTheFieldOfAWrongType(String body, String type, String detail) throws ClassNotFoundException {
        Class<?> target = Class.forName("dev.parley.protocol.community." + type);
        assertFailure(body, target, ErrorCode.MALFORMED_JSON, detail);
    }

    @Test
    void namesTheNestedPathOfAWrongType() {
        assertFailure("{\"channels\":[{\"id\":\"1\",\"position\":2},{\"id\":\"2\",\"position\":\"x\"}]}",
                ReorderChannelsRequest.class, ErrorCode.MALFORMED_JSON, "channels[1].position: must be an integer.");
    }

    @Test
    void refusesUnknownFieldsByName() {
        assertFailure("{\"name\":\"ok\",\"colour\":\"red\"}", CreateCommunityRequest.class, ErrorCode.UNKNOWN_FIELD,
                "Unknown field: colour.");
        assertFailure("{\"channels\":[{\"id\":\"1\",\"position\":2,\"x\":1}]}", ReorderChannelsRequest.class,
                ErrorCode.UNKNOWN_FIELD, "Unknown field: channels[0].x.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "[]                             | The body must be a JSON object.",
            "null                           | The body must be a JSON object.",
            "5                              | The body must be a JSON object.",
            "'\"text\"'                     | The body must be a JSON object.",
            "{                              | The body is not valid JSON (line 1, column 2).",
            "'{\"name\":\"a\"} trailing'    | The body is not valid JSON (line 1, column 14).",
            "'{\"name\":\"a\",\"name\":\"b\"}' | The body is not valid JSON (line 1, column 19).",
    })
    void refusesBodiesThatAreNotOneJsonObject(String body, String detail) {
        assertThatThrownBy(() -> read(body, CreateCommunityRequest.class))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
                    assertThat(f.detail()).isEqualTo(detail);
                });
    }

    @Test
    void neverEchoesJavaNames() {
        assertThatThrownBy(() -> read("{\"name\":[1]}", CreateCommunityRequest.class))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.detail()).doesNotContain("java", "dev.parley"));
    }

    private static <T> T read(String json, Class<T> type) {
        return Json.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void assertFailure(String json, Class<?> type, ErrorCode code, String detail) {
        assertThatThrownBy(() -> read(json, type)).isInstanceOfSatisfying(Failure.class, f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.detail()).isEqualTo(detail);
        });
    }
}
