package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Channels end to end: categories, changes, reordering, overwrites and effective permissions. */
class RestFlowChannelsTest extends RestFlowBase {

    @Test
    void categoriesChannelsAndReordering() {
        Account owner = api.newAccount("chan");
        String cid = steps.community(owner, "Channels");
        String general = channels(owner, cid).get(0).path("id").asString();
        String category = steps.channel(owner, cid, Map.of("type", "category", "name", "Text Channels"));
        Res chat = expect(api.send("POST", "/api/v1/communities/" + cid + "/channels", owner.token(),
                Map.of("name", "chat", "parent_id", category, "topic", "Talk here")), 201);
        assertThat(chat.str("parent_id")).isEqualTo(category);
        assertThat(chat.json().path("synced_with_category").asBoolean()).isTrue();
        assertThat(chat.json().path("position").asInt()).isEqualTo(2);
        String chatId = chat.str("id");

        assertThat(api.send("POST", "/api/v1/communities/" + cid + "/channels", owner.token(),
                Map.of("name", "Bad Name")).code()).isEqualTo("validation_failed");
        assertThat(api.send("POST", "/api/v1/communities/" + cid + "/channels", owner.token(),
                Map.of("type", "category", "name", "Inner", "parent_id", category)).code()).isEqualTo("validation_failed");

        Res changed = expect(api.send("PATCH", "/api/v1/channels/" + chatId, owner.token(),
                Map.of("topic", "New topic", "nsfw", true, "slowmode_seconds", 30, "clear", List.of("parent_id"))), 200);
        assertThat(changed.str("topic")).isEqualTo("New topic");
        assertThat(changed.json().path("slowmode_seconds").asInt()).isEqualTo(30);
        assertThat(changed.json().has("parent_id")).isFalse();
        assertThat(expect(api.get("/api/v1/channels/" + chatId, owner.token()), 200).json().path("nsfw").asBoolean()).isTrue();

        JsonNode moved = expect(api.send("PUT", "/api/v1/communities/" + cid + "/channel-positions", owner.token(),
                Map.of("channels", List.of(Map.of("id", chatId, "position", 0), Map.of("id", general, "position", 5),
                        Map.of("id", category, "position", 1)))), 200).json();
        assertThat(moved.findValuesAsString("id")).containsExactly(chatId, general);
        assertThat(channels(owner, cid).findValuesAsString("name")).containsExactly("chat", "Text Channels", "general");

        expect(api.delete("/api/v1/channels/" + chatId, owner.token()), 204);
        assertThat(api.get("/api/v1/channels/" + chatId, owner.token()).status()).isEqualTo(404);
        assertThat(channels(owner, cid).size()).isEqualTo(2);
    }

    @Test
    void overwritesShapeEffectivePermissions() {
        Account owner = api.newAccount("ow");
        Account member = api.newAccount("ow-member");
        String cid = steps.community(owner, "Overwrites");
        steps.join(owner, cid, member);
        String chat = steps.channel(owner, cid, Map.of("name", "chat"));
        String everyone = cid;
        String send = Long.toString(Permission.SEND_MESSAGES.mask());

        Res denied = expect(api.send("PUT", "/api/v1/channels/" + chat + "/overwrites/" + everyone, owner.token(),
                Map.of("type", "role", "deny", send)), 200);
        JsonNode overwrite = denied.json().path("overwrites").get(0);
        assertThat(overwrite.path("target_id").asString()).isEqualTo(everyone);
        assertThat(overwrite.path("deny").asString()).isEqualTo(send);
        assertThat(overwrite.path("allow").asString()).isEqualTo("0");

        JsonNode perms = expect(api.get("/api/v1/channels/" + chat + "/permissions/" + member.id(), owner.token()), 200).json();
        assertThat(perms.path("names").toString()).contains("VIEW_CHANNEL").doesNotContain("SEND_MESSAGES");
        assertThat(Long.parseLong(perms.path("bits").asString()) & Permission.SEND_MESSAGES.mask()).isZero();
        JsonNode mine = expect(api.get("/api/v1/channels/" + chat + "/permissions/@me", member.token()), 200).json();
        assertThat(mine.path("bits").asString()).isEqualTo(perms.path("bits").asString());
        assertThat(mine.path("user_id").asString()).isEqualTo(member.id());

        String view = Long.toString(Permission.VIEW_CHANNEL.mask());
        expect(api.send("PUT", "/api/v1/channels/" + chat + "/overwrites/" + member.id(), owner.token(),
                Map.of("type", "member", "deny", view)), 200);
        assertThat(api.get("/api/v1/channels/" + chat, member.token()).status()).isEqualTo(404);
        assertThat(channels(member, cid).findValuesAsString("id")).doesNotContain(chat);

        Res restored = expect(api.delete("/api/v1/channels/" + chat + "/overwrites/" + member.id(), owner.token()), 200);
        assertThat(restored.json().path("overwrites").size()).isEqualTo(1);
        expect(api.get("/api/v1/channels/" + chat, member.token()), 200);
        assertThat(api.delete("/api/v1/channels/" + chat + "/overwrites/" + member.id(), owner.token()).status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/channels/" + chat + "/overwrites/" + everyone, member.token(),
                Map.of("type", "role", "deny", send)).code()).isEqualTo("missing_permission");
    }

    @Test
    void deletingACategoryKeepsItsChannels() {
        Account owner = api.newAccount("cat");
        String cid = steps.community(owner, "Categories");
        String category = steps.channel(owner, cid, Map.of("type", "category", "name", "Voice-ish"));
        String child = steps.channel(owner, cid, Map.of("name", "child", "parent_id", category));
        expect(api.delete("/api/v1/channels/" + category, owner.token()), 204);
        Res orphan = expect(api.get("/api/v1/channels/" + child, owner.token()), 200);
        assertThat(orphan.json().has("parent_id")).isFalse();
    }

    private JsonNode channels(Account actor, String cid) {
        return expect(api.get("/api/v1/communities/" + cid + "/channels", actor.token()), 200).json();
    }
}
