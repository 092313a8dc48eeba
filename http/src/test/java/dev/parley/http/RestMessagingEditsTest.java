package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.http.support.Account;
import dev.parley.http.support.Chat;
import dev.parley.http.support.Res;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Edits with their versions, deletes that leave tombstones, and bulk deletes, over HTTP. */
class RestMessagingEditsTest extends MessagingTestBase {

    @Test
    void theAuthorEditsAndEarlierTextsBecomeVersions() {
        Account owner = api.newAccount("edit");
        Account member = api.newAccount("edit-member");
        Room room = room(owner, member);
        JsonNode original = chat.post(member, room.chid(), "first draft");
        String mid = original.path("id").asString();
        assertThat(original.has("edited_at")).isFalse();
        assertThat(versions(member, mid)).isEmpty();

        server.clock.advance(Duration.ofSeconds(5));
        JsonNode edited = expect(edit(member, mid, "second draft"), 200).json();
        assertThat(edited.path("content").asString()).isEqualTo("second draft");
        assertThat(edited.path("seq").asString()).isEqualTo(original.path("seq").asString());
        assertThat(edited.path("edited_at").asString()).isNotEmpty();
        expect(edit(member, mid, "final"), 200);
        expect(edit(member, mid, "final"), 200);

        List<JsonNode> versions = versions(owner, mid);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).path("content").asString()).isEqualTo("first draft");
        assertThat(versions.get(0).path("written_at").asString()).isEqualTo(original.path("created_at").asString());
        assertThat(versions.get(1).path("content").asString()).isEqualTo("second draft");
        assertThat(chat.message(owner, mid).path("content").asString()).isEqualTo("final");

        JsonNode before = chat.message(owner, mid);
        problem(edit(owner, mid, "the owner is not the author"), 403, "missing_permission");
        invalid(edit(member, mid, "z".repeat(4001)), "content");
        invalid(edit(member, mid, " "), "content");
        assertThat(chat.message(owner, mid)).isEqualTo(before);
        assertThat(versions(owner, mid)).hasSize(2);
    }

    @Test
    void deletingLeavesATombstoneInPlace() {
        Account owner = api.newAccount("del");
        Account member = api.newAccount("del-member");
        Account other = api.newAccount("del-other");
        Room room = room(owner, member, other);
        String mine = chat.postId(member, room.chid(), "mine");
        String theirs = chat.postId(other, room.chid(), "theirs");
        String third = chat.postId(other, room.chid(), "third");

        JsonNode before = chat.history(owner, room.chid(), "");
        problem(api.delete("/api/v1/messages/" + theirs, member.token()), 403, "missing_permission");
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);

        expect(api.delete("/api/v1/messages/" + mine, member.token()), 204);
        expect(api.delete("/api/v1/messages/" + theirs, owner.token()), 204);
        JsonNode tombstone = chat.message(owner, mine);
        assertThat(tombstone.path("deleted").asBoolean()).isTrue();
        assertThat(tombstone.has("content")).isFalse();
        assertThat(tombstone.path("seq").asString()).isEqualTo("1");
        assertThat(tombstone.path("author").path("id").asString()).isEqualTo(member.id());
        JsonNode history = chat.history(other, room.chid(), "");
        assertThat(Chat.ids(history)).containsExactly(mine, theirs, third);
        assertThat(history.get(1).path("deleted").asBoolean()).isTrue();
        assertThat(history.get(2).path("deleted").asBoolean()).isFalse();

        problem(api.delete("/api/v1/messages/" + mine, member.token()), 404, "not_found");
        problem(edit(member, mine, "back from the dead"), 404, "not_found");
        problem(api.get("/api/v1/messages/" + mine + "/versions", member.token()), 404, "not_found");
        assertThat(chat.post(member, room.chid(), "after").path("seq").asString()).as("seqs are never reused").isEqualTo("4");
    }

    @Test
    void bulkDeleteNeedsManageMessagesAndOneChannel() {
        Account owner = api.newAccount("bulk");
        Account member = api.newAccount("bulk-member");
        Room room = room(owner, member);
        Room other = room(owner);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(chat.postId(member, room.chid(), "bulk " + i));
        }
        String elsewhere = chat.postId(owner, other.chid(), "elsewhere");
        expect(api.delete("/api/v1/messages/" + ids.get(2), member.token()), 204);
        JsonNode before = chat.history(owner, room.chid(), "");

        problem(bulk(member, room, List.of(ids.get(0))), 403, "missing_permission");
        invalid(bulk(owner, room, List.of(ids.get(0), elsewhere)), "message_ids");
        invalid(bulk(owner, room, List.of()), "message_ids");
        invalid(bulk(owner, room, Collections.nCopies(101, ids.get(0))), "message_ids");
        invalid(bulk(owner, room, List.of("not-an-id")), "message_ids");
        assertThat(chat.history(owner, room.chid(), "")).isEqualTo(before);
        assertThat(chat.message(owner, elsewhere).path("deleted").asBoolean()).isFalse();

        Res done = expect(bulk(owner, room, List.of(ids.get(0), ids.get(1), ids.get(2))), 200);
        assertThat(done.json().path("deleted").toString())
                .as("already deleted ones are skipped").isEqualTo("[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\"]");
        JsonNode after = chat.history(owner, room.chid(), "");
        assertThat(Chat.ids(after)).isEqualTo(ids);
        List<Boolean> deleted = new ArrayList<>();
        after.forEach(m -> deleted.add(m.path("deleted").asBoolean()));
        assertThat(deleted).containsExactly(true, true, true, false);

        String manage = Long.toString(Permission.MANAGE_MESSAGES.mask());
        String janitor = steps.role(owner, room.cid(), Map.of("name", "janitor", "permissions", manage));
        steps.grant(owner, room.cid(), member.id(), janitor);
        assertThat(expect(bulk(member, room, List.of(ids.get(3))), 200).json().path("deleted").size()).isEqualTo(1);
    }

    private Res edit(Account author, String mid, String content) {
        return api.send("PATCH", "/api/v1/messages/" + mid, author.token(), Map.of("content", content));
    }

    private List<JsonNode> versions(Account reader, String mid) {
        List<JsonNode> list = new ArrayList<>();
        expect(api.get("/api/v1/messages/" + mid + "/versions", reader.token()), 200).json().forEach(list::add);
        return list;
    }

    private Res bulk(Account actor, Room room, List<String> ids) {
        return api.send("POST", "/api/v1/channels/" + room.chid() + "/messages/bulk-delete", actor.token(),
                Map.of("message_ids", ids));
    }
}
