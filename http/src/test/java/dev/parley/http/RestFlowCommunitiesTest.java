package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Communities end to end: create, read, list, change, transfer, delete. */
class RestFlowCommunitiesTest extends RestFlowBase {

    @Test
    void communityLifecycle() {
        Account owner = api.newAccount("owner");
        Account heir = api.newAccount("heir");
        Res created = expect(api.send("POST", "/api/v1/communities", owner.token(),
                Map.of("name", "  Book club ", "description", "We read.")), 201);
        String cid = created.str("id");
        String path = "/api/v1/communities/" + cid;
        assertThat(created.str("name")).isEqualTo("Book club");
        assertThat(created.str("owner_id")).isEqualTo(owner.id());
        assertThat(created.json().path("member_count").asInt()).isEqualTo(1);
        assertThat(expect(api.get("/api/v1/communities", owner.token()), 200).json().findValuesAsString("id")).contains(cid);
        assertThat(expect(api.get(path, owner.token()), 200).str("description")).isEqualTo("We read.");
        assertThat(api.get(path, heir.token()).status()).isEqualTo(404);

        Res renamed = expect(api.send("PATCH", path, owner.token(), Map.of("name", "Novel club")), 200);
        assertThat(renamed.str("name")).isEqualTo("Novel club");
        assertThat(renamed.str("description")).isEqualTo("We read.");
        assertThat(expect(api.send("PATCH", path, owner.token(), Map.of("clear", List.of("description"))), 200)
                .json().has("description")).isFalse();

        assertThat(api.send("POST", path + "/transfer", owner.token(), Map.of("new_owner_id", heir.id())).code())
                .isEqualTo("validation_failed");
        steps.join(owner, cid, heir);
        Res transferred = expect(api.send("POST", path + "/transfer", owner.token(), Map.of("new_owner_id", heir.id())), 200);
        assertThat(transferred.str("owner_id")).isEqualTo(heir.id());
        assertThat(transferred.json().path("member_count").asInt()).isEqualTo(2);
        assertThat(api.send("DELETE", path, owner.token(), Map.of("confirm_name", "Novel club")).code())
                .isEqualTo("missing_permission");

        Res mismatch = api.send("DELETE", path, heir.token(), Map.of("confirm_name", "novel club"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("confirmation_mismatch");
        expect(api.send("DELETE", path, heir.token(), Map.of("confirm_name", "Novel club")), 204);
        assertThat(api.get(path, heir.token()).status()).isEqualTo(404);
        assertThat(expect(api.get("/api/v1/communities", owner.token()), 200).json().findValuesAsString("id"))
                .doesNotContain(cid);
    }

    @Test
    void aNewCommunityHasEveryoneAndGeneral() {
        Account owner = api.newAccount("fresh");
        String cid = steps.community(owner, "Fresh");
        var roles = expect(api.get("/api/v1/communities/" + cid + "/roles", owner.token()), 200).json();
        assertThat(roles.size()).isEqualTo(1);
        assertThat(roles.get(0).path("everyone").asBoolean()).isTrue();
        assertThat(roles.get(0).path("id").asString()).isEqualTo(cid);
        var channels = expect(api.get("/api/v1/communities/" + cid + "/channels", owner.token()), 200).json();
        assertThat(channels.findValuesAsString("name")).containsExactly("general");
        assertThat(channels.get(0).path("type").asString()).isEqualTo("text");
    }

    @Test
    void invalidCommunitiesAreRefusedWithFieldErrors() {
        Account owner = api.newAccount("invalid");
        Res res = api.send("POST", "/api/v1/communities", owner.token(), Map.of("name", "x"));
        assertThat(res.code()).isEqualTo("validation_failed");
        assertThat(res.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(expect(api.get("/api/v1/communities", owner.token()), 200).json().size()).isZero();
    }
}
