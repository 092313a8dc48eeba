package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiPathTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "alice       | alice",
            "@me         | @me",
            "a-b_c.d~e   | a-b_c.d~e",
            "\"a b\"     | a%20b",
            "a/b         | a%2Fb",
            "a?b         | a%3Fb",
            "a#b         | a%23b",
            "a+b         | a%2Bb",
            "a%b         | a%25b",
            "a;b=c&d     | a%3Bb%3Dc%26d",
            "ç           | %C3%A7",
            "😀          | %F0%9F%98%80",
            "👨‍👩‍👧          | %F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7",
            ".           | %2E",
            "..          | %2E%2E",
            "...         | ...",
    })
    void encodes_one_segment(String segment, String encoded) {
        assertThat(ApiPath.encodeSegment(segment)).isEqualTo(encoded);
    }

    @Test
    void refuses_empty_and_null_segments_which_would_address_a_shorter_path() {
        assertThatThrownBy(() -> ApiPath.of("messages", 8L, "reactions", "", ApiPath.ME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiPath.of("messages", 8L, "reactions", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void joins_segments_under_the_api_prefix() {
        assertThat(ApiPath.of("communities", 42L, "members", ApiPath.ME)).isEqualTo("/api/v1/communities/42/members/@me");
    }
}
