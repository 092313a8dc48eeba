package dev.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.AccountRules;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text fields accept visible Unicode text, emoji sequences included, and nothing that hides or breaks it. */
class CheckTest {
    private static final Pattern ANYTHING = Pattern.compile(".*", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {
        "plain", "Zoë & Chloé", "日本語", "👩‍👩‍👧 family",  // U+200D joins the family emoji
        "🏳️‍🌈", "👍🏽", "multi\nline"
    })
    void visible_text_and_emoji_sequences_pass(String text) {
        assertThat(Check.start().paragraph("bio", text, 0, 100).ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "evil\u202Etxt.exe",      // RIGHT-TO-LEFT OVERRIDE
        "ad\u200Bmin",            // ZERO WIDTH SPACE
        "\uFEFFhello",            // BYTE ORDER MARK
        "a\u2066b\u2069",         // bidi isolates
        "soft\u00ADhyphen",       // SOFT HYPHEN
        "half \uD83D pair",       // lone high surrogate
        "half \uDE00 pair"        // lone low surrogate
    })
    void invisible_formatting_and_broken_unicode_fail_in_every_kind_of_text_field(String text) {
        assertThat(Check.start().line("name", text, 1, 100).ok()).as("line").isFalse();
        assertThat(Check.start().paragraph("bio", text, 0, 100).ok()).as("paragraph").isFalse();
        assertThat(Check.start().matches("any", text, ANYTHING, "must be anything").ok()).as("pattern").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ad\u200Bmin@example.test", "admin@exa\u202Emple.test"})
    void emails_with_hidden_characters_fail(String email) {
        assertThat(Check.start().matches("email", email, AccountRules.EMAIL, "is not an email address").ok()).isFalse();
    }
}
