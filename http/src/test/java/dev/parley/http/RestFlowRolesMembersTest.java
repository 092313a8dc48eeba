package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Roles and members end to end: the hierarchy, nicknames, paging, kicking and leaving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestFlowRolesMembersTest {
    private static final String MOD_BITS = Long.toString(PermissionSet.of(Permission.KICK_MEMBERS,
            Permission.MANAGE_NICKNAMES, Permission.MANAGE_ROLES).bits());
    private TestServer server;
    private Api api;
    private Steps steps;
    private Account owner;
    private Account mod;
    private Account m1;
    private Account m2;
    private String cid;
    private String modRole;
    private String helperRole;
    private String adminRole;

    @BeforeAll
    void world() {
        server = TestServer.start();
        api = server.http;
        steps = new Steps(api);
        owner = api.newAccount("rm-owner");
        mod = api.newAccount("rm-mod");
        m1 = api.newAccount("rm-m1");
        m2 = api.newAccount("rm-m2");
        cid = steps.community(owner, "Hierarchy");
        for (Account a : List.of(mod, m1, m2)) {
            steps.join(owner, cid, a);
        }
        helperRole = steps.role(owner, cid, Map.of("name", "helper", "position", 1));
        modRole = steps.role(owner, cid, Map.of("name", "mod", "position", 2, "permissions", MOD_BITS, "color", 0xFF0000));
        adminRole = steps.role(owner, cid, Map.of("name", "admin", "position", 3));
        steps.grant(owner, cid, mod.id(), modRole);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void rolesAreListedByPositionAndGranted() {
        JsonNode roles = expect(api.get(base() + "/roles", m1.token()), 200).json();
        assertThat(roles.findValuesAsString("name")).containsExactly("@everyone", "helper", "mod", "admin");
        assertThat(roles.get(2).path("permissions").asString()).isEqualTo(MOD_BITS);
        Res member = expect(api.get(base() + "/members/" + mod.id(), m1.token()), 200);
        assertThat(member.json().path("role_ids").toString()).contains(modRole);
        assertThat(member.json().path("user").path("username").asString()).isEqualTo(mod.username());
    }

    @Test
    void theHierarchyBindsModerators() {
        assertThat(api.send("PATCH", base() + "/roles/" + adminRole, mod.token(), Map.of("color", 1)).code())
                .isEqualTo("hierarchy");
        assertThat(expect(api.send("PATCH", base() + "/roles/" + helperRole, mod.token(), Map.of("color", 255)), 200)
                .json().path("color").asInt()).isEqualTo(255);
        assertThat(api.send("POST", base() + "/roles", mod.token(), Map.of("name", "peer", "position", 2)).code())
                .isEqualTo("hierarchy");
        assertThat(api.send("POST", base() + "/roles", mod.token(), Map.of("name", "boss",
                "permissions", Long.toString(Permission.ADMINISTRATOR.mask()))).code()).isEqualTo("missing_permission");
        assertThat(api.send("PUT", base() + "/members/" + m1.id() + "/roles/" + modRole, mod.token(), null).code())
                .isEqualTo("hierarchy");
        assertThat(api.send("PATCH", base() + "/roles/" + cid, owner.token(), Map.of("name", "all")).code())
                .isEqualTo("validation_failed");

        Res granted = expect(api.send("PUT", base() + "/members/" + m1.id() + "/roles/" + helperRole, mod.token(), null), 200);
        assertThat(granted.json().path("role_ids").toString()).contains(helperRole);
        Res taken = expect(api.delete(base() + "/members/" + m1.id() + "/roles/" + helperRole, mod.token()), 200);
        assertThat(taken.json().path("role_ids").toString()).doesNotContain(helperRole);
        assertThat(api.send("PUT", base() + "/members/" + m1.id() + "/roles/" + helperRole, m2.token(), null).code())
                .isEqualTo("missing_permission");
    }

    @Test
    void rolesAreCreatedChangedAndDeleted() {
        String temp = steps.role(owner, cid, Map.of("name", "temp"));
        assertThat(expect(api.send("PATCH", base() + "/roles/" + temp, owner.token(), Map.of("name", "tempo")), 200)
                .str("name")).isEqualTo("tempo");
        expect(api.delete(base() + "/roles/" + temp, owner.token()), 204);
        assertThat(expect(api.get(base() + "/roles", owner.token()), 200).json().findValuesAsString("id")).doesNotContain(temp);
        assertThat(api.delete(base() + "/roles/" + temp, owner.token()).status()).isEqualTo(404);
    }

    @Test
    void nicknames() {
        Res own = expect(api.send("PATCH", base() + "/members/@me", m1.token(), Map.of("nickname", " Emm ")), 200);
        assertThat(own.str("nickname")).isEqualTo("Emm");
        assertThat(expect(api.send("PATCH", base() + "/members/@me", m1.token(), Map.of("clear", List.of("nickname"))), 200)
                .json().has("nickname")).isFalse();
        assertThat(expect(api.send("PATCH", base() + "/members/" + m2.id(), mod.token(), Map.of("nickname", "Tee")), 200)
                .str("nickname")).isEqualTo("Tee");
        assertThat(api.send("PATCH", base() + "/members/" + mod.id(), m1.token(), Map.of("nickname", "x")).code())
                .isEqualTo("missing_permission");
    }

    @Test
    void membersArePaged() {
        JsonNode first = expect(api.get(base() + "/members?limit=2", m1.token()), 200).json();
        assertThat(first.path("members").size()).isEqualTo(2);
        String next = first.path("next").asString();
        assertThat(next).isEqualTo(first.path("members").get(1).path("user").path("id").asString());
        JsonNode rest = expect(api.get(base() + "/members?limit=100&after=" + next, m1.token()), 200).json();
        assertThat(rest.has("next")).isFalse();
        assertThat(first.path("members").size() + rest.path("members").size())
                .isEqualTo(expect(api.get(base(), m1.token()), 200).json().path("member_count").asInt());
        assertThat(api.get(base() + "/members?limit=0", m1.token()).code()).isEqualTo("validation_failed");
        assertThat(api.get(base() + "/members?limit=x", m1.token()).code()).isEqualTo("validation_failed");
    }

    @Test
    void kickingAndLeaving() {
        Account kicked = api.newAccount("rm-kicked");
        Account leaver = api.newAccount("rm-leaver");
        steps.join(owner, cid, kicked);
        steps.join(owner, cid, leaver);
        assertThat(api.delete(base() + "/members/" + owner.id(), mod.token()).code()).isEqualTo("hierarchy");
        assertThat(api.delete(base() + "/members/" + mod.id(), m1.token()).code()).isEqualTo("missing_permission");
        expect(api.delete(base() + "/members/" + kicked.id(), mod.token()), 204);
        assertThat(api.get(base(), kicked.token()).status()).isEqualTo(404);

        expect(api.delete(base() + "/members/@me", leaver.token()), 204);
        assertThat(api.get(base(), leaver.token()).status()).isEqualTo(404);
        Res ownerLeaves = api.delete(base() + "/members/" + owner.id(), owner.token());
        assertThat(ownerLeaves.status()).isEqualTo(409);
        assertThat(ownerLeaves.code()).isEqualTo("owner_cannot_leave");
    }

    private String base() {
        return "/api/v1/communities/" + cid;
    }
}
