package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invites end to end: create, preview without an account, accept, expire, use up, revoke. */
class RestFlowInvitesTest extends RestFlowBase {

    @Test
    void createPreviewAcceptList() {
        Account owner = api.newAccount("inv-owner");
        Account guest = api.newAccount("inv-guest");
        String cid = steps.community(owner, "Open house");
        Res invite = expect(api.raw("POST", "/api/v1/communities/" + cid + "/invites", owner.token(), null, null), 201);
        String code = invite.str("code");
        assertThat(invite.json().path("max_uses").asInt()).isZero();
        assertThat(invite.str("expires_at")).isEqualTo(server.clock.instant().plus(Duration.ofDays(7)).toString());

        Res preview = expect(api.get("/api/v1/invites/" + code, null), 200);
        assertThat(preview.str("community_name")).isEqualTo("Open house");
        assertThat(preview.json().path("inviter").path("username").asString()).isEqualTo(owner.username());
        assertThat(preview.json().path("member_count").asInt()).isEqualTo(1);

        Res joined = expect(api.send("POST", "/api/v1/invites/" + code + "/accept", guest.token(), null), 200);
        assertThat(joined.str("id")).isEqualTo(cid);
        assertThat(joined.json().path("member_count").asInt()).isEqualTo(2);
        expect(api.send("POST", "/api/v1/invites/" + code + "/accept", guest.token(), null), 200);

        var listed = expect(api.get("/api/v1/communities/" + cid + "/invites", owner.token()), 200).json();
        assertThat(listed.get(0).path("uses").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/communities/" + cid + "/invites", guest.token()).code()).isEqualTo("missing_permission");
        assertThat(api.send("POST", "/api/v1/communities/" + cid + "/invites", owner.token(), Map.of("max_uses", 5000))
                .code()).isEqualTo("validation_failed");
    }

    @Test
    void expiredInvitesSaySo() {
        Account owner = api.newAccount("exp-owner");
        Account late = api.newAccount("exp-late");
        String cid = steps.community(owner, "Short notice");
        String code = expect(api.send("POST", "/api/v1/communities/" + cid + "/invites", owner.token(),
                Map.of("max_age_seconds", 60)), 201).str("code");
        expect(api.get("/api/v1/invites/" + code, null), 200);
        server.clock.advance(Duration.ofSeconds(60));
        Res expired = api.send("POST", "/api/v1/invites/" + code + "/accept", late.token(), null);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("invite_expired");
        assertThat(api.get("/api/v1/invites/" + code, null).code()).isEqualTo("invite_expired");
        assertThat(api.get("/api/v1/communities/" + cid, late.token()).status()).isEqualTo(404);
    }

    @Test
    void usedUpInvitesSaySo() {
        Account owner = api.newAccount("once-owner");
        Account first = api.newAccount("once-first");
        Account second = api.newAccount("once-second");
        String cid = steps.community(owner, "Once only");
        String code = expect(api.send("POST", "/api/v1/communities/" + cid + "/invites", owner.token(),
                Map.of("max_uses", 1)), 201).str("code");
        expect(api.send("POST", "/api/v1/invites/" + code + "/accept", first.token(), null), 200);
        Res usedUp = api.send("POST", "/api/v1/invites/" + code + "/accept", second.token(), null);
        assertThat(usedUp.status()).isEqualTo(410);
        assertThat(usedUp.code()).isEqualTo("invite_used_up");
        assertThat(api.get("/api/v1/invites/" + code, null).code()).isEqualTo("invite_used_up");
    }

    @Test
    void revokedInvitesAreGone() {
        Account owner = api.newAccount("rev-owner");
        Account member = api.newAccount("rev-member");
        String cid = steps.community(owner, "Revocations");
        steps.join(owner, cid, member);
        String ownersCode = steps.invite(owner, cid);
        String membersCode = steps.invite(member, cid);
        assertThat(api.delete("/api/v1/invites/" + ownersCode, member.token()).code()).isEqualTo("missing_permission");
        expect(api.delete("/api/v1/invites/" + membersCode, member.token()), 204);
        expect(api.delete("/api/v1/invites/" + ownersCode, owner.token()), 204);
        assertThat(api.get("/api/v1/invites/" + ownersCode, null).status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/invites/" + membersCode + "/accept", owner.token(), null).status())
                .isEqualTo(404);
    }
}
