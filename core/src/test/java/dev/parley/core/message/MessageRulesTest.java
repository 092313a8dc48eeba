package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The content check refuses exactly what the regular expression it replaced refused. */
class MessageRulesTest {
    /** The rule as it was first written: C0 controls but tab, newline and CR; DEL; unpaired surrogates. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|\\p{Cs}");

    @Test
    void everyCharacterAloneAndBetweenTextIsJudgedAsTheRegularExpressionJudgedIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            String within = "a" + (char) c + "b";
            assertThat(MessageRules.hasControl(alone)).as("U+%04X", c).isEqualTo(CONTROL.matcher(alone).find());
            assertThat(MessageRules.hasControl(within)).as("U+%04X in text", c).isEqualTo(CONTROL.matcher(within).find());
        }
    }

    @Test
    void pairsAndTheirHalves() {
        for (String text : new String[] {"\uD83D\uDC4D", "x\uD83D\uDC4Dy", "\uD83D", "\uDC4D", "\uDC4D\uD83D", "\uD83D\uD83D\uDC4D",
                "tab\tnew\nline\r", "emoji \uD83D\uDC68\u200D\uD83D\uDC69 ok", "del\u007F"}) {
            assertThat(MessageRules.hasControl(text)).as(text).isEqualTo(CONTROL.matcher(text).find());
        }
    }
}
