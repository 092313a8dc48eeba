package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.http.support.Account;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Mentions over HTTP: {@code <@id>} for a member, {@code <@&id>} for a role of the community,
 * {@code @everyone} and {@code @here} only with MENTION_EVERYONE; anything else stays plain text.
 * The mentioned see them in their read state's mention count.
 */
class RestMessagingMentionsTest extends MessagingTestBase {

    @Test
    void usersAndRolesOfTheCommunityAreMentionedOthersStayText() {
        Account owner = api.newAccount("men");
        Account member = api.newAccount("men-member");
        Account outsider = api.newAccount("men-outsider");
        Room room = room(owner, member);
        Room elsewhere = room(outsider);
        String role = steps.role(owner, room.cid(), Map.of("name", "crew"));
        String foreignRole = steps.role(outsider, elsewhere.cid(), Map.of("name", "theirs"));

        JsonNode m = chat.post(owner, room.chid(), "hi <@" + member.id() + "> and <@!" + owner.id() + ">, not <@"
                + outsider.id() + "> nor <@123>; <@&" + role + "> <@&" + foreignRole + "> <@&" + room.cid() + ">").path("mentions");
        assertThat(strings(m.path("users"))).containsExactlyInAnyOrder(member.id(), owner.id());
        assertThat(strings(m.path("roles"))).containsExactly(role);
        assertThat(m.path("everyone").asBoolean()).isFalse();

        JsonNode quoted = chat.post(owner, room.chid(), "`<@" + member.id() + ">` and ```\n@everyone\n```").path("mentions");
        assertThat(strings(quoted.path("users"))).as("code does not mention").isEmpty();
        assertThat(quoted.path("everyone").asBoolean()).isFalse();

        JsonNode edited = api.send("PATCH", "/api/v1/messages/" + chat.postId(owner, room.chid(), "plain"), owner.token(),
                Map.of("content", "now <@" + member.id() + ">")).json().path("mentions");
        assertThat(strings(edited.path("users"))).as("an edit parses again").containsExactly(member.id());
    }

    @Test
    void everyoneAndHereNeedMentionEveryone() {
        Account owner = api.newAccount("every");
        Account member = api.newAccount("every-member");
        Room room = room(owner, member);

        JsonNode plain = chat.post(member, room.chid(), "@everyone look, @here too").path("mentions");
        assertThat(plain.path("everyone").asBoolean()).isFalse();
        assertThat(plain.path("here").asBoolean()).isFalse();

        JsonNode loud = chat.post(owner, room.chid(), "@everyone look").path("mentions");
        assertThat(loud.path("everyone").asBoolean()).isTrue();
        assertThat(loud.path("here").asBoolean()).isFalse();
        assertThat(chat.post(owner, room.chid(), "@here now").path("mentions").path("here").asBoolean()).isTrue();
        assertThat(chat.post(owner, room.chid(), "mail me at a@everyone.example").path("mentions").path("everyone")
                .asBoolean()).isFalse();

        String herald = steps.role(owner, room.cid(), Map.of("name", "herald",
                "permissions", Long.toString(Permission.MENTION_EVERYONE.mask())));
        steps.grant(owner, room.cid(), member.id(), herald);
        assertThat(chat.post(member, room.chid(), "@everyone hear ye").path("mentions").path("everyone").asBoolean()).isTrue();
    }

    /** Sending marks the author's own message read, so the member writes first. */
    @Test
    void theMentionedCountTheirMentionsUntilTheyRead() {
        Account owner = api.newAccount("count");
        Account member = api.newAccount("count-member");
        Account bystander = api.newAccount("count-bystander");
        Room room = room(owner, member, bystander);
        String role = steps.role(owner, room.cid(), Map.of("name", "pinged"));
        steps.grant(owner, room.cid(), member.id(), role);

        chat.post(member, room.chid(), "@everyone from me, without the right");
        chat.post(owner, room.chid(), "no mention");
        chat.post(owner, room.chid(), "<@" + member.id() + "> you");
        chat.post(owner, room.chid(), "<@&" + role + "> your role");
        String last = chat.postId(owner, room.chid(), "@everyone all of you");

        JsonNode mine = chat.readState(member, room.chid());
        assertThat(mine.path("unread_count").asInt()).isEqualTo(4);
        assertThat(mine.path("mention_count").asInt()).isEqualTo(3);
        JsonNode theirs = chat.readState(bystander, room.chid());
        assertThat(theirs.path("unread_count").asInt()).isEqualTo(5);
        assertThat(theirs.path("mention_count").asInt()).as("only @everyone reaches them").isEqualTo(1);

        JsonNode read = chat.ack(member, room.chid(), last);
        assertThat(read.path("unread_count").asInt()).isZero();
        assertThat(read.path("mention_count").asInt()).isZero();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
