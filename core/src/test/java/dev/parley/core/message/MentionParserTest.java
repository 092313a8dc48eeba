package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.message.Mentions;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionParserTest {
    private static final Set<Long> MEMBERS = Set.of(11L, 12L);
    private static final Set<Long> ROLES = Set.of(21L);

    private static Mentions parse(String content, boolean mayMentionEveryone) {
        return MentionParser.parse(content, MEMBERS::contains, ROLES::contains, mayMentionEveryone);
    }

    @Test
    void finds_users_roles_everyone_and_here() {
        Mentions m = parse("hi <@11> and <@!12>, ping <@&21>; @everyone @here", true);
        assertThat(m.users()).containsExactlyInAnyOrder(11L, 12L);
        assertThat(m.roles()).containsExactly(21L);
        assertThat(m.everyone()).isTrue();
        assertThat(m.here()).isTrue();
    }

    @Test
    void everyone_without_the_permission_is_plain_text() {
        Mentions m = parse("@everyone @here look", false);
        assertThat(m.everyone()).isFalse();
        assertThat(m.here()).isFalse();
    }

    @Test
    void unknown_ids_and_code_are_ignored() {
        Mentions m = parse("<@99> <@&98> `<@11>` ```\n<@12> @everyone\n``` <@123456789012345678901234>", true);
        assertThat(m).isEqualTo(Mentions.NONE);
    }

    @Test
    void words_that_merely_contain_everyone_do_not_count() {
        assertThat(parse("mail me at x@everyone.org or @everyones", true).everyone()).isFalse();
    }
}
