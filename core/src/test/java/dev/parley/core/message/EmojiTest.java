package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiTest {
    @ParameterizedTest
    @ValueSource(strings = {"👍", "❤️", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "1️⃣", "🏳️‍🌈", "✅"})
    void accepts_single_emoji(String emoji) {
        assertThat(Emoji.valid(emoji)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1", "#", ":+1:", "👍👍", "👍a", "<script>", "\u200d", "\ufe0f", " 👍"})
    void refuses_everything_else(String text) {
        assertThat(Emoji.valid(text)).isFalse();
    }
}
